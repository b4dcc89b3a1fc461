/**
 * HND-3: fees are computed from the handover day and six months are paid in advance. The
 * desk and the owner see the quote (the monthly items in effect today × 6, and the period
 * they cover); the cashier takes the money with the receipt number. Billing starts for the
 * owner on the handover day and the prepayment is credit the coming bills use up — both in
 * the step's transaction, so the handover never records fees the books do not hold.
 */
import { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { localDay } from '../../../platform/calendar/index.ts';
import { AppError } from '../../../platform/errors.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { fenToYuan } from '../../../platform/print/format.ts';
import { areaFeeFen, itemsInEffect, openAccount } from '../../billing/index.ts';
import { PAY_METHODS } from '../../billing/index.ts';
import { takePrepayment } from '../../billing/index.ts';
import { loadUnit, type WorkflowUnit } from '../load-unit.ts';
import { requireOccupancyRead } from '../read-access.ts';
import { recordStep } from '../record-step.ts';
import { findHandover, handoverStore } from './repo.ts';
import { prepaymentQuote, type PrepaymentQuote } from './rules.ts';
import { asBilling } from '../billing-view.ts';
import { singleLineText } from '../../../platform/http/text-fields.ts';

export const TakeFeesBody = z
  .strictObject({
    amountFen: z
      .number()
      .int()
      .openapi({ description: 'the six months the owner paid, in fen: must be the quote' }),
    method: z.enum(PAY_METHODS),
    receiptNo: singleLineText(40),
  })
  .openapi('HandoverFees');
export type TakeFees = z.infer<typeof TakeFeesBody>;

/** The quote for the unit on `day`, or the clear refusal when the project prices no management fee. */
async function quoteFor(
  db: DbOrTrx,
  projectId: string,
  unit: WorkflowUnit,
  day: string,
): Promise<PrepaymentQuote> {
  const items = await itemsInEffect(asBilling(db), projectId, day);
  const quote = prepaymentQuote(
    items,
    {
      buildingId: unit.building_id,
      buildingAreaCentiM2: unit.building_area_centi_m2,
      innerAreaCentiM2: unit.inner_area_centi_m2,
    },
    day,
    areaFeeFen,
  );
  if (!quote) throw new AppError('UNPROCESSABLE', { key: 'handover.no_management_fee', params: { day } });
  return quote;
}

/** What the owner pays if the fees are taken today (HND-3). */
export async function feesQuote(
  deps: Deps,
  actor: Actor,
  projectId: string,
  handoverId: string,
): Promise<PrepaymentQuote> {
  requireOccupancyRead(actor, projectId);
  const run = await findHandover(deps.db.k, projectId, handoverId);
  const unit = await loadUnit(deps.db.k, projectId, run.unit_id);
  return quoteFor(deps.db.k, projectId, unit, localDay(deps.clock.now(), unit.time_zone));
}

/** @example await takeFees(deps, cashier, projectId, handoverId, { amountFen: 148140, method: 'cash', receiptNo: 'SJ-0001' }) */
export async function takeFees(
  deps: Deps,
  actor: Actor,
  projectId: string,
  handoverId: string,
  input: TakeFees,
) {
  return recordStep(
    deps,
    handoverStore,
    { actor, projectId, id: handoverId, step: 'fees' },
    async ({ trx, run, at }) => {
      const unit = await loadUnit(trx, projectId, run.unit_id, deps.db.dialect);
      const quote = await quoteFor(trx, projectId, unit, localDay(at, unit.time_zone));
      if (input.amountFen !== quote.totalFen) {
        const params = { amount: fenToYuan(quote.totalFen) };
        throw new AppError('UNPROCESSABLE', {
          key: 'handover.fees_amount',
          params,
          fields: [{ path: 'amountFen', key: 'handover.fees_amount', params }],
          details: { quote },
        });
      }
      const db = asBilling(trx);
      const customerId = run.customer_id!;
      const account = await openAccount(db, deps.db.dialect, {
        projectId,
        unitId: run.unit_id,
        customerId,
        startDay: quote.from,
        actor,
        at,
      });
      const entry = await takePrepayment(db, deps.db.dialect, {
        projectId,
        customerId,
        unitId: run.unit_id,
        amountFen: quote.totalFen,
        method: input.method,
        receiptNo: input.receiptNo,
        note: `${quote.from} ~ ${quote.to}`,
        at,
        actor,
      });
      return {
        patch: {
          fees_from: quote.from,
          fees_to: quote.to,
          prepaid_fen: quote.totalFen,
          receipt_no: input.receiptNo,
          prepayment_entry_id: entry.entryId,
          billing_account_id: account.accountId,
          fees_at: at.toISOString(),
          fees_by: actor.userId || null,
        },
        history: {
          from: quote.from,
          to: quote.to,
          amountFen: quote.totalFen,
          receiptNo: input.receiptNo,
          accountId: account.accountId,
        },
      };
    },
  );
}
