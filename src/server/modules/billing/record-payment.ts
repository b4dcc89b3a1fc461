/**
 * The cashier takes money (FEE-6): a payment against a bill, or a prepayment held as
 * credit on a unit (HND-3/TRF-1: six months ahead at handover), which later bills use up.
 * A bill can never be paid beyond what it still owes — two cashiers paying the same bill
 * at once are serialised on the bill row, and the second sees the first's payment.
 */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { requireBilling } from './access.ts';
import { announceBillingChange } from './live.ts';
import {
  appendEntry,
  billOutstanding,
  lockBill,
  requirePositiveFen,
  type EntryDto,
  type PayMethod,
} from './ledger.ts';
import { takePrepayment } from './take-prepayment.ts';
import { requireCustomer } from './lookups.ts';
import { yuan } from './rules.ts';
import { billingDb } from './tables.ts';
import type { PaymentInput, PaymentResult, PrepaymentInput } from './payments.contract.ts';

export type { PaymentInput, PaymentResult, PrepaymentInput };

/** @example await recordPayment(deps, actor, projectId, { billId, customerId, amountFen: 105769, method: 'cash', receiptNo: 'R-0001' }) */
export async function recordPayment(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: PaymentInput,
): Promise<PaymentResult> {
  requireBilling(actor, 'billing.collect', projectId);
  requirePositiveFen(input.amountFen);
  const now = deps.clock.now();
  const result = await billingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      const bill = await lockBill(trx, deps.db.dialect, projectId, input.billId);
      if (!bill) throw new AppError('NOT_FOUND', { params: { what: 'what.bill' } });
      if (bill.customer_id !== input.customerId)
        throw new AppError('UNPROCESSABLE', {
          key: 'bill.other_customer',
          fields: [{ path: 'customerId', key: 'bill.other_customer' }],
        });
      const outstanding = await billOutstanding(trx, projectId, bill.bill_id);
      if (outstanding <= 0) throw new AppError('CONFLICT', { key: 'bill.closed' });
      if (input.amountFen > outstanding) {
        throw new AppError('UNPROCESSABLE', {
          key: 'bill.overpay',
          params: { outstanding: yuan(outstanding) },
          fields: [{ path: 'amountFen', key: 'bill.overpay', params: { outstanding: yuan(outstanding) } }],
          details: { outstandingFen: outstanding },
        });
      }
      const entry = await appendEntry(trx, {
        projectId,
        book: 'fees',
        kind: 'payment',
        amountFen: -input.amountFen,
        customerId: bill.customer_id,
        unitId: bill.unit_id,
        billId: bill.bill_id,
        receiptNo: input.receiptNo,
        method: input.method,
        note: input.note,
        at: now,
        actor,
      });
      return { entry, outstandingFen: outstanding - input.amountFen };
    });
  // Open billing screens and the bell's unpaid-list figures (FEE-3) refresh at once.
  await announceBillingChange(deps, projectId, input.billId);
  return result;
}

export async function recordPrepayment(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: PrepaymentInput,
): Promise<EntryDto> {
  requireBilling(actor, 'billing.collect', projectId);
  requirePositiveFen(input.amountFen);
  const now = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      await requireCustomer(trx, projectId, input.customerId);
      return takePrepayment(trx, deps.db.dialect, { projectId, ...input, at: now, actor });
    });
}
