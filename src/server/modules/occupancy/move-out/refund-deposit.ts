/**
 * MVO-6: the cashier refunds the deposits within 15 working days after the inspection
 * passed. Refused while the customer owes anything — including the final bill, which the
 * next bill run issues for the days up to the billing end (settle it, or deduct it from
 * the deposit, first). The due date is tracked: a timer tells the cashier and the CS
 * supervisor when it passes unrefunded, and the list shows it overdue.
 */
import type { z } from '@hono/zod-openapi';
import { AppError } from '../../../platform/errors.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import type { TimerHandler } from '../../../platform/timers/sweeper.ts';
import { listBills, listDeposits, releaseDeposit } from '../../billing/index.ts';
import { billingDb } from '../../billing/index.ts';
import { notifyRoles } from '../../../platform/notifications/index.ts';
import { requireNothingOwed } from '../exit/arrears.ts';
import { periodOf, refundGaps } from '../exit/rules.ts';
import { occupancyDb, platformDb } from '../exit/tables.ts';
import { runStep } from '../exit/workflow.ts';
import { MOVE_OUT, loadMoveOut, moveOutContactView, type MoveOutDto } from './repo.ts';
import type { RefundBody } from './schema.ts';

/** Whether the final month of billing (the month of the billing end day) has its bill yet. */
async function finalBillIssued(
  deps: Deps,
  actor: Actor,
  projectId: string,
  m: { customerId: string; unitId: string; endDay: string | null },
): Promise<boolean> {
  if (!m.endDay) return true;
  const bills = await listBills(deps, actor, projectId, {
    period: periodOf(m.endDay),
    customerId: m.customerId,
  });
  return bills.rows.some((b) => b.unitId === m.unitId);
}

export async function refundMoveOutDeposit(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveOutId: string,
  input: z.infer<typeof RefundBody>,
): Promise<MoveOutDto> {
  const db = occupancyDb(deps.db.k);
  const current = await loadMoveOut(
    db,
    projectId,
    moveOutId,
    deps.clock.now(),
    moveOutContactView(actor, projectId),
  );
  // Read before the step's transaction: SQLite has one connection, held by that transaction.
  const finalBilled =
    current.state === 'completed' &&
    (await finalBillIssued(deps, actor, projectId, {
      customerId: current.customerId,
      unitId: current.unitId,
      endDay: current.completion?.billingEndDay ?? null,
    }));
  await runStep(
    deps,
    actor,
    MOVE_OUT,
    { projectId, id: moveOutId, step: 'refund_deposit' },
    async ({ trx, row, at, dialect }) => {
      if (row.deposit_refunded_at) throw new AppError('CONFLICT', { key: 'move_out.deposit_refunded' });
      if (!finalBilled)
        throw new AppError('UNPROCESSABLE', {
          key: 'move_out.final_bill_pending',
          params: { period: periodOf(String(row.billing_end_day)) },
        });
      const p = platformDb(trx);
      await requireNothingOwed(p, {
        projectId,
        customerId: row.customer_id,
        at,
        key: 'move_out.refund_owed',
      });
      const bdb = billingDb(p);
      // IC-card deposits go back with the card (parking returnCard); the rest held for this unit is refunded here.
      const held = (await listDeposits(bdb, projectId, row.customer_id)).filter(
        (d) => d.heldFen > 0 && d.kind !== 'ic_card' && (d.unitId === row.unit_id || d.unitId === null),
      );
      const gaps = refundGaps(
        held.map((d) => d.depositId),
        input.refunds.map((r) => r.depositId),
      );
      if (gaps.missing.length || gaps.unknown.length) {
        throw new AppError('UNPROCESSABLE', {
          key: 'move_out.refund_list',
          fields: [{ path: 'refunds', key: 'move_out.refund_list' }],
          details: { held: held.map((d) => ({ depositId: d.depositId, kind: d.kind, heldFen: d.heldFen })) },
        });
      }
      let total = 0;
      for (const r of input.refunds) {
        const d = held.find((h) => h.depositId === r.depositId)!;
        await releaseDeposit(bdb, {
          projectId,
          depositId: d.depositId,
          amountFen: d.heldFen,
          method: input.method,
          receiptNo: r.receiptNo,
          note: input.note || `move-out ${moveOutId}`,
          at,
          actor,
          dialect,
        });
        total += d.heldFen;
      }
      return {
        set: { deposit_refunded_at: at.toISOString(), deposit_refunded_fen: total },
        after: { refundedFen: total, deposits: input.refunds.length },
      };
    },
  );
  return loadMoveOut(db, projectId, moveOutId, deps.clock.now(), moveOutContactView(actor, projectId));
}

/** The due date passed: unless refunded by then, the cashier and the CS supervisor are told it is overdue. */
export const depositDueHandler: TimerHandler = async (trx0, timer, now) => {
  const trx = occupancyDb(trx0);
  const m = await trx
    .selectFrom('move_outs as m')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'm.project_id').onRef('u.unit_id', '=', 'm.unit_id'),
    )
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'm.project_id').onRef('c.customer_id', '=', 'm.customer_id'),
    )
    .select(['m.deposit_refunded_at', 'm.deposit_due_on', 'u.code', 'c.name'])
    .where('m.project_id', '=', timer.projectId)
    .where('m.move_out_id', '=', timer.entityId)
    .executeTakeFirst();
  if (!m || m.deposit_refunded_at) return;
  await notifyRoles(trx0, {
    projectId: timer.projectId,
    roles: ['cashier', 'cs_supervisor'],
    kind: 'move_out.deposit_overdue',
    ticketId: null,
    params: { unit: m.code, customer: m.name, dueOn: String(m.deposit_due_on) },
    at: now,
  });
};
