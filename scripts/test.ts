/**
 * The whole suite (README's test command): type-check, Prettier's format check and ESLint, and
 * build the web UI the browser tests use; node's test runner over every *.test.ts — unit and
 * integration (SQLite, plus PostgreSQL when TEST_DATABASE_URL is set) — the mutation check of
 * the pure rules (scripts/mutation.ts), then the end-to-end journeys.
 * Pass file paths or globs to run only those: `npm test -- src/server/modules/properties`.
 *
 * Every test process of a run shares one seeded database template per database kind
 * (tests/support/seeded-template.ts), owned by this process and dropped at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';
import { dropRunTemplates, TEST_RUN_ENV } from '../tests/support/template-registry.ts';
import { COMPILE_CACHE_DIR } from './compile-cache.ts';
import { CHECK_RESPONSES_ENV } from '../src/server/platform/http/response-check.ts';

// Children inherit both: the run's templates belong to this process, and Node keeps the
// compiled (type-stripped) modules between the hundred-odd processes that load the same server.
process.env[TEST_RUN_ENV] = String(process.pid);
process.env.NODE_COMPILE_CACHE ??= COMPILE_CACHE_DIR;
// Every JSON answer is checked against its route's declared response schema (platform/http/response-check.ts).
process.env[CHECK_RESPONSES_ENV] = '1';

const TEST_FLAGS = ['--test-timeout=120000'];

function run(targets: string[], concurrency: string): number {
  return (
    spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...TEST_FLAGS, ...targets], {
      stdio: 'inherit',
    }).status ?? 1
  );
}

/** A child whose output is kept and shown in one piece when it ends, so parallel steps never interleave. */
function quietly(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, output })));
}

async function cleanUp(): Promise<void> {
  await dropRunTemplates(String(process.pid), process.env.TEST_DATABASE_URL || undefined).catch(
    (err: Error) => console.error(`could not drop the run's test templates: ${err.message}`),
  );
}

const only = process.argv.slice(2);
if (only.length) {
  const code = run(
    only.map((p) => (p.endsWith('.ts') ? p : `${p.replace(/\/$/, '')}/**/*.test.ts`)),
    process.env.TEST_CONCURRENCY ?? '3',
  );
  await cleanUp();
  process.exit(code);
}

interface JourneyResult {
  file: string;
  code: number;
  seconds: number;
  output: string;
}

/** One journey file in its own test process, its output printed in one block when it ends. */
async function journey(file: string): Promise<JourneyResult> {
  const started = Date.now();
  const { code, output } = await quietly(process.execPath, [
    '--test',
    '--test-reporter=spec',
    ...TEST_FLAGS,
    file,
  ]);
  const result = { file, code, seconds: Math.round((Date.now() - started) / 1000), output };
  console.log(`\n── ${file}: ${code === 0 ? 'passed' : 'FAILED'} in ${result.seconds} s`);
  process.stdout.write(output);
  return result;
}

/**
 * Browser journeys run after the rest, two files at a time: each drives Chromium against its
 * own server. A journey file that fails fails the run — it is not run again: a race in a
 * browser is a defect to fix, not something to retry until it passes.
 */
async function journeys(files: string[], workers: number): Promise<JourneyResult[]> {
  const queue = [...files];
  const results: JourneyResult[] = [];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) results.push(await journey(file));
    }),
  );
  return results;
}

/** The failing tests of a journey's output: the spec reporter's closing "failing tests:" section. */
function failingSection(output: string): string {
  const at = output.lastIndexOf('failing tests:');
  return at >= 0
    ? output.slice(at + 'failing tests:'.length).trim()
    : output.trim().split('\n').slice(-30).join('\n');
}

// The type-check and the web build run beside the server tests (neither needs the other);
// their output is shown when the server tests are done.
const typecheck = quietly('npx', ['tsc', '--noEmit', '-p', '.']);
// Style and boundaries a reader should not keep by habit (decision 0010): Prettier's format and ESLint's import rules.
const format = quietly('npx', ['prettier', '--check', '--log-level', 'warn', '.']);
const lint = quietly('npx', ['eslint', '--max-warnings', '0', '.']);
const webBuild = quietly('npx', ['vite', 'build', '--logLevel', 'warn']);

// Every phase runs, so one report shows every failure.
const server = run(
  ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
  process.env.TEST_CONCURRENCY ?? '3',
);
const tsc = await typecheck;
console.log(`\n── type-check: ${tsc.code === 0 ? 'passed' : 'FAILED'}`);
process.stdout.write(tsc.output);
const [fmt, eslint] = await Promise.all([format, lint]);
console.log(
  `\n── prettier --check: ${fmt.code === 0 ? 'passed' : 'FAILED (npx prettier --write . formats the tree)'}`,
);
process.stdout.write(fmt.output);
console.log(`\n── eslint: ${eslint.code === 0 ? 'passed' : 'FAILED'}`);
process.stdout.write(eslint.output);
// The rules' mutation check (scripts/mutation.ts): its score is part of every full run.
console.log('\n── mutation check of the rules');
const mutation = await quietly(process.execPath, ['scripts/mutation.ts']);
process.stdout.write(mutation.output);
const build = await webBuild;
if (build.code !== 0) console.log(`\n── web build FAILED: browser journeys not run\n${build.output}`);
const e2e =
  build.code === 0
    ? await journeys(globSync('tests/e2e/**/*.test.ts').sort(), Number(process.env.E2E_CONCURRENCY ?? 2))
    : [];
await cleanUp();

const failedJourneys = e2e.filter((j) => j.code !== 0);
console.log('\n══ summary');
console.log(`type-check: ${tsc.code === 0 ? 'passed' : 'FAILED'}`);
console.log(`format and lint: ${fmt.code === 0 && eslint.code === 0 ? 'passed' : 'FAILED'}`);
console.log(`server tests: ${server === 0 ? 'passed' : 'FAILED (their failing tests are listed above)'}`);
console.log(
  `${/^mutation: .*$/m.exec(mutation.output)?.[0] ?? 'mutation: no score'}${mutation.code === 0 ? '' : ' — FAILED (see the mutation check above)'}`,
);
if (build.code !== 0) console.log('browser journeys: not run (the web build failed)');
else console.log(`browser journeys: ${e2e.length - failedJourneys.length} of ${e2e.length} files passed`);
for (const j of failedJourneys) console.log(`\n✖ ${j.file} failed:\n${failingSection(j.output)}`);
process.exit(
  tsc.code || fmt.code || eslint.code || server || mutation.code || build.code || failedJourneys.length
    ? 1
    : 0,
);
