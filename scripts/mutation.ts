/**
 * Mutation check of the rule code: applies each one-line mutation of scripts/mutations.ts and
 * runs only that rule's tests (SQLite only), expecting at least one to fail. A mutation no
 * test notices is a rule that could break unseen. npm test runs this after the server tests.
 *
 * The mutations are made in temporary copies of the source tree, never in the checkout, and
 * each copy's file is restored before the next mutation. The unmutated tests must pass first
 * (otherwise every mutation would look killed). Exit code 1 when a must-kill mutation
 * survives or no longer matches its file, or when the unmutated tests fail.
 *
 *   node scripts/mutation.ts            # all of them (MUTATION_CONCURRENCY copies at once, default 2)
 *   node scripts/mutation.ts MVO-4 keys # only entries whose rule or file contains a word
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MUTATIONS, type Mutation } from './mutations.ts';
import { COMPILE_CACHE_DIR } from './compile-cache.ts';
import {
  dropRunTemplates,
  sourcesHash,
  TEMPLATE_SOURCES_ENV,
  TEST_RUN_ENV,
} from '../tests/support/template-registry.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TIMEOUT_MS = 120_000;

/** The tests of a mutation: its own list, or the mutated file's unit test. */
function testsOf(m: Mutation): string[] {
  return m.tests ?? [m.file.replace(/\.ts$/, '.test.ts')];
}

/** Problems that make an entry meaningless: its text is gone or ambiguous, or its tests do not exist. */
function staleness(m: Mutation): string | null {
  let text: string;
  try {
    text = readFileSync(join(ROOT, m.file), 'utf8');
  } catch {
    return `${m.file} does not exist`;
  }
  const count = text.split(m.from).length - 1;
  if (count !== 1) return `${JSON.stringify(m.from)} occurs ${count} times in ${m.file} (must be once)`;
  for (const t of testsOf(m)) {
    try {
      readFileSync(join(ROOT, t));
    } catch {
      return `test file ${t} does not exist`;
    }
  }
  return null;
}

/** A copy of the tree the tests need, with the checkout's node_modules linked in. */
function copyTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'propdesk-mutation-'));
  for (const entry of ['src', 'tests', 'package.json', 'package-lock.json'])
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules'));
  return dir;
}

interface RunResult {
  code: number;
  output: string;
  timedOut: boolean;
}

function runTests(
  cwd: string,
  tests: string[],
  only: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<RunResult> {
  // One process per run: the mutated file is loaded once, and half the processes start.
  const args = [
    '--test',
    '--test-isolation=none',
    '--test-reporter=spec',
    ...(only ? [`--test-name-pattern=${only}`] : []),
    ...tests,
  ];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code: code ?? 1, output, timedOut });
    });
  });
}

const describe = (m: Mutation) =>
  `[${m.rule}] ${m.file}: ${JSON.stringify(m.from)} → ${JSON.stringify(m.to)}`;

const words = process.argv.slice(2);
const selected = MUTATIONS.filter(
  (m) => words.length === 0 || words.some((w) => m.rule.includes(w) || m.file.includes(w)),
);
const stale = selected.map((m) => ({ m, why: staleness(m) })).filter((s) => s.why !== null);
const runnable = selected.filter((m) => !stale.some((s) => s.m === m));

// SQLite only; every mutant starts from the template the unmutated code seeded (shared with the
// server tests when npm test runs this), so a mutation is judged by the tests, not by the seed.
const ownRun = process.env[TEST_RUN_ENV] === undefined;
const env: NodeJS.ProcessEnv = {
  NODE_COMPILE_CACHE: COMPILE_CACHE_DIR,
  ...process.env,
  [TEST_RUN_ENV]: process.env[TEST_RUN_ENV] ?? String(process.pid),
  [TEMPLATE_SOURCES_ENV]: sourcesHash(ROOT),
};
delete env.TEST_DATABASE_URL;

const workers = Math.max(1, Math.min(Number(process.env.MUTATION_CONCURRENCY ?? 2), runnable.length));
const copies: string[] = [];
const removeCopies = () => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    removeCopies();
    process.exit(130);
  });
}

const started = Date.now();
const killed: Mutation[] = [];
const survived: Mutation[] = [];
let baselineFailed = false;
try {
  for (let i = 0; i < workers; i++) copies.push(copyTree());

  // The unmutated tests must pass, one run per name pattern.
  for (const only of new Set(runnable.map((m) => m.only))) {
    const tests = [...new Set(runnable.filter((m) => m.only === only).flatMap(testsOf))];
    const r = await runTests(copies[0]!, tests, only, env);
    if (r.code !== 0) {
      baselineFailed = true;
      console.log(
        `mutation: the unmutated tests fail (${tests.join(' ')}${only ? `, only "${only}"` : ''}), so no mutation can be judged:\n${r.output}`,
      );
    }
  }

  if (!baselineFailed) {
    const queue = [...runnable];
    await Promise.all(
      copies.map(async (dir) => {
        for (let m = queue.shift(); m; m = queue.shift()) {
          const path = join(dir, m.file);
          const original = readFileSync(path, 'utf8');
          try {
            writeFileSync(
              path,
              original.replace(m.from, () => m.to),
            );
            const r = await runTests(dir, testsOf(m), m.only, env);
            (r.code !== 0 ? killed : survived).push(m);
          } finally {
            writeFileSync(path, original);
          }
        }
      }),
    );
  }
} finally {
  removeCopies();
  if (ownRun) await dropRunTemplates(env[TEST_RUN_ENV]!);
}

if (!baselineFailed) {
  const judged = killed.length + survived.length;
  const score = judged ? Math.round((killed.length / judged) * 100) : 100;
  console.log(
    `\nmutation: ${killed.length} killed, ${survived.length} survived (${score}%) in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  for (const m of survived)
    console.log(
      `  ${m.mustKill === false ? 'survived (known)' : 'SURVIVED (must be killed)'}: ${describe(m)}${m.note ? ` — ${m.note}` : ''}`,
    );
  for (const m of killed.filter((k) => k.mustKill === false))
    console.log(`  now killed, make it must-kill in scripts/mutations.ts: ${describe(m)}`);
}
for (const s of stale)
  console.log(
    `  ${s.m.mustKill === false ? 'stale (known survivor, not run)' : 'STALE (must be killed)'}: ${describe(s.m)} — ${s.why}; update scripts/mutations.ts`,
  );
const failing = [...survived, ...stale.map((s) => s.m)].filter((m) => m.mustKill !== false);
process.exit(baselineFailed || failing.length ? 1 : 0);
