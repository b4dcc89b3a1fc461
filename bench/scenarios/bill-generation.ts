/**
 * A month's bill run at scale (FEE-1, FEE-6; issue "Fees": 10 000 units on SQLite, 200 000 on
 * PostgreSQL): `generateBills` for a whole project, in this process, on a data set written
 * straight into the database — every unit with a payer, an area management fee, a metered
 * electricity item with one meter per unit read once in the month, and one shared (公摊)
 * meter per building. Then the same run again, which must write nothing (idempotent).
 */
import { sql } from 'kysely';
import { generateBills, type GenerateResult } from '../../src/server/modules/billing/generate-bills.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/access/actor.ts';
import { addDays, DEFAULT_TIME_ZONE, instantAt, localDay } from '../../src/server/platform/calendar/index.ts';
import type { Deps } from '../../src/server/platform/http/context.ts';
import { newId } from '../../src/server/platform/ids.ts';
import { monthBounds, monthOf } from '../../src/server/modules/billing/rules.ts';
import { withFreshDatabase, type DatabaseKind } from '../lib/databases.ts';
import { closeDeps, openBenchDeps } from '../lib/seed.ts';
import { bulkWriter } from '../lib/bulk-insert.ts';
import { progress } from '../lib/progress.ts';
import { seededRandom } from '../lib/seeded-random.ts';
import { fmtCount, fmtMs, fmtRate, summarize } from '../lib/stats.ts';
import type { Scenario } from '../lib/scenario.ts';

const UNITS_PER_BUILDING = 200; // 20 floors × 10 units, a residential tower
const FLOORS = 20;
/** Buildings per loading transaction. */
const LOAD_CHUNK = 25;
/** Share of payers who start in the middle of the month (HND-3 proration). */
const MID_MONTH_SHARE = 0.05;
const MGMT_RATE = 235_000; // 2.35 元/m²/month
const ELEC_RATE = 48_830; // 0.4883 元/kWh
const SEED = 20261201;
const LOADED_TABLES = [
  'projects',
  'fee_items',
  'buildings',
  'units',
  'customers',
  'customer_units',
  'billing_accounts',
  'meters',
  'meter_readings',
];

export function billUnits(kind: DatabaseKind, quick: boolean): number {
  if (quick) return 1_000;
  return kind === 'postgres' ? 200_000 : 10_000;
}

export interface BillDataset {
  projectId: string;
  period: string;
  units: number;
  buildings: number;
  rows: number;
  loadSeconds: number;
  analyzeSeconds: number;
}

/** Last month in the project's zone: it has begun, so the bill run accepts it. */
function lastMonth(now: Date): string {
  return monthOf(addDays(`${localDay(now, DEFAULT_TIME_ZONE).slice(0, 7)}-01`, -1));
}

