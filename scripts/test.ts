/**
 * The whole suite (README's test command): type-check, build the web UI the browser tests
 * use, then node's test runner over every *.test.ts — unit, integration (SQLite, plus
 * PostgreSQL when TEST_DATABASE_URL is set) and end-to-end.
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
const targets = only.length ? only.map((p) => (p.endsWith('.ts') ? p : `${p.replace(/\/$/, '')}/**/*.test.ts`)) : ['src/**/*.test.ts', 'tests/**/*.test.ts'];
step(process.execPath, ['--test', `--test-concurrency=${process.env.TEST_CONCURRENCY ?? 3}`, '--test-timeout=120000', ...targets]);
