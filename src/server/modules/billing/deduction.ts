/**
 * Deductions (FEE-6): part of a bill taken off — either waived (减免, a reason required) or
 * settled from one of the customer's deposits (MVO-6: deposit less what is owed). The bill
 * row is locked so the deduction cannot exceed what is still owed.
 *
 * A deduction needs a second person (FEE-6/ORG-2): `requestDeduction` only records the
 * request (adjustments.ts) — the bill stays payable in full meanwhile; `bookDeduction` writes
 * the entries when it is approved, after `planDeduction` has checked the bill again.
 */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import type { Deps } from '../../platform/http/context.ts';
import { requireBilling } from './access.ts';
import { recordAdjustmentRequest, requireReason, type AdjustmentDto } from './adjustments.ts';
import { releaseDeposit } from './deposits.ts';
import {
  appendEntry,
  billOutstanding,
  depositHeld,
  lockBill,
  requirePositiveFen,
  type EntryDto,
} from './ledger.ts';
import { yuan } from './rules.ts';
import type { BDbOrTrx, BillsTable } from './tables.ts';

export interface DeductionInput {
  billId: string;
  amountFen: number;
  reason: string;
  /** Settle from this deposit instead of waiving. */
  depositId?: string | null;
}

/**
 * The bill a deduction would reduce, once the amount fits what is still owed (and what the
 * deposit holds); throws the user's error otherwise. Inside a transaction: the bill row is locked.
 */
export async function planDeduction(
  trx: BDbOrTrx,
  dialect: Dialect,
  projectId: string,
  input: DeductionInput,
): Promise<BillsTable> {
  const bill = await lockBill(trx, dialect, projectId, input.billId);
  if (!bill) throw new AppError('NOT_FOUND', { params: { what: 'what.bill' } });
  const outstanding = await billOutstanding(trx, projectId, bill.bill_id);
  if (outstanding <= 0) throw new AppError('CONFLICT', { key: 'adjustment.bill_settled' });
  if (input.amountFen > outstanding)
    throw new AppError('UNPROCESSABLE', {
      key: 'bill.overpay',
      params: { outstanding: yuan(outstanding) },
      fields: [{ path: 'amountFen', key: 'bill.overpay', params: { outstanding: yuan(outstanding) } }],
    });
  if (input.depositId) {
    const dep = await trx
      .selectFrom('deposits')
      .select('customer_id')
      .where('project_id', '=', projectId)
      .where('deposit_id', '=', input.depositId)
      .executeTakeFirst();
    if (!dep || dep.customer_id !== bill.customer_id)
      throw new AppError('UNPROCESSABLE', {
        key: 'deposit.other_customer',
        fields: [{ path: 'depositId', key: 'deposit.other_customer' }],
      });
    const held = await depositHeld(trx, projectId, input.depositId);
    if (input.amountFen > held)
      throw new AppError('UNPROCESSABLE', {
        key: 'deposit.exceeds_held',
        params: { held: yuan(held) },
        fields: [{ path: 'amountFen', key: 'deposit.exceeds_held', params: { held: yuan(held) } }],
      });
  }
  return bill;
}

/** The deduction entry (and the deposit's release when settled from one), booked by the approver. */
export async function bookDeduction(
  trx: BDbOrTrx,
  dialect: Dialect,
  bill: BillsTable,
  d: {
    projectId: string;
    amountFen: number;
    depositId: string | null;
    reason: string;
    at: Date;
    actor: Actor;
  },
): Promise<{ entry: EntryDto; depositEntry: EntryDto | null }> {
  const depositEntry = d.depositId
    ? await releaseDeposit(trx, {
        projectId: d.projectId,
        depositId: d.depositId,
        amountFen: d.amountFen,
        method: 'deduction',
        receiptNo: null,
        note: d.reason,
        at: d.at,
        actor: d.actor,
        dialect,
      })
    : null;
  const entry = await appendEntry(trx, {
    projectId: d.projectId,
    book: 'fees',
    kind: 'deduction',
    amountFen: -d.amountFen,
    customerId: bill.customer_id,
    unitId: bill.unit_id,
    billId: bill.bill_id,
    method: d.depositId ? 'deposit' : null,
    note: d.reason,
    at: d.at,
    actor: d.actor,
  });
  return { entry, depositEntry };
}

/** Asks for part of a bill to be taken off: checked now, booked only when a second person approves. */
export async function requestDeduction(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: DeductionInput,
): Promise<AdjustmentDto> {
  requireBilling(actor, 'billing.adjust', projectId);
  requirePositiveFen(input.amountFen);
  const reason = requireReason(input.reason);
  return recordAdjustmentRequest(deps, actor, projectId, async (trx) => {
    const bill = await planDeduction(trx, deps.db.dialect, projectId, input);
    return {
      kind: 'deduction',
      customerId: bill.customer_id,
      unitId: bill.unit_id,
      billId: bill.bill_id,
      entryId: null,
      depositId: input.depositId ?? null,
      amountFen: -input.amountFen,
      reason,
      recordedBy: bill.issued_by,
    };
  });
}