/** Writes the data set into an open, migrated database (also used to profile the bill run). */
export async function loadBillDataset(deps: Deps, units: number): Promise<BillDataset> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const period = lastMonth(now);
  const { first, last } = monthBounds(period);
  const readAt = instantAt(last, '18:00', DEFAULT_TIME_ZONE).toISOString();
  const midMonth = addDays(first, 15);
  const random = seededRandom(SEED);
  const buildings = Math.ceil(units / UNITS_PER_BUILDING);
  const projectId = newId(now.getTime());
  const writer = await bulkWriter(deps.db);
  let rows = 0;
  const startedAt = performance.now();
  try {
    const bar = progress(`load ${fmtCount(units)} units with payers and meters`, units);
    await writer.transaction(async () => {
      await writer.insert(
        'projects',
        [
          'project_id',
          'code',
          'name',
          'kind',
          'time_zone',
          'working_hours',
          'greeting_zh',
          'greeting_en',
          'active',
          'created_at',
          'updated_at',
        ],
        [
          [
            projectId,
            'BILLBENCH',
            '出账压测小区',
            'residential',
            DEFAULT_TIME_ZONE,
            JSON.stringify([{ start: '08:30', end: '17:30' }]),
            '',
            '',
            1,
            at,
            at,
          ],
        ],
      );
      const item = (code: string, name: string, kind: string, rate: number, meterKind: string | null) => [
        projectId,
        newId(now.getTime()),
        code,
        1,
        name,
        kind,
        'building',
        rate,
        null,
        meterKind,
        null,
        '{}',
        '2020-01-01',
        null,
        at,
        null,
      ];
      await writer.insert(
        'fee_items',
        [
          'project_id',
          'fee_item_id',
          'code',
          'version',
          'name',
          'kind',
          'area_basis',
          'rate_millifen',
          'amount_fen',
          'meter_kind',
          'building_id',
          'params_json',
          'effective_from',
          'effective_to',
          'created_at',
          'created_by',
        ],
        [
          item('MGMT', '物业管理费', 'area', MGMT_RATE, null),
          item('ELEC', '电费', 'metered', ELEC_RATE, 'electricity'),
        ],
      );
      rows += 3;
    });
    let unitNo = 0;
    for (let b0 = 0; b0 < buildings; b0 += LOAD_CHUNK) {
      const batch = {
        buildings: [] as unknown[][],
        units: [] as unknown[][],
        customers: [] as unknown[][],
        links: [] as unknown[][],
        accounts: [] as unknown[][],
        meters: [] as unknown[][],
        readings: [] as unknown[][],
      };
      const meter = (buildingId: string, unitId: string | null, code: string, consumption: number) => {
        const meterId = newId(now.getTime());
        batch.meters.push([projectId, meterId, code, 'electricity', buildingId, unitId, at]);
        const value = 1_000_000 + Math.floor(random.between(0, 5_000_000));
        batch.readings.push([
          projectId,
          newId(now.getTime()),
          meterId,
          readAt,
          last,
          value + consumption,
          value,
          consumption,
          0,
          null,
          null,
          null,
          at,
        ]);
      };
      for (let b = b0; b < Math.min(buildings, b0 + LOAD_CHUNK); b++) {
        const buildingId = newId(now.getTime());
        const code = String(b + 1);
        batch.buildings.push([
          projectId,
          buildingId,
          code,
          `${code}号楼`,
          'residential',
          FLOORS,
          0,
          '',
          '',
          '{F}{UU}',
          b,
          at,
          at,
        ]);
        for (let k = 0; k < UNITS_PER_BUILDING && unitNo < units; k++, unitNo++) {
          const unitId = newId(now.getTime());
          const customerId = newId(now.getTime());
          const area = Math.round(random.between(6_000, 16_000)); // 60–160 m²
          const unitCode = `${code}-${Math.floor(k / 10) + 1}${String((k % 10) + 1).padStart(2, '0')}`;
          batch.units.push([
            projectId,
            unitId,
            buildingId,
            Math.floor(k / 10) + 1,
            unitCode,
            area,
            Math.round(area * 0.8),
            'residential',
            'owner_occupied',
            '',
            at,
            at,
          ]);
          batch.customers.push([projectId, customerId, 'person', `业主${unitNo + 1}`, '', '', at, at]);
          batch.links.push([projectId, customerId, unitId, 'owner', at]);
          batch.accounts.push([
            projectId,
            newId(now.getTime()),
            unitId,
            customerId,
            random.chance(MID_MONTH_SHARE) ? midMonth : '2020-01-01',
            null,
            at,
            null,
          ]);
          meter(buildingId, unitId, `E-${unitCode}`, Math.round(random.between(5_000, 60_000))); // 50–600 kWh
        }
        meter(buildingId, null, `E-${code}-公摊`, Math.round(random.between(100_000, 500_000))); // 1 000–5 000 kWh
      }
      await writer.transaction(async () => {
        await writer.insert(
          'buildings',
          [
            'project_id',
            'building_id',
            'code',
            'name',
            'kind',
            'floors_above',
            'floors_below',
            'owner_party',
            'managing_party',
            'numbering_pattern',
            'sort_order',
            'created_at',
            'updated_at',
          ],
          batch.buildings,
        );
        await writer.insert(
          'units',
          [
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
          ],
          batch.units,
        );
        await writer.insert(
          'customers',
          ['project_id', 'customer_id', 'kind', 'name', 'company', 'note', 'created_at', 'updated_at'],
          batch.customers,
        );
        await writer.insert(
          'customer_units',
          ['project_id', 'customer_id', 'unit_id', 'relation', 'created_at'],
          batch.links,
        );
        await writer.insert(
          'billing_accounts',
          [
            'project_id',
            'account_id',
            'unit_id',
            'customer_id',
            'start_day',
            'end_day',
            'created_at',
            'created_by',
          ],
          batch.accounts,
        );
        await writer.insert(
          'meters',
          ['project_id', 'meter_id', 'code', 'kind', 'building_id', 'unit_id', 'created_at'],
          batch.meters,
        );
        await writer.insert(
          'meter_readings',
          [
            'project_id',
            'reading_id',
            'meter_id',
            'read_at',
            'read_day',
            'value_centi',
            'previous_centi',
            'consumption_centi',
            'replacement',
            'old_final_centi',
            'new_start_centi',
            'recorded_by',
            'created_at',
          ],
          batch.readings,
        );
      });
      rows += Object.values(batch).reduce((s, r) => s + r.length, 0);
      bar.set(unitNo);
    }
    bar.done();
    const loadSeconds = (performance.now() - startedAt) / 1000;
    // Statistics for the tables just loaded, not for the (still empty) tables the run writes:
    // VACUUM of an empty bills table tells PostgreSQL it has 0 pages, and the foreign-key
    // checks of bill_lines and ledger_entries (plans cached per connection) would then scan
    // bills sequentially for the whole run. A fresh installation's never-vacuumed tables
    // don't do that, and a steady one's hold last month's bills.
    const analyzeBar = progress(
      deps.db.dialect === 'postgres' ? 'VACUUM (ANALYZE) loaded tables' : 'ANALYZE',
      1,
    );
    const analyzedAt = performance.now();
    await writer.exec(
      deps.db.dialect === 'postgres' ? `VACUUM (ANALYZE) ${LOADED_TABLES.join(', ')}` : 'ANALYZE',
    );
    analyzeBar.tick();
    analyzeBar.done();
    return {
      projectId,
      period,
      units,
      buildings,
      rows,
      loadSeconds,
      analyzeSeconds: (performance.now() - analyzedAt) / 1000,
    };
  } finally {
    await writer.release();
  }
}

