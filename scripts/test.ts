/**
 * The whole suite (README's test command): type-check, build the web UI the browser tests
 * use, then node's test runner over every *.test.ts — unit, integration (SQLite, plus
 * PostgreSQL when TEST_DATABASE_URL is set), then the end-to-end journeys.
 * Pass file paths or globs to run only those: `npm test -- src/server/modules/properties`.
 */
import { spawnSync } from 'node:child_process';

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
// Browser journeys run after the rest and fewer at a time: each drives Chromium against its
// own server, and sharing two cores with database-heavy tests made their 30 s waits flaky.
// Both phases always run, so one report shows every failure.
const server = run(['src/**/*.test.ts', 'tests/integration/**/*.test.ts'], process.env.TEST_CONCURRENCY ?? '3');
const browser = run(['tests/e2e/**/*.test.ts'], process.env.E2E_CONCURRENCY ?? '2');
process.exit(server || browser);
