/**
 * FEE-3 runs by itself: a bill run schedules, per due date, two durable timers (deduped on
 * the date, so ten bill runs with the same due date still schedule two). At 09:00 three
 * days before, the unpaid bills of that due date are put on the CS board (a notice row per
 * bill, stage unpaid_list) and CS is told; at 09:00 one day before, a second reminder notice
 * is generated for every bill still unpaid and the project manager is told.
 */
import { instantAt } from '../../platform/calendar/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { scheduleTimer } from '../../platform/timers/schedule.ts';
import type { TimerHandler } from '../../platform/timers/sweeper.ts';
import { notifyRoles } from '../../platform/notifications/index.ts';
import { requireBilling } from './access.ts';
import { announceBillingChange } from './live.ts';
import { reminderDays, REMINDER_TIME } from './rules.ts';
import { billingDb, type BDbOrTrx } from './tables.ts';
import type { UnpaidBill } from './statement.contract.ts';

export type { UnpaidBill };

export const DUE_REMINDER_TIMER = 'billing.due_reminder';
export type ReminderStage = 'unpaid_list' | 'second';

export async function scheduleDueReminders(
  db: BDbOrTrx,
  projectId: string,
  dueDate: string,
  timeZone: string,
  now: Date,
): Promise<void> {
  const days = reminderDays(dueDate);
  const stages: [ReminderStage, string][] = [
    ['unpaid_list', days.unpaidList],
    ['second', days.secondNotice],
  ];
  for (const [stage, day] of stages) {
    // A run made later than the reminder day still gets its reminder, at the next sweep.
    await scheduleTimer(db, {
      projectId,
      kind: DUE_REMINDER_TIMER,
      entityType: 'project',
      entityId: projectId,
      dedupeKey: `${dueDate}:${stage}`,
      dueAt: instantAt(day, REMINDER_TIME, timeZone),
      payload: { dueDate, stage },
      now,
    });
  }
}

/** Bills of a due date with money still owed on them, by unit. */
export async function unpaidBills(db: BDbOrTrx, projectId: string, dueDate: string): Promise<UnpaidBill[]> {
  const rows = await db
    .selectFrom('bills as b')
    .innerJoin('ledger_entries as e', (j) =>
      j.onRef('e.project_id', '=', 'b.project_id').onRef('e.bill_id', '=', 'b.bill_id'),
    )
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'b.project_id').onRef('c.customer_id', '=', 'b.customer_id'),
    )
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'b.project_id').onRef('u.unit_id', '=', 'b.unit_id'),
    )
    .leftJoin('reminder_notices as n', (j) =>
      j
        .onRef('n.project_id', '=', 'b.project_id')
        .onRef('n.bill_id', '=', 'b.bill_id')
        .on('n.stage', '=', 'second'),
    )
    .select([
      'b.bill_id',
      'b.customer_id',
      'c.name',
      'c.company',
      'b.unit_id',
      'u.code',
      'b.period',
      'b.due_date',
      'n.created_at',
    ])
    .select((eb) => eb.fn.sum<string | number>('e.amount_fen').as('outstanding'))
    .where('b.project_id', '=', projectId)
    .where('b.due_date', '=', dueDate)
    .where('e.book', '=', 'fees')
    .groupBy([
      'b.bill_id',
      'b.customer_id',
      'c.name',
      'c.company',
      'b.unit_id',
      'u.code',
      'b.period',
      'b.due_date',
      'n.created_at',
    ])
    .having((eb) => eb.fn.sum('e.amount_fen'), '>', 0)
    .orderBy('u.code')
    .execute();
  return rows.map((r) => ({
    billId: r.bill_id,
    customerId: r.customer_id,
    customerName: r.name,
    company: r.company,
    unitId: r.unit_id,
    unitCode: r.code,
    period: r.period,
    dueDate: String(r.due_date),
    outstandingFen: Number(r.outstanding),
    secondNoticeAt: r.created_at ?? null,
  }));
}

/** The CS board's unpaid list for a due date. */
export async function unpaidList(
  deps: Deps,
  actor: Actor,
  projectId: string,
  dueDate: string,
): Promise<{ dueDate: string; totalFen: number; items: UnpaidBill[] }> {
  requireBilling(actor, 'billing.read', projectId);
  const items = await unpaidBills(billingDb(deps.db.k), projectId, dueDate);
  return { dueDate, totalFen: items.reduce((s, b) => s + b.outstandingFen, 0), items };
}

/** The FEE-3 timer; once its notices are committed, open browsers' bells refresh (billing.changed). */
export const dueReminderHandler =
  (deps: Deps): TimerHandler =>
  async (trx0, timer, now) => {
    const trx = billingDb(trx0);
    const dueDate = String(timer.payload.dueDate);
    const stage = timer.payload.stage as ReminderStage;
    const unpaid = await unpaidBills(trx, timer.projectId, dueDate);
    if (unpaid.length) {
      await trx
        .insertInto('reminder_notices')
        .values(
          unpaid.map((b) => ({
            project_id: timer.projectId,
            notice_id: newId(now.getTime()),
            bill_id: b.billId,
            stage,
            due_date: dueDate,
            outstanding_fen: b.outstandingFen,
            created_at: now.toISOString(),
          })),
        )
        .onConflict((oc) => oc.columns(['project_id', 'bill_id', 'stage']).doNothing())
        .execute();
    }
    const params = { dueDate, count: unpaid.length, total: unpaid.reduce((s, b) => s + b.outstandingFen, 0) };
    // Nobody is paged about an empty list; the notices table still shows the run happened (none due).
    if (unpaid.length === 0) return;
    if (stage === 'unpaid_list')
      await notifyRoles(trx0, {
        projectId: timer.projectId,
        roles: ['cs_clerk', 'cs_supervisor', 'cs_manager', 'cashier'],
        kind: 'fee.unpaid_list',
        ticketId: null,
        params,
        at: now,
      });
    else
      await notifyRoles(trx0, {
        projectId: timer.projectId,
        roles: ['project_manager'],
        kind: 'fee.second_notice',
        ticketId: null,
        params,
        at: now,
      });
    return () => announceBillingChange(deps, timer.projectId, dueDate);
  };
