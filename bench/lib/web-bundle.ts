/**
 * What a browser downloads from the built UI (dist/web) before the first screen: the module
 * script and stylesheets index.html names, the chunks it modulepreloads, and every chunk
 * those import statically (Vite preloads them all, but a missed one would still block).
 * Everything else under assets/ is loaded lazily, by a dynamic import() of a route or widget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  /** Path under dist/web, e.g. 'assets/index-DwgufoxZ.js'. */
  path: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
  /** How the first page gets it: 'script', 'modulepreload', 'stylesheet', 'static import'; 'lazy' otherwise. */
  loaded: 'script' | 'modulepreload' | 'stylesheet' | 'static import' | 'lazy';
}

/** Attribute values of tags in index.html: <script src>, <link rel=… href>. */
function htmlRefs(html: string): { path: string; loaded: BundleFile['loaded'] }[] {
  const refs: { path: string; loaded: BundleFile['loaded'] }[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const url = /\b(?:src|href)="([^"]+)"/i.exec(tag)?.[1];
    if (!url || /^(data:|https?:)/.test(url)) continue;
    const rel = /\brel="([^"]+)"/i.exec(tag)?.[1];
    const loaded = tag.toLowerCase().startsWith('<script')
      ? 'script'
      : rel === 'modulepreload'
        ? 'modulepreload'
        : rel === 'stylesheet'
          ? 'stylesheet'
          : undefined;
    if (loaded) refs.push({ path: url.replace(/^\//, ''), loaded });
  }
  return refs;
}

/** Chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]!);
}

export function readBundle(webDir: string): BundleFile[] {
  const html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const initial = new Map<string, BundleFile['loaded']>();
  for (const r of htmlRefs(html)) if (!initial.has(r.path)) initial.set(r.path, r.loaded);
  // Follow static imports from every initially loaded module (all assets sit in one directory).
  const queue = [...initial].filter(([p]) => p.endsWith('.js')).map(([p]) => p);
  while (queue.length) {
    const path = queue.shift()!;
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const name of staticImports(readFileSync(join(webDir, path), 'utf8'))) {
      const dep = `${dir}${name}`;
      if (!initial.has(dep)) {
        initial.set(dep, 'static import');
        queue.push(dep);
      }
    }
  }
  const assets = readdirSync(join(webDir, 'assets'))
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => `assets/${f}`);
  return [...new Set([...initial.keys(), ...assets])].map((path) => {
    const content = readFileSync(join(webDir, path));
    return {
      path,
      kind: path.endsWith('.css') ? 'css' : 'js',
      bytes: content.length,
      // Level 6, zlib's default and what nginx and most CDNs send.
      gzipBytes: gzipSync(content, { level: 6 }).length,
      loaded: initial.get(path) ?? 'lazy',
    };
  });
}

/** Markers of chart libraries in built code (ECharts, Recharts, Chart.js, AntV G2/G2Plot, Highcharts, Nivo, Victory). */
const CHART_MARKERS = [
  /\becharts\b/,
  /\bzrender\b/,
  /recharts-/,
  /Chart\.js v\d/,
  /@antv\//,
  /\bG2Plot\b/,
  /Highcharts/,
  /@nivo\//,
  /VictoryChart/,
];

/** The files whose code contains a chart library. */
export function chartFiles(webDir: string, files: BundleFile[]): BundleFile[] {
  return files.filter(
    (f) => f.kind === 'js' && CHART_MARKERS.some((m) => m.test(readFileSync(join(webDir, f.path), 'utf8'))),
  );
}
