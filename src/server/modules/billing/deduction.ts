/**
 * Deductions (FEE-6): part of a bill taken off — either waived (减免, a reason required) or
 * settled from one of the customer's deposits (MVO-6: deposit less what is owed). The bill
 * row is locked so the deduction cannot exceed what is still owed.
 */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { requireBilling } from './access.ts';
import { releaseDeposit } from './deposits.ts';
import { appendEntry, billOutstanding, lockBill, requirePositiveFen, type EntryDto } from './ledger.ts';
import { yuan } from './rules.ts';
import { billingDb } from './tables.ts';

export interface DeductionInput {
  billId: string;
  amountFen: number;
  reason: string;
  /** Settle from this deposit instead of waiving. */
  depositId?: string;
}

export async function recordDeduction(deps: Deps, actor: Actor, projectId: string, input: DeductionInput): Promise<{ entry: EntryDto; depositEntry: EntryDto | null; outstandingFen: number }> {
  requireBilling(actor, 'billing.adjust', projectId);
  requirePositiveFen(input.amountFen);
  if (!input.reason.trim()) throw new AppError('VALIDATION', { fields: [{ path: 'reason', key: 'field.required' }] });
  const at = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      const bill = await lockBill(trx, deps.db.dialect, projectId, input.billId);
      if (!bill) throw new AppError('NOT_FOUND', { params: { what: 'what.bill' } });
      const outstanding = await billOutstanding(trx, projectId, bill.bill_id);
      if (outstanding <= 0) throw new AppError('CONFLICT', { key: 'bill.closed' });
      if (input.amountFen > outstanding) throw new AppError('UNPROCESSABLE', { key: 'bill.overpay', params: { outstanding: yuan(outstanding) }, fields: [{ path: 'amountFen', key: 'bill.overpay', params: { outstanding: yuan(outstanding) } }] });
      let depositEntry: EntryDto | null = null;
      if (input.depositId) {
        const dep = await trx.selectFrom('deposits').select('customer_id').where('project_id', '=', projectId).where('deposit_id', '=', input.depositId).executeTakeFirst();
        if (!dep || dep.customer_id !== bill.customer_id) throw new AppError('UNPROCESSABLE', { key: 'deposit.other_customer', fields: [{ path: 'depositId', key: 'deposit.other_customer' }] });
        depositEntry = await releaseDeposit(trx, { projectId, depositId: input.depositId, amountFen: input.amountFen, method: 'deduction', receiptNo: null, note: input.reason, at, actor, dialect: deps.db.dialect });
      }
      const entry = await appendEntry(trx, { projectId, book: 'fees', kind: 'deduction', amountFen: -input.amountFen, customerId: bill.customer_id, unitId: bill.unit_id, billId: bill.bill_id, method: input.depositId ? 'deposit' : null, note: input.reason, at, actor });
      return { entry, depositEntry, outstandingFen: outstanding - input.amountFen };
    });
}
