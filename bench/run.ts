/**
 * `npm run bench`: every scenario on SQLite, then on PostgreSQL when BENCH_DATABASE_URL (or
 * DATABASE_URL) is a postgres:// URL, and a markdown report per database in bench/results.
 *   --only <scenario>   run one scenario (names: see bench/scenarios/index.ts)
 *   --quick             short durations, to check the harness in seconds
 *   --db sqlite|postgres  run one database only
 * Full runs write latest-<db>.md; --only/--quick runs write partial-<db>.md so they never
 * overwrite the committed results.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { scenarios } from './scenarios/index.ts';
import { postgresAdminUrl, postgresDatabase, sqliteDatabase, type BenchDatabase } from './lib/databases.ts';
import { describeMachine, loadAverage } from './lib/machine.ts';
import { renderReport, type ScenarioOutcome } from './lib/report.ts';
import { mark } from './lib/targets.ts';
import type { Scenario } from './lib/scenario.ts';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

function selectScenarios(only: string | undefined): Scenario[] {
  if (!only) return scenarios;
  const found = scenarios.filter((s) => s.name === only);
  if (found.length === 0)
    throw new Error(`unknown scenario "${only}"; one of: ${scenarios.map((s) => s.name).join(', ')}`);
  return found;
}

function selectDatabases(db: string | undefined): BenchDatabase[] {
  const adminUrl = postgresAdminUrl();
  const all = [sqliteDatabase(), ...(adminUrl ? [postgresDatabase(adminUrl)] : [])];
  if (!db) return all;
  const found = all.filter((d) => d.kind === db);
  if (found.length === 0)
    throw new Error(
      db === 'postgres'
        ? 'PostgreSQL needs BENCH_DATABASE_URL or DATABASE_URL set to a postgres:// admin URL'
        : `unknown database "${db}"; sqlite or postgres`,
    );
  return found;
}

async function runDatabase(
  database: BenchDatabase,
  chosen: Scenario[],
  quick: boolean,
  partial: boolean,
): Promise<boolean> {
  const startedAt = new Date();
  const loadBefore = loadAverage();
  const databaseVersion = await database.describe();
  process.stderr.write(`\n${database.kind}: ${databaseVersion}\n`);
  const outcomes: ScenarioOutcome[] = [];
  for (const scenario of chosen) {
    process.stderr.write(`${scenario.title} (${scenario.name})\n`);
    const t0 = performance.now();
    try {
      const result = await scenario.run({ database, quick });
      outcomes.push({ scenario, result, seconds: (performance.now() - t0) / 1000 });
    } catch (err) {
      const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      process.stderr.write(`  FAILED: ${error}\n`);
      outcomes.push({ scenario, error, seconds: (performance.now() - t0) / 1000 });
    }
  }
  const report = renderReport({
    databaseLabel: database.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL',
    databaseVersion,
    machine: describeMachine(),
    startedAt,
    seconds: (Date.now() - startedAt.getTime()) / 1000,
    loadBefore,
    loadAfter: loadAverage(),
    command: `node bench/run.ts ${process.argv.slice(2).join(' ')}`.trim(),
    quick,
    outcomes,
  });
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = `${RESULTS_DIR}${partial ? 'partial' : 'latest'}-${database.kind}.md`;
  writeFileSync(file, report);
  process.stdout.write(`${database.kind}: report written to ${file}\n`);
  for (const o of outcomes) {
    const checks = o.result?.checks.map((c) => `${c.target.text}: ${c.measured} ${mark(c.met)}`).join('; ');
    process.stdout.write(
      `  ${o.scenario.name}: ${o.error ? 'FAILED' : 'ok'}${checks ? ` — ${checks}` : ''}\n`,
    );
  }
  return outcomes.every((o) => !o.error);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      quick: { type: 'boolean', default: false },
      db: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('usage: node bench/run.ts [--only <scenario>] [--quick] [--db sqlite|postgres]\n');
    process.stdout.write(`scenarios: ${scenarios.map((s) => s.name).join(', ')}\n`);
    return 0;
  }
  const chosen = selectScenarios(values.only);
  const databases = selectDatabases(values.db);
  const partial = values.quick || values.only !== undefined;
  let ok = true;
  for (const database of databases) ok = (await runDatabase(database, chosen, values.quick, partial)) && ok;
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