interface Run {
  result: GenerateResult;
  seconds: number;
  /** Milliseconds per building (one transaction each). */
  perBuilding: number[];
}

async function timedRun(deps: Deps, d: BillDataset, label: string): Promise<Run> {
  const bar = progress(label, d.buildings, ' bldg');
  const perBuilding: number[] = [];
  const t0 = performance.now();
  let last = t0;
  const result = await generateBills(deps, SYSTEM_ACTOR, d.projectId, { period: d.period }, (p) => {
    const now = performance.now();
    perBuilding.push(now - last);
    last = now;
    bar.set(p.buildingsDone);
  });
  const seconds = (performance.now() - t0) / 1000;
  bar.done();
  return { result, seconds, perBuilding };
}

async function countRows(deps: Deps, projectId: string, period: string) {
  const k = deps.db.k;
  const one = async (q: Promise<{ n: unknown; s?: unknown } | undefined>) =>
    q.then((r) => ({ n: Number(r?.n ?? 0), s: Number(r?.s ?? 0) }));
  const bills = await one(
    sql<{
      n: unknown;
      s: unknown;
    }>`select count(*) as n, coalesce(sum(total_fen), 0) as s from bills where project_id = ${projectId} and period = ${period}`
      .execute(k)
      .then((r) => r.rows[0]),
  );
  const lines = await one(
    sql<{
      n: unknown;
      s: unknown;
    }>`select count(*) as n, coalesce(sum(amount_fen), 0) as s from bill_lines where project_id = ${projectId} and period = ${period}`
      .execute(k)
      .then((r) => r.rows[0]),
  );
  const entries = await one(
    sql<{ n: unknown }>`select count(*) as n from ledger_entries where project_id = ${projectId}`
      .execute(k)
      .then((r) => r.rows[0]),
  );
  return { bills: bills.n, billsFen: bills.s, lines: lines.n, linesFen: lines.s, entries: entries.n };
}

