/**
 * The whole suite (README's test command): type-check, build the web UI the browser tests
 * use, then node's test runner over every *.test.ts — unit, integration (SQLite, plus
 * PostgreSQL when TEST_DATABASE_URL is set), then the end-to-end journeys.
 * Pass file paths or globs to run only those: `npm test -- src/server/modules/properties`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';

function step(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const only = process.argv.slice(2);
if (only.length === 0) {
  step('npx', ['tsc', '--noEmit', '-p', '.']);
  step('npx', ['vite', 'build', '--logLevel', 'warn']);
}

function run(targets: string[], concurrency: string): number {
  return spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, '--test-timeout=120000', ...targets], { stdio: 'inherit' }).status ?? 1;
}

if (only.length) {
  process.exit(run(only.map((p) => (p.endsWith('.ts') ? p : `${p.replace(/\/$/, '')}/**/*.test.ts`)), process.env.TEST_CONCURRENCY ?? '3'));
}
/** One journey file in its own test process; resolves with its exit code. */
function journey(file: string): Promise<number> {
  return new Promise((resolve) => {
    spawn(process.execPath, ['--test', '--test-timeout=120000', file], { stdio: 'inherit' }).on('close', (code) => resolve(code ?? 1));
  });
}

/**
 * Browser journeys run after the rest, two files at a time: each drives Chromium against its
 * own server, and sharing two cores with database-heavy tests made their waits flaky. A
 * journey file that fails is run once more and reported as flaky when it then passes, so a
 * race in a browser cannot hide behind a green run: it is named at the end.
 */
async function journeys(files: string[], workers: number): Promise<number> {
  const queue = [...files];
  const failed: string[] = [];
  const flaky: string[] = [];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        if ((await journey(file)) === 0) continue;
        if ((await journey(file)) === 0) flaky.push(file);
        else failed.push(file);
      }
    }),
  );
  for (const f of flaky) console.log(`flaky (passed when run again): ${f}`);
  for (const f of failed) console.log(`failed twice: ${f}`);
  return failed.length ? 1 : 0;
}

// Both phases always run, so one report shows every failure.
const server = run(['src/**/*.test.ts', 'tests/integration/**/*.test.ts'], process.env.TEST_CONCURRENCY ?? '3');
const browser = await journeys(globSync('tests/e2e/**/*.test.ts').sort(), Number(process.env.E2E_CONCURRENCY ?? 2));
process.exit(server || browser);
