/**
 * Raw-database baseline: what the database itself does on this machine, without the app.
 * Single-row INSERTs into the real `units` table (same indexes and foreign key as the app
 * writes through), each its own transaction, one after another on one connection; then
 * point SELECTs by primary key. ARCHITECTURE.md's intake target is stated relative to this
 * INSERT rate, so it is measured in the same run, on the same engine and settings.
 */
import { newId } from '../../src/server/platform/ids.ts';
import type { Db } from '../../src/server/platform/db/connection.ts';
import { withFreshDatabase } from '../lib/databases.ts';
import { closeDeps, openBenchDeps, seedDemoWithProgress } from '../lib/seed.ts';
import { sampleSequential, type Bounds, type Sampled } from '../lib/sample.ts';
import { fmtCount, fmtMs, fmtRate } from '../lib/stats.ts';
import { LATENCY_COLUMNS, type Scenario } from '../lib/scenario.ts';

const COLUMNS = [
  'project_id',
  'unit_id',
  'building_id',
  'floor',
  'code',
  'building_area_centi_m2',
  'inner_area_centi_m2',
  'use',
  'status',
  'note',
  'created_at',
  'updated_at',
  'version',
];

/** The two operations, bound to one connection of either database. */
interface RawDriver {
  insert(values: unknown[]): unknown;
  selectById(projectId: string, unitId: string): unknown;
  release(): Promise<void>;
}

async function rawDriver(db: Db): Promise<RawDriver> {
  const cols = COLUMNS.map((c) => `"${c}"`).join(', ');
  if (db.sqlite) {
    const insert = db.sqlite.prepare(
      `INSERT INTO units (${cols}) VALUES (${COLUMNS.map(() => '?').join(', ')})`,
    );
    const select = db.sqlite.prepare('SELECT * FROM units WHERE project_id = ? AND unit_id = ?');
    return {
      insert: (values) => insert.run(values),
      selectById: (projectId, unitId) => {
        if (!select.get(projectId, unitId)) throw new Error(`unit ${unitId} not found`);
      },
      release: async () => {},
    };
  }
  const client = await db.pool!.connect();
  const insertSql = `INSERT INTO units (${cols}) VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`;
  return {
    // Named statements are prepared once per connection, as a tuned app would do.
    insert: (values) => client.query({ name: 'bench_raw_insert', text: insertSql, values }),
    selectById: async (projectId, unitId) => {
      const r = await client.query({
        name: 'bench_raw_select',
        text: 'SELECT * FROM units WHERE project_id = $1 AND unit_id = $2',
        values: [projectId, unitId],
      });
      if (r.rowCount !== 1) throw new Error(`unit ${unitId} not found`);
    },
    release: async () => client.release(),
  };
}

function row(label: string, s: Sampled, unit: string, target: string): string[] {
  return [
    label,
    fmtCount(s.count),
    `${fmtRate(s.perSecond)} ${unit}`,
    fmtMs(s.latency.p50),
    fmtMs(s.latency.p95),
    fmtMs(s.latency.p99),
    target,
  ];
}

export const rawBaseline: Scenario = {
  name: 'raw-baseline',
  title: 'Raw database baseline',
  async run({ database, quick }) {
    const insertBounds: Bounds = quick
      ? { maxCount: 2_000, maxSeconds: 0.5 }
      : { maxCount: 200_000, maxSeconds: 6 };
    const selectBounds: Bounds = quick
      ? { maxCount: 2_000, maxSeconds: 0.5 }
      : { maxCount: 300_000, maxSeconds: 4 };
    return withFreshDatabase(database, async (url) => {
      const deps = await openBenchDeps(url);
      try {
        await seedDemoWithProgress(deps);
        const project = await deps.db.k
          .selectFrom('projects')
          .select('project_id')
          .where('code', '=', 'CAMPUS')
          .executeTakeFirstOrThrow();
        const building = await deps.db.k
          .selectFrom('buildings')
          .select('building_id')
          .where('project_id', '=', project.project_id)
          .where('code', '=', '1')
          .executeTakeFirstOrThrow();
        const driver = await rawDriver(deps.db);
        const ids: string[] = [];
        try {
          const ts = new Date().toISOString();
          const inserts = await sampleSequential('raw INSERT (own transaction each)', insertBounds, (i) => {
            const unitId = newId();
            ids.push(unitId);
            return driver.insert([
              project.project_id,
              unitId,
              building.building_id,
              1 + (i % 20),
              `R-${i}`,
              18236,
              13980,
              'office',
              'not_received',
              '',
              ts,
              ts,
              1,
            ]);
          });
          const selects = await sampleSequential('raw point SELECT by primary key', selectBounds, () =>
            driver.selectById(project.project_id, ids[Math.floor(Math.random() * ids.length)]!),
          );
          return {
            about:
              'The database alone, through its driver (better-sqlite3 / node-postgres) on one connection: single-row INSERTs of a unit-shaped row into the real `units` table ' +
              '(primary key, unique code, tree index, foreign key), each in its own transaction, sequentially; then SELECTs of a random inserted unit by primary key. ' +
              `Bounded by count and time (${insertBounds.maxSeconds} s / ${selectBounds.maxSeconds} s), on a fresh database holding the demo company.`,
            columns: LATENCY_COLUMNS,
            rows: [
              row('INSERT one unit row, own transaction', inserts, 'rows/s', 'baseline for intake ≥ 50 %'),
              row('SELECT one unit by primary key', selects, 'reads/s', '—'),
            ],
            checks: [],
            notes: [
              database.kind === 'sqlite'
                ? 'SQLite commits in WAL mode with synchronous=NORMAL do not fsync: they survive a crash of the process, not a power loss (SQLITE_SYNCHRONOUS=FULL trades rate for that).'
                : 'Each PostgreSQL commit waits for its WAL flush (see fsync / synchronous_commit above) and a TCP round trip to 127.0.0.1, so the INSERT rate follows the disk’s flush latency.',
              'Prepared statements, no ORM, no HTTP: the ceiling one sequential writer can reach; the app’s request paths are compared against this.',
            ],
          };
        } finally {
          await driver.release();
        }
      } finally {
        await closeDeps(deps);
      }
    });
  },
};
