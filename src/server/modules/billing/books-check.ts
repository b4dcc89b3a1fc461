/**
 * The nightly proof that the books balance (FEE-6). Because balances are never stored,
 * what can go wrong is an entry that contradicts its document; each rule below is one
 * such contradiction, and an empty list of problems is the proof. The result is recorded
 * (books_checks) and, when something is wrong, the project manager and cashier are told.
 */
import { sql } from 'kysely';
import {
  addDays,
  instantAt,
  localDay,
  PROJECT_CLOCK_COLUMNS,
  projectClockOf,
} from '../../platform/calendar/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { scheduleTimer } from '../../platform/timers/schedule.ts';
import type { TimerHandler } from '../../platform/timers/sweeper.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { notifyRoles } from '../../platform/notifications/index.ts';
import { requireBilling } from './access.ts';
import { billingDb, type BDbOrTrx } from './tables.ts';
import type { BooksReport } from './statement.contract.ts';

export type { BooksReport };
type BooksProblem = BooksReport['problems'][number];

export const BOOKS_CHECK_TIMER = 'billing.books_check';
export const BOOKS_CHECK_TIME = '02:00';

const n = (v: unknown) => Number(v ?? 0);

export async function checkBooks(db: BDbOrTrx, projectId: string): Promise<BooksReport> {
  const problems: BooksProblem[] = [];
  const lineSums = await db
    .selectFrom('bills as b')
    .leftJoin('bill_lines as l', (j) =>
      j.onRef('l.project_id', '=', 'b.project_id').onRef('l.bill_id', '=', 'b.bill_id'),
    )
    .select(['b.bill_id', 'b.total_fen'])
    .select(sql<string | number>`coalesce(sum(l.amount_fen), 0)`.as('lines'))
    .where('b.project_id', '=', projectId)
    .groupBy(['b.bill_id', 'b.total_fen'])
    .execute();
  for (const r of lineSums)
    if (n(r.lines) !== n(r.total_fen))
      problems.push({ rule: 'bill_lines_total', id: r.bill_id, fen: n(r.lines) - n(r.total_fen) });

  const entrySums = await db
    .selectFrom('bills as b')
    .leftJoin('ledger_entries as e', (j) =>
      j.onRef('e.project_id', '=', 'b.project_id').onRef('e.bill_id', '=', 'b.bill_id'),
    )
    .select(['b.bill_id', 'b.total_fen'])
    .select(
      sql<string | number>`coalesce(sum(case when e.kind = 'bill' then e.amount_fen else 0 end), 0)`.as(
        'charged',
      ),
    )
    .select(sql<string | number>`count(case when e.kind = 'bill' then 1 end)`.as('charges'))
    .select(sql<string | number>`coalesce(sum(e.amount_fen), 0)`.as('outstanding'))
    .where('b.project_id', '=', projectId)
    .groupBy(['b.bill_id', 'b.total_fen'])
    .execute();
  for (const r of entrySums) {
    if (n(r.charges) !== 1 || n(r.charged) !== n(r.total_fen))
      problems.push({ rule: 'bill_entry', id: r.bill_id, fen: n(r.charged) - n(r.total_fen) });
    if (n(r.outstanding) < 0) problems.push({ rule: 'bill_overpaid', id: r.bill_id, fen: n(r.outstanding) });
  }

  const reversals = await db
    .selectFrom('ledger_entries as r')
    .innerJoin('ledger_entries as o', (j) =>
      j.onRef('o.project_id', '=', 'r.project_id').onRef('o.entry_id', '=', 'r.reversal_of'),
    )
    .select([
      'r.entry_id',
      'r.amount_fen as ra',
      'o.amount_fen as oa',
      'r.customer_id as rc',
      'o.customer_id as oc',
      'r.book as rb',
      'o.book as ob',
      'r.bill_id as rbill',
      'o.bill_id as obill',
    ])
    .where('r.project_id', '=', projectId)
    .where('r.kind', '=', 'reversal')
    .execute();
  for (const r of reversals) {
    if (n(r.ra) !== -n(r.oa) || r.rc !== r.oc || r.rb !== r.ob || r.rbill !== r.obill)
      problems.push({ rule: 'reversal_mismatch', id: r.entry_id, fen: n(r.ra) + n(r.oa) });
  }

  const deposits = await db
    .selectFrom('ledger_entries')
    .select('deposit_id')
    .select(sql<string | number>`sum(amount_fen)`.as('s'))
    .where('project_id', '=', projectId)
    .where('book', '=', 'deposits')
    .groupBy('deposit_id')
    .execute();
  for (const d of deposits)
    if (n(d.s) > 0) problems.push({ rule: 'deposit_negative', id: String(d.deposit_id), fen: -n(d.s) });

  // Credit applied to a bill is written as a +/− pair; per payer and unit the pairs cancel.
  const pairs = await db
    .selectFrom('ledger_entries')
    .select(['customer_id', 'unit_id'])
    .select(sql<string | number>`sum(amount_fen)`.as('s'))
    .where('project_id', '=', projectId)
    .where('method', '=', 'prepaid')
    .where('kind', '!=', 'reversal')
    .groupBy(['customer_id', 'unit_id'])
    .execute();
  for (const p of pairs)
    if (n(p.s) !== 0)
      problems.push({ rule: 'prepaid_pair', id: `${p.customer_id}/${p.unit_id}`, fen: n(p.s) });

  const totals = await db
    .selectFrom('ledger_entries')
    .select(
      sql<string | number>`coalesce(sum(case when book = 'fees' then amount_fen else 0 end), 0)`.as('fees'),
    )
    .select(
      sql<string | number>`coalesce(sum(case when book = 'deposits' then amount_fen else 0 end), 0)`.as(
        'deposits',
      ),
    )
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return {
    ok: problems.length === 0,
    problems,
    feesBalanceFen: n(totals?.fees),
    depositsHeldFen: -n(totals?.deposits),
  };
}

