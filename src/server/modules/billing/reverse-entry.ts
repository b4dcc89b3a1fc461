/**
 * Corrections (FEE-6, ARCHITECTURE "nothing lost"): a wrong entry is never edited; a
 * reversal entry of the opposite amount cancels it, pointing at it (reversal_of is unique,
 * so an entry is reversed once). A bill's charge may be reversed only while nothing has
 * been paid or deducted on it, and a deposit movement only if the deposit stays ≥ 0.
 *
 * A reversal needs a second person (FEE-6/ORG-2): `requestReversal` only records the request
 * (adjustments.ts); the reversal entry is booked by `bookReversal` when it is approved, after
 * `planReversal` has checked everything again on the locked rows.
 */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import type { Deps } from '../../platform/http/context.ts';
import { requireBilling } from './access.ts';
import { recordAdjustmentRequest, requireReason, type AdjustmentDto } from './adjustments.ts';
import {
  appendEntry,
  billOutstanding,
  depositHeld,
  lockBill,
  lockCustomer,
  toEntryDto,
  type EntryDto,
} from './ledger.ts';
import type { BDbOrTrx } from './tables.ts';

/**
 * The entry a reversal would cancel, once every rule allows it; throws the user's error
 * otherwise. Inside a transaction: the bill and customer rows are locked first.
 */
export async function planReversal(
  trx: BDbOrTrx,
  dialect: Dialect,
  projectId: string,
  entryId: string,
): Promise<EntryDto> {
  const row = await trx
    .selectFrom('ledger_entries')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('entry_id', '=', entryId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { params: { what: 'what.ledger_entry' } });
  const e = toEntryDto(row);
  if (e.kind === 'reversal') throw new AppError('UNPROCESSABLE', { key: 'ledger.reverse_reversal' });
  // Credit applied to a bill is a pair of entries the bill run wrote; undoing one half would unbalance them.
  if (e.method === 'prepaid') throw new AppError('UNPROCESSABLE', { key: 'ledger.system_entry' });
  if (e.billId) await lockBill(trx, dialect, projectId, e.billId);
  await lockCustomer(trx, dialect, projectId, e.customerId);
  const done = await trx
    .selectFrom('ledger_entries')
    .select('entry_id')
    .where('project_id', '=', projectId)
    .where('reversal_of', '=', e.entryId)
    .executeTakeFirst();
  if (done) throw new AppError('CONFLICT', { key: 'ledger.already_reversed' });
  if (e.kind === 'bill' && e.billId && (await billOutstanding(trx, projectId, e.billId)) !== e.amountFen)
    throw new AppError('UNPROCESSABLE', { key: 'ledger.bill_has_payments' });
  if (
    e.book === 'deposits' &&
    e.depositId &&
    e.amountFen < 0 &&
    (await depositHeld(trx, projectId, e.depositId)) + e.amountFen < 0
  )
    throw new AppError('UNPROCESSABLE', { key: 'ledger.deposit_used' });
  return e;
}

/** The reversing entry itself, booked by the approver of the request. */
export function bookReversal(
  trx: BDbOrTrx,
  e: EntryDto,
  b: { projectId: string; reason: string; at: Date; actor: Actor },
): Promise<EntryDto> {
  return appendEntry(trx, {
    projectId: b.projectId,
    book: e.book,
    kind: 'reversal',
    amountFen: -e.amountFen,
    customerId: e.customerId,
    unitId: e.unitId,
    billId: e.billId,
    depositId: e.depositId,
    reversalOf: e.entryId,
    method: e.method,
    note: b.reason,
    at: b.at,
    actor: b.actor,
  });
}

/** Asks for an entry to be reversed: checked now, booked only when a second person approves. */
export async function requestReversal(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: { entryId: string; reason: string },
): Promise<AdjustmentDto> {
  requireBilling(actor, 'billing.adjust', projectId);
  const reason = requireReason(input.reason);
  return recordAdjustmentRequest(deps, actor, projectId, async (trx) => {
    const e = await planReversal(trx, deps.db.dialect, projectId, input.entryId);
    const open = await trx
      .selectFrom('ledger_adjustments')
      .select('adjustment_id')
      .where('project_id', '=', projectId)
      .where('entry_id', '=', e.entryId)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    if (open) throw new AppError('CONFLICT', { key: 'adjustment.pending_exists' });
    return {
      kind: 'reversal',
      customerId: e.customerId,
      unitId: e.unitId,
      billId: e.billId,
      entryId: e.entryId,
      depositId: null,
      amountFen: -e.amountFen,
      reason,
      recordedBy: e.actorId,
    };
  });
}
