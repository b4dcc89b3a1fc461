/**
 * Cold start: from spawning `node src/server/main.ts start` — exactly what `npm start` runs
 * after its build check — on an already-seeded database to the first 200 of GET /api/health.
 * Includes Node's own start-up, loading the TypeScript sources, the migration check and
 * opening the database.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { withFreshDatabase } from '../lib/databases.ts';
import { seedDemoDatabase } from '../lib/seed.ts';
import { waitForExit } from '../lib/server.ts';
import { freePort } from '../lib/ports.ts';
import { progress } from '../lib/progress.ts';
import { fmtMs, median } from '../lib/stats.ts';
import { mark, TARGETS } from '../lib/targets.ts';
import type { Scenario } from '../lib/scenario.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TARGET_MS = 2000;
const GIVE_UP_MS = 30_000;

interface StartRun {
  totalMs: number;
  /** What main.ts itself reports ("ready … in N ms"): the part after Node and the sources loaded. */
  readyMs: number | undefined;
}

async function healthOk(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

async function coldStartOnce(databaseUrl: string, sqliteFile: boolean): Promise<StartRun> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    WEB_DIR: join(tmpdir(), 'propdesk-bench-no-web'),
    LOG_LEVEL: 'info',
  };
  delete env.SEED_DEMO;
  if (sqliteFile) {
    // The documented default: DATA_DIR/propdesk.sqlite, no DATABASE_URL.
    env.DATA_DIR = dirname(databaseUrl);
    delete env.DATABASE_URL;
  } else {
    env.DATA_DIR = join(tmpdir(), 'propdesk-bench-unused-data');
    env.DATABASE_URL = databaseUrl;
  }
  const started = performance.now();
  const child = spawn(process.execPath, ['src/server/main.ts', 'start'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  try {
    const url = `http://127.0.0.1:${port}/api/health`;
    while (!(await healthOk(url))) {
      if (child.exitCode !== null)
        throw new Error(`server exited with ${child.exitCode} before answering\n${output}`);
      if (performance.now() - started > GIVE_UP_MS)
        throw new Error(`no 200 from /api/health within ${GIVE_UP_MS / 1000} s\n${output}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    const totalMs = performance.now() - started;
    // The line is printed before the first request is served, but its pipe may deliver it after the response.
    const readyLine = /ready on .* in (\d+) ms/;
    for (let waited = 0; !readyLine.test(output) && waited < 1000; waited += 10)
      await new Promise((r) => setTimeout(r, 10));
    const ready = readyLine.exec(output);
    return { totalMs, readyMs: ready ? Number(ready[1]) : undefined };
  } finally {
    child.kill('SIGTERM');
    await waitForExit(child);
  }
}

export const coldStart: Scenario = {
  name: 'cold-start',
  title: 'Cold start',
  async run({ database, quick }) {
    const runs = quick ? 2 : 5;
    return withFreshDatabase(database, async (url) => {
      await seedDemoDatabase(url);
      const bar = progress(`cold starts (${runs})`, runs);
      const results: StartRun[] = [];
      for (let i = 0; i < runs; i++) {
        results.push(await coldStartOnce(url, database.kind === 'sqlite'));
        bar.tick();
      }
      bar.done();
      const med = median(results.map((r) => r.totalMs));
      const met = med < TARGET_MS;
      const readies = results.flatMap((r) => (r.readyMs === undefined ? [] : [r.readyMs]));
      return {
        about:
          `Spawns \`node src/server/main.ts start\` ${runs} times (HOST=127.0.0.1, a free PORT, ${database.kind === 'sqlite' ? 'DATA_DIR' : 'DATABASE_URL'} pointing at an already-seeded database) ` +
          'and polls GET /api/health every 5 ms; each time is from spawn to the first 200. The process is stopped (SIGTERM) between runs.',
        columns: ['Run', 'Spawn → first 200 ms', 'main.ts "ready in" ms', 'Target'],
        rows: [
          ...results.map((r, i) => [
            String(i + 1),
            fmtMs(r.totalMs),
            r.readyMs === undefined ? '—' : String(r.readyMs),
            '',
          ]),
          [
            '**median**',
            `**${fmtMs(med)}**`,
            readies.length ? String(median(readies)) : '—',
            `< 2 s ${mark(met)}`,
          ],
        ],
        checks: [{ target: TARGETS.coldStart, measured: `${fmtMs(med)} ms median of ${runs}`, met }],
        notes: [
          '"ready in" is measured by main.ts from its first line to listening; the rest of the total is Node starting and loading the sources (type stripping included).',
        ],
      };
    });
  },
};
