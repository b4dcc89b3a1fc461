/**
 * A service desk at scale: N tickets of the demo CAMPUS project written straight into the
 * database (see ticket-rows.ts for what they look like), with their timeline entries and,
 * for open tickets, deadlines and timers; then the day counters intake numbers continue
 * from, and fresh planner statistics. Multi-row INSERTs in transactions of CHUNK tickets,
 * through the raw driver, with a progress bar; the load rate is part of the report.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/platform/db/schema.ts';
import type { Deps } from '../../src/server/platform/http/context.ts';
import type { DatabaseKind } from './databases.ts';
import { bulkWriter } from './bulk-insert.ts';
import { progress } from './progress.ts';
import { seededRandom } from './seeded-random.ts';
import { fmtCount, fmtRate } from './stats.ts';
import { ticketFactory, type DepartmentCode, type ProjectRefs, type StaffName } from './ticket-rows.ts';

/** 100 k on SQLite and 1 M on PostgreSQL: the sizes ARCHITECTURE.md states the queue target at. */
export function datasetSize(kind: DatabaseKind, quick: boolean): number {
  if (quick) return 5_000;
  return kind === 'postgres' ? 1_000_000 : 100_000;
}

export interface TicketDataset {
  projectId: string;
  tickets: number;
  open: number;
  /** Open tickets whose next deadline has passed (the queue's overdue=1). */
  overdue: number;
  /** Every row written: tickets, timeline entries, deadlines, timers, counters. */
  rows: number;
  loadSeconds: number;
  analyzeSeconds: number;
}

const CHUNK = 10_000;
const SEED = 20261125;
const STAFF: readonly StaffName[] = [
  'clerk',
  'supervisor',
  'nightmgr',
  'engineer',
  'engineer2',
  'guard',
  'cleaner',
];
const DEPARTMENTS: readonly DepartmentCode[] = [
  'cs',
  'engineering',
  'security',
  'cleaning',
  'leasing',
  'admin',
];

