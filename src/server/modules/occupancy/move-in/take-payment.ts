/**
 * HND-6 fees before the keys: the cashier takes the management-fee deposit (物业费押金, into
 * the deposits book) and records the receipts of the rent, the rent deposit and — when the
 * tenant rents a space — the parking fee, which the lease says are paid on the developer's
 * behalf. The deposit is the price list's amount when the project has one.
 */
import { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { localDay } from '../../../platform/calendar/index.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { fenToYuan } from '../../../platform/print/format.ts';
import { itemsInEffect } from '../../billing/index.ts';
import { takeDeposit } from '../../billing/index.ts';
import { PAY_METHODS } from '../../billing/index.ts';
import { asBilling } from '../billing-view.ts';
import { loadUnit } from '../load-unit.ts';
import { recordStep } from '../record-step.ts';
import { moveInStore } from './repo.ts';
import { depositProblems } from './rules.ts';
import { singleLineText } from '../../../platform/http/text-fields.ts';

const Receipt = singleLineText(40);

export const PaymentBody = z
  .strictObject({
    managementDeposit: z.strictObject({
      amountFen: z.number().int(),
      method: z.enum(PAY_METHODS),
      receiptNo: Receipt,
    }),
    rentReceiptNo: Receipt.openapi({ description: 'receipt of the first rent (租金)' }),
    rentDepositReceiptNo: Receipt.openapi({ description: 'receipt of the rent deposit (租赁押金)' }),
    parkingReceiptNo: Receipt.optional().openapi({
      description: 'receipt of the parking rent, when the tenant rents a space',
    }),
  })
  .openapi('MoveInPayment');

export async function takeMoveInPayment(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveInId: string,
  input: z.infer<typeof PaymentBody>,
) {
  return recordStep(
    deps,
    moveInStore,
    { actor, projectId, id: moveInId, step: 'payment' },
    async ({ trx, run, at }) => {
      const unit = await loadUnit(trx, projectId, run.unit_id, deps.db.dialect);
      const priced = (await itemsInEffect(asBilling(trx), projectId, localDay(at, unit.time_zone))).find(
        (i) => i.kind === 'deposit' && i.depositKind === 'management',
      );
      const d = input.managementDeposit;
      const pricedFen = priced?.amountFen ?? null;
      const problems = depositProblems(d.amountFen, pricedFen);
      if (problems.length) {
        const params = { amount: fenToYuan(pricedFen ?? 0) };
        throw new AppError('UNPROCESSABLE', {
          key: problems[0]!.key,
          params,
          fields: problems.map((p) => ({ ...p, params })),
        });
      }
      const { depositId } = await takeDeposit(asBilling(trx), {
        projectId,
        customerId: run.customer_id!,
        unitId: run.unit_id,
        kind: 'management',
        amountFen: d.amountFen,
        method: d.method,
        receiptNo: d.receiptNo,
        at,
        actor,
      });
      return {
        patch: {
          deposit_id: depositId,
          deposit_fen: d.amountFen,
          deposit_receipt_no: d.receiptNo,
          rent_receipt_no: input.rentReceiptNo,
          rent_deposit_receipt_no: input.rentDepositReceiptNo,
          parking_receipt_no: input.parkingReceiptNo ?? null,
          paid_at: at.toISOString(),
          paid_by: actor.userId || null,
        },
        history: {
          depositId,
          depositFen: d.amountFen,
          receipts: [
            d.receiptNo,
            input.rentReceiptNo,
            input.rentDepositReceiptNo,
            input.parkingReceiptNo,
          ].filter(Boolean),
        },
      };
    },
  );
}