export async function runBooksCheck(deps: Deps, actor: Actor, projectId: string): Promise<BooksReport> {
  requireBilling(actor, 'billing.read', projectId);
  return checkBooks(billingDb(deps.db.k), projectId);
}

async function scheduleCheck(
  db: DbOrTrx,
  projectId: string,
  day: string,
  timeZone: string,
  now: Date,
): Promise<void> {
  await scheduleTimer(db, {
    projectId,
    kind: BOOKS_CHECK_TIMER,
    entityType: 'project',
    entityId: projectId,
    dedupeKey: day,
    dueAt: instantAt(day, BOOKS_CHECK_TIME, timeZone),
    payload: { day },
    now,
  });
}

/** Fires at 02:00 project time: checks, records, tells people if it failed, sets tomorrow's. */
export const booksCheckHandler: TimerHandler = async (trx0, timer, now) => {
  const trx = billingDb(trx0);
  const p = await trx
    .selectFrom('projects')
    .select([...PROJECT_CLOCK_COLUMNS, 'active'])
    .where('project_id', '=', timer.projectId)
    .executeTakeFirst();
  if (!p || p.active !== 1) return;
  const report = await checkBooks(trx, timer.projectId);
  const day = String(timer.payload.day);
  await trx
    .insertInto('books_checks')
    .values({
      project_id: timer.projectId,
      check_id: newId(now.getTime()),
      day,
      ok: report.ok ? 1 : 0,
      details_json: JSON.stringify(report),
      created_at: now.toISOString(),
    })
    .execute();
  if (!report.ok)
    await notifyRoles(trx0, {
      projectId: timer.projectId,
      roles: ['project_manager', 'cashier'],
      kind: 'fee.books_unbalanced',
      ticketId: null,
      params: { day, problems: report.problems.length },
      at: now,
    });
  const { timeZone } = projectClockOf(trx0, p);
  let next = addDays(day, 1);
  while (instantAt(next, BOOKS_CHECK_TIME, timeZone) <= now) next = addDays(next, 1);
  await scheduleCheck(trx, timer.projectId, next, timeZone, now);
};

/** Starts each active project's nightly chain (call at server start; a second call is a no-op). */
export async function ensureBooksCheckTimers(db: DbOrTrx, now: Date): Promise<void> {
  const projects = await db
    .selectFrom('projects')
    .select(PROJECT_CLOCK_COLUMNS)
    .where('active', '=', 1)
    .execute();
  for (const p of projects) {
    const { timeZone } = projectClockOf(db, p);
    let day = localDay(now, timeZone);
    while (instantAt(day, BOOKS_CHECK_TIME, timeZone) <= now) day = addDays(day, 1);
    await scheduleCheck(db, p.project_id, day, timeZone, now);
  }
}