export const billGeneration: Scenario = {
  name: 'bill-generation',
  title: "A month's bill run for a whole project",
  async run({ database, quick }) {
    const units = billUnits(database.kind, quick);
    return withFreshDatabase(database, async (url) => {
      const deps = await openBenchDeps(url);
      try {
        const d = await loadBillDataset(deps, units);
        const first = await timedRun(deps, d, `generateBills ${d.period}, ${fmtCount(d.units)} units`);
        const written = await countRows(deps, d.projectId, d.period);
        // Fail loudly on a wrong result: a fast bill run that bills the wrong amounts is no result.
        if (first.result.billsCreated !== d.units)
          throw new Error(`first run created ${first.result.billsCreated} bills for ${d.units} units`);
        if (written.bills !== d.units || written.lines !== 3 * d.units)
          throw new Error(
            `expected ${d.units} bills and ${3 * d.units} lines (MGMT, ELEC, ELEC_SHARED), found ${written.bills} and ${written.lines}`,
          );
        if (written.billsFen !== written.linesFen || written.billsFen !== first.result.createdTotalFen)
          throw new Error(
            `totals disagree: bills ${written.billsFen}, lines ${written.linesFen}, run ${first.result.createdTotalFen}`,
          );
        if (written.entries !== d.units)
          throw new Error(`expected ${d.units} ledger entries, found ${written.entries}`);

        const second = await timedRun(deps, d, 'generateBills again (idempotent)');
        const after = await countRows(deps, d.projectId, d.period);
        if (second.result.billsCreated !== 0 || second.result.billsExisting !== d.units)
          throw new Error(
            `second run: ${second.result.billsCreated} created, ${second.result.billsExisting} existing`,
          );
        if (JSON.stringify(after) !== JSON.stringify(written))
          throw new Error(
            `second run changed the tables: ${JSON.stringify(written)} → ${JSON.stringify(after)}`,
          );

        const b1 = summarize(first.perBuilding);
        const b2 = summarize(second.perBuilding);
        const rowsWritten = written.bills + written.lines + written.entries;
        return {
          about:
            `generateBills (src/server/modules/billing/generate-bills.ts) called in this process as the system actor — the function behind POST …/billing/bill-runs and \`main.ts bill-run\`, without HTTP — for the whole project and month ${d.period}, ` +
            `on a fresh database holding only the bench project: ${fmtCount(d.units)} units in ${fmtCount(d.buildings)} buildings of ${UNITS_PER_BUILDING}, each unit with its owner as payer (${Math.round(MID_MONTH_SHARE * 100)} % from mid-month, prorated), ` +
            `an area management fee (2.35 元/m²), metered electricity (0.4883 元/kWh) with one meter per unit read once in the month, and one shared (公摊) meter per building split by area. ` +
            `One transaction per building. Then the same run again: every bill already exists, nothing is written.`,
          columns: ['Measure', 'Count', 'Seconds', 'Rate', 'per building p50 / p95 / max ms'],
          rows: [
            [
              `load the data set (raw multi-row INSERTs)`,
              `${fmtCount(d.rows)} rows`,
              d.loadSeconds.toFixed(1),
              `${fmtRate(d.rows / d.loadSeconds)} rows/s`,
              '',
            ],
            ['planner statistics after loading', '', d.analyzeSeconds.toFixed(1), '', ''],
            [
              `first run: bills created`,
              fmtCount(first.result.billsCreated),
              first.seconds.toFixed(2),
              `${fmtRate(first.result.billsCreated / first.seconds)} bills/s`,
              `${fmtMs(b1.p50)} / ${fmtMs(b1.p95)} / ${fmtMs(b1.max)}`,
            ],
            [
              `first run: bill lines written`,
              fmtCount(written.lines),
              '',
              `${fmtRate(written.lines / first.seconds)} lines/s`,
              '',
            ],
            [
              `first run: rows written (bills + lines + ledger entries)`,
              fmtCount(rowsWritten),
              '',
              `${fmtRate(rowsWritten / first.seconds)} rows/s`,
              '',
            ],
            [
              `second run (idempotent): bills found existing, nothing written`,
              fmtCount(second.result.billsExisting),
              second.seconds.toFixed(2),
              `${fmtRate(second.result.billsExisting / second.seconds)} bills/s`,
              `${fmtMs(b2.p50)} / ${fmtMs(b2.p95)} / ${fmtMs(b2.max)}`,
            ],
          ],
          checks: [],
          notes: [
            `Verified: ${fmtCount(written.bills)} bills with ${fmtCount(written.lines)} lines (management fee, own meter, 公摊 share per unit) and ${fmtCount(written.entries)} ledger entries; bill totals = line totals = the run's total (${fmtCount(written.billsFen / 100)} 元); the second run created 0 and left every table as it was.`,
            `Per building: the time between two progress callbacks, i.e. one building's reads, planning, INSERTs and commit (${UNITS_PER_BUILDING} bills, ${3 * UNITS_PER_BUILDING} lines).`,
            'The issue states no target time, so there is no Targets row: the numbers are for comparison between runs.',
          ],
        };
      } finally {
        await closeDeps(deps);
      }
    });
  },
};
