/**
 * Refunds (FEE-6): paying back unused credit on a unit, or a deposit (MVO-6, PRK-3). Never
 * more than is there: the customer row is locked while the balance is summed.
 */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { requireBilling } from './access.ts';
import { releaseDeposit } from './deposits.ts';
import {
  appendEntry,
  lockCustomer,
  requirePositiveFen,
  unallocatedCredit,
  type EntryDto,
  type PayMethod,
} from './ledger.ts';
import { requireCustomer } from './lookups.ts';
import { yuan } from './rules.ts';
import { billingDb } from './tables.ts';

export interface RefundInput {
  customerId: string;
  unitId: string;
  amountFen: number;
  method: PayMethod;
  receiptNo: string;
  note: string;
}

export async function refundCredit(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: RefundInput,
): Promise<EntryDto> {
  requireBilling(actor, 'billing.adjust', projectId);
  requirePositiveFen(input.amountFen);
  const at = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      await requireCustomer(trx, projectId, input.customerId);
      await lockCustomer(trx, deps.db.dialect, projectId, input.customerId);
      const credit = await unallocatedCredit(trx, projectId, input.customerId, input.unitId);
      if (input.amountFen > credit)
        throw new AppError('UNPROCESSABLE', {
          key: 'refund.exceeds_credit',
          params: { credit: yuan(credit) },
          fields: [{ path: 'amountFen', key: 'refund.exceeds_credit', params: { credit: yuan(credit) } }],
        });
      return appendEntry(trx, {
        projectId,
        book: 'fees',
        kind: 'refund',
        amountFen: input.amountFen,
        customerId: input.customerId,
        unitId: input.unitId,
        receiptNo: input.receiptNo,
        method: input.method,
        note: input.note,
        at,
        actor,
      });
    });
}

export async function refundDeposit(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: { depositId: string; amountFen: number; method: PayMethod; receiptNo: string; note: string },
): Promise<EntryDto> {
  requireBilling(actor, 'billing.adjust', projectId);
  const at = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute((trx) => releaseDeposit(trx, { projectId, ...input, at, actor, dialect: deps.db.dialect }));
}
