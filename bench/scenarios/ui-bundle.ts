/**
 * UI bundle size: the JavaScript a browser must download before the first screen, gzipped,
 * against the 350 KB target, and whether chart code stays out of it (loaded lazily, with the
 * dashboard that needs it). Reads the existing dist/web; builds only when there is none.
 * Independent of the database: it is reported for each, identically.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chartFiles, readBundle, type BundleFile } from '../lib/web-bundle.ts';
import { progress } from '../lib/progress.ts';
import { mark, TARGETS } from '../lib/targets.ts';
import type { Scenario } from '../lib/scenario.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB_DIR = join(REPO_ROOT, 'dist/web');
const SRC_DIR = join(REPO_ROOT, 'src/web');
const TARGET_KB = 350;
const LARGEST_LAZY = 6;

/** kB as Vite's build summary prints them: 1 kB = 1 000 bytes. */
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function build(): void {
  const bar = progress('npx vite build (no dist/web yet)', 1);
  // Vite's output goes to stderr: stdout carries only report paths and verdicts.
  const r = spawnSync('npx', ['vite', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error(`npx vite build failed with ${r.status ?? r.signal}`);
  bar.tick();
  bar.done();
}

function fileRow(f: BundleFile, target = ''): string[] {
  return [f.path.replace(/^assets\//, ''), f.loaded, kb(f.bytes), kb(f.gzipBytes), target];
}

export const uiBundle: Scenario = {
  name: 'ui-bundle',
  title: 'UI bundle size',
  async run() {
    const built = !existsSync(join(WEB_DIR, 'index.html'));
    if (built) build();
    const files = readBundle(WEB_DIR);
    const initial = files.filter((f) => f.loaded !== 'lazy');
    const initialJs = initial.filter((f) => f.kind === 'js').sort((a, b) => b.gzipBytes - a.gzipBytes);
    const initialCss = initial.filter((f) => f.kind === 'css');
    const lazy = files
      .filter((f) => f.loaded === 'lazy' && f.kind === 'js')
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    const sum = (fs: BundleFile[], key: 'bytes' | 'gzipBytes') => fs.reduce((s, f) => s + f[key], 0);
    const jsGzip = sum(initialJs, 'gzipBytes');
    const charts = chartFiles(WEB_DIR, files);
    const eagerCharts = charts.filter((f) => f.loaded !== 'lazy');
    const sizeMet = jsGzip / 1000 <= TARGET_KB;
    const met = sizeMet && eagerCharts.length === 0;
    const buildAge = statSync(join(WEB_DIR, 'index.html')).mtimeMs;
    const stale = existsSync(SRC_DIR) && newestMtime(SRC_DIR) > buildAge;
    const chartsText =
      charts.length === 0
        ? 'no chart library in the build yet'
        : eagerCharts.length === 0
          ? `chart code only in lazy chunks (${charts.map((f) => f.path.replace(/^assets\//, '')).join(', ')})`
          : `chart code loaded initially in ${eagerCharts.map((f) => f.path.replace(/^assets\//, '')).join(', ')}`;
    return {
      about:
        `Reads dist/web/index.html (${built ? 'built now with `npx vite build`' : `the existing build of ${new Date(buildAge).toISOString()}`}), takes the module script, modulepreloads and stylesheets it names and every chunk they import statically, ` +
        'and gzips each file (node:zlib, level 6). Every other chunk under assets/ is loaded lazily by a dynamic import(). 1 kB = 1,000 bytes, as in Vite’s own summary.',
      columns: ['File', 'Loaded', 'Raw kB', 'gzip kB', 'Target'],
      rows: [
        ...initialJs.map((f) => fileRow(f)),
        [
          '**initial JS**',
          `${initialJs.length} files`,
          kb(sum(initialJs, 'bytes')),
          `**${kb(jsGzip)}**`,
          `≤ ${TARGET_KB} KB ${mark(sizeMet)}`,
        ],
        ...initialCss.map((f) => fileRow(f)),
        [
          'initial CSS',
          `${initialCss.length} files`,
          kb(sum(initialCss, 'bytes')),
          kb(sum(initialCss, 'gzipBytes')),
          '—',
        ],
        ...lazy.slice(0, LARGEST_LAZY).map((f) => fileRow(f)),
        ['all lazy JS', `${lazy.length} files`, kb(sum(lazy, 'bytes')), kb(sum(lazy, 'gzipBytes')), '—'],
      ],
      checks: [
        {
          target: TARGETS.uiInitialJs,
          measured: `${kb(jsGzip)} KB gzip in ${initialJs.length} files; ${chartsText}`,
          met,
        },
      ],
      notes: [
        `Charts: ${chartsText} (looked for ECharts, Recharts, Chart.js, AntV, Highcharts, Nivo, Victory).`,
        `The ${LARGEST_LAZY} largest lazy chunks are listed; they load when their page is first opened.`,
        'The server sends these files uncompressed (serveStatic without precompressed files); the gzip sizes are what a compressing reverse proxy in front of it delivers.',
        ...(stale
          ? [
              '**The build is older than the newest file in src/web**: these sizes describe the build, not the current source; run `npx vite build` and bench again.',
            ]
          : []),
      ],
    };
  },
};
