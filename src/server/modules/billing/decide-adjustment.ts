/**
 * The second person's decision on a reversal or deduction (FEE-6/ORG-2). Only a holder of
 * billing.approve (CS manager, project manager) who neither asked for it nor recorded the
 * original entry decides. Approval books the ledger entries in the same transaction that
 * takes the request out of 'pending' (an UPDATE … WHERE state = 'pending', so of two
 * approvals at once exactly one applies) and checks the entry or bill again on locked rows —
 * if it no longer holds (the bill was paid meanwhile, the entry already reversed) nothing is
 * written and the request stays pending for a rejection. A rejection needs a reason. The
 * requester is told the outcome.
 */
import { AppError } from '../../platform/errors.ts';
import { actorIdForHistory, type Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory } from '../../platform/history/record-history.ts';
import { notifyUsers } from '../../platform/notifications/index.ts';
import { requireBilling } from './access.ts';
import { announceBillingChange } from './live.ts';
import { loadAdjustment, notificationParams, requireReason, type AdjustmentDto } from './adjustments.ts';
import { bookDeduction, planDeduction } from './deduction.ts';
import { bookReversal, planReversal } from './reverse-entry.ts';
import { requireSeparateApprover } from '../../platform/access/separate-approver.ts';
import { billingDb, type BTrx, type LedgerAdjustmentsTable } from './tables.ts';

export type Decision = { approve: true; note?: string } | { approve: false; reason: string };

export async function decideAdjustment(
  deps: Deps,
  actor: Actor,
  projectId: string,
  adjustmentId: string,
  decision: Decision,
): Promise<AdjustmentDto> {
  requireBilling(actor, 'billing.approve', projectId);
  const note = decision.approve ? (decision.note?.trim() ?? '') : requireReason(decision.reason);
  const at = deps.clock.now();
  const db = billingDb(deps.db.k);
  await db.transaction().execute(async (trx) => {
    const a = await trx
      .selectFrom('ledger_adjustments')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('adjustment_id', '=', adjustmentId)
      .executeTakeFirst();
    if (!a) throw new AppError('NOT_FOUND', { params: { what: 'what.adjustment' } });
    // ORG-2's one rule: neither the requester nor whoever recorded the entry (nor anyone paired with them) decides.
    await requireSeparateApprover(trx, {
      requesters: [a.requested_by, await recordedBy(trx, a)],
      approver: actor.userId,
    });
    const state = decision.approve ? 'approved' : 'rejected';
    // Taken out of 'pending' first: a concurrent decision waits on this row, then finds it decided.
    const claimed = await trx
      .updateTable('ledger_adjustments')
      .set({
        state,
        decided_by: actorIdForHistory(actor),
        decided_at: at.toISOString(),
        decision_note: note || null,
      })
      .where('project_id', '=', projectId)
      .where('adjustment_id', '=', adjustmentId)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new AppError('CONFLICT', { key: 'adjustment.decided' });
    const resultEntryId = decision.approve ? await book(trx, deps, actor, a, at) : null;
    if (resultEntryId)
      await trx
        .updateTable('ledger_adjustments')
        .set({ result_entry_id: resultEntryId })
        .where('project_id', '=', projectId)
        .where('adjustment_id', '=', adjustmentId)
        .execute();
    await recordHistory(trx, {
      projectId,
      entityType: 'ledger_adjustment',
      entityId: adjustmentId,
      action: state,
      actor,
      at,
      before: { state: 'pending' },
      after: { state, resultEntryId },
      note,
    });
    const dto = await loadAdjustment(trx, projectId, adjustmentId);
    if (a.requested_by)
      await notifyUsers(trx, [a.requested_by], {
        projectId,
        kind: `fee.adjustment_${state}`,
        ticketId: null,
        params: notificationParams(dto),
        at,
      });
  });
  await announceBillingChange(deps, projectId, adjustmentId);
  return loadAdjustment(db, projectId, adjustmentId);
}

/** Who recorded what the adjustment undoes: the reversed entry, or the bill a deduction reduces. */
async function recordedBy(trx: BTrx, a: LedgerAdjustmentsTable): Promise<string | null> {
  if (a.kind === 'reversal' && a.entry_id) {
    const e = await trx
      .selectFrom('ledger_entries')
      .select('actor_id')
      .where('project_id', '=', a.project_id)
      .where('entry_id', '=', a.entry_id)
      .executeTakeFirst();
    return e?.actor_id ?? null;
  }
  if (a.bill_id) {
    const b = await trx
      .selectFrom('bills')
      .select('issued_by')
      .where('project_id', '=', a.project_id)
      .where('bill_id', '=', a.bill_id)
      .executeTakeFirst();
    return b?.issued_by ?? null;
  }
  return null;
}

/** Checks again on locked rows and books the entries; returns the adjusting entry's id. */
async function book(
  trx: BTrx,
  deps: Deps,
  actor: Actor,
  a: LedgerAdjustmentsTable,
  at: Date,
): Promise<string> {
  const dialect = deps.db.dialect;
  const booking = { projectId: a.project_id, reason: a.reason, at, actor };
  if (a.kind === 'reversal') {
    const e = await planReversal(trx, dialect, a.project_id, a.entry_id!);
    return (await bookReversal(trx, e, booking)).entryId;
  }
  const input = {
    billId: a.bill_id!,
    amountFen: -Number(a.amount_fen),
    reason: a.reason,
    depositId: a.deposit_id,
  };
  const bill = await planDeduction(trx, dialect, a.project_id, input);
  return (
    await bookDeduction(trx, dialect, bill, {
      ...booking,
      amountFen: input.amountFen,
      depositId: a.deposit_id,
    })
  ).entry.entryId;
}