export async function projectRefs(db: Kysely<Database>, code = 'CAMPUS'): Promise<ProjectRefs> {
  const project = await db
    .selectFrom('projects')
    .select(['project_id', 'time_zone'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  const units = await db
    .selectFrom('units')
    .select(['unit_id', 'building_id'])
    .where('project_id', '=', project.project_id)
    .orderBy('unit_id')
    .execute();
  const users = await db
    .selectFrom('users')
    .select(['user_id', 'username'])
    .where('username', 'in', STAFF)
    .execute();
  const depts = await db
    .selectFrom('departments')
    .select(['department_id', 'code'])
    .where('project_id', '=', project.project_id)
    .where('code', 'in', DEPARTMENTS)
    .execute();
  const byName = Object.fromEntries(users.map((u) => [u.username, u.user_id]));
  const byCode = Object.fromEntries(depts.map((d) => [d.code, d.department_id]));
  for (const s of STAFF)
    if (!byName[s]) throw new Error(`demo user ${s} missing: the data set needs the demo company`);
  for (const d of DEPARTMENTS) if (!byCode[d]) throw new Error(`department ${d} missing in ${code}`);
  if (units.length === 0) throw new Error(`project ${code} has no units`);
  return {
    projectId: project.project_id,
    timeZone: project.time_zone,
    units: units.map((u) => ({ unitId: u.unit_id, buildingId: u.building_id })),
    users: byName as Record<StaffName, string>,
    departments: byCode as Record<DepartmentCode, string>,
  };
}

/** Values of `row` in the order of `columns`: the writer's positional form. */
function values(row: object, columns: readonly string[]): unknown[] {
  const r = row as Record<string, unknown>;
  return columns.map((c) => r[c]);
}

/** Loads `count` tickets into the CAMPUS project of an open, demo-seeded database. */
export async function loadTicketDataset(deps: Deps, count: number): Promise<TicketDataset> {
  const refs = await projectRefs(deps.db.k);
  const factory = ticketFactory(refs, seededRandom(SEED), count, deps.clock.now());
  const writer = await bulkWriter(deps.db);
  let open = 0;
  let overdue = 0;
  let rows = 0;
  const startedAt = performance.now();
  try {
    const bar = progress(`generate ${fmtCount(count)} tickets`, count);
    let columns: Record<'ticket' | 'event' | 'deadline' | 'timer', string[]> | undefined;
    for (let done = 0; done < count;) {
      const n = Math.min(CHUNK, count - done);
      const batch = {
        ticket: [] as unknown[][],
        event: [] as unknown[][],
        deadline: [] as unknown[][],
        timer: [] as unknown[][],
      };
      for (let j = 0; j < n; j++) {
        const g = factory.next();
        // Column lists come from the typed rows themselves, so a column added to the schema types is written too.
        columns ??= { ticket: Object.keys(g.ticket), event: Object.keys(g.event), deadline: [], timer: [] };
        batch.ticket.push(values(g.ticket, columns.ticket));
        batch.event.push(values(g.event, columns.event));
        if (g.deadline && g.timer) {
          if (columns.deadline.length === 0) columns.deadline = Object.keys(g.deadline);
          if (columns.timer.length === 0) columns.timer = Object.keys(g.timer);
          batch.deadline.push(values(g.deadline, columns.deadline));
          batch.timer.push(values(g.timer, columns.timer));
          open++;
          if (g.deadline.status === 'breached') overdue++;
        }
      }
      const c = columns!;
      await writer.transaction(async () => {
        await writer.insert('tickets', c.ticket, batch.ticket);
        await writer.insert('ticket_events', c.event, batch.event);
        if (batch.deadline.length) await writer.insert('ticket_deadlines', c.deadline, batch.deadline);
        if (batch.timer.length) await writer.insert('timers', c.timer, batch.timer);
      });
      rows += batch.ticket.length + batch.event.length + batch.deadline.length + batch.timer.length;
      done += n;
      bar.set(done);
    }
    const counters = [...factory.counters()].map(([day, value]) => [refs.projectId, `ticket:${day}`, value]);
    await writer.transaction(() => writer.insert('counters', ['project_id', 'scope', 'value'], counters));
    rows += counters.length;
    bar.done();
    const loadSeconds = (performance.now() - startedAt) / 1000;

    const analyzeBar = progress(deps.db.dialect === 'postgres' ? 'VACUUM (ANALYZE)' : 'ANALYZE', 1);
    const analyzedAt = performance.now();
    // PostgreSQL: autovacuum would process a million fresh rows soon anyway (and in the middle of
    // a measurement); doing it now also sets the visibility map, as on a table in steady use.
    await writer.exec(deps.db.dialect === 'postgres' ? 'VACUUM (ANALYZE)' : 'ANALYZE');
    analyzeBar.tick();
    analyzeBar.done();
    return {
      projectId: refs.projectId,
      tickets: count,
      open,
      overdue,
      rows,
      loadSeconds,
      analyzeSeconds: (performance.now() - analyzedAt) / 1000,
    };
  } finally {
    await writer.release();
  }
}

/** The report-table rows describing a loaded data set (LATENCY_COLUMNS layout). */
export function datasetRows(d: TicketDataset): string[][] {
  return [
    [
      `generate ${fmtCount(d.tickets)} tickets (+ timeline, deadlines, timers)`,
      fmtCount(d.rows),
      `${fmtRate(d.rows / d.loadSeconds)} rows/s`,
      '',
      '',
      '',
      '—',
    ],
    ['planner statistics after loading', '', `${d.analyzeSeconds.toFixed(1)} s`, '', '', '', '—'],
  ];
}

/** One sentence for a scenario's notes: what the data set holds. */
export function describeDataset(d: TicketDataset): string {
  return (
    `Data set: ${fmtCount(d.tickets)} CAMPUS tickets over two years (repair 50 %, complaint 15 %, request 15 %, inquiry 15 %, message 5 %), ` +
    `${fmtCount(d.open)} open (${((d.open / d.tickets) * 100).toFixed(1)} %, ${fmtCount(d.overdue)} of them overdue), each with its 'received' timeline entry; open ones with their next deadline and timer. ` +
    `Loaded in ${d.loadSeconds.toFixed(1)} s (${fmtRate(d.tickets / d.loadSeconds)} tickets/s) by multi-row INSERTs in transactions of ${fmtCount(CHUNK)} tickets, then ${d.analyzeSeconds.toFixed(1)} s of planner statistics.`
  );
}
