/**
 * Who pays for a unit, from when (MVI-2 "cashier starts billing"; HND-3 fees run from the
 * handover day). One payer at a time per unit: periods may not overlap, so every charge
 * of a unit on a day has exactly one payer.
 */
import { z } from '@hono/zod-openapi';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { requireBilling } from './access.ts';
import { requirePayerOfUnit } from './lookups.ts';
import { billingDb, platformDb } from './tables.ts';

export const StartBillingBody = z
  .strictObject({ unitId: z.uuid(), customerId: z.uuid(), startDay: z.iso.date(), endDay: z.iso.date().optional() })
  .openapi('StartBilling');

export interface AccountDto {
  accountId: string;
  unitId: string;
  customerId: string;
  startDay: string;
  endDay: string | null;
}

export async function startBilling(deps: Deps, actor: Actor, projectId: string, input: z.infer<typeof StartBillingBody>): Promise<AccountDto> {
  requireBilling(actor, 'billing.collect', projectId);
  if (input.endDay && input.endDay < input.startDay) throw new AppError('VALIDATION', { fields: [{ path: 'endDay', key: 'fee.effective_to_before_from' }] });
  const now = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      await requirePayerOfUnit(trx, projectId, input.customerId, input.unitId);
      // Lock the unit so two payers cannot be started on it at once.
      let uq = trx.selectFrom('units').select('unit_id').where('project_id', '=', projectId).where('unit_id', '=', input.unitId);
      if (deps.db.dialect === 'postgres') uq = uq.forUpdate();
      await uq.execute();
      const overlap = await trx
        .selectFrom('billing_accounts')
        .select(['start_day', 'end_day'])
        .where('project_id', '=', projectId)
        .where('unit_id', '=', input.unitId)
        .where('start_day', '<=', input.endDay ?? '9999-12-31')
        .where((eb) => eb.or([eb('end_day', 'is', null), eb('end_day', '>=', input.startDay)]))
        .executeTakeFirst();
      if (overlap) throw new AppError('CONFLICT', { key: 'account.overlap', params: { from: String(overlap.start_day) }, fields: [{ path: 'startDay', key: 'account.overlap', params: { from: String(overlap.start_day) } }] });
      const accountId = newId(now.getTime());
      await trx.insertInto('billing_accounts').values({ project_id: projectId, account_id: accountId, unit_id: input.unitId, customer_id: input.customerId, start_day: input.startDay, end_day: input.endDay ?? null, created_at: now.toISOString(), created_by: actor.userId || null }).execute();
      await recordHistory(platformDb(trx), { projectId, entityType: 'billing_account', entityId: accountId, action: 'started', actor, at: now, after: input });
      return { accountId, unitId: input.unitId, customerId: input.customerId, startDay: input.startDay, endDay: input.endDay ?? null };
    });
}

/** Ends billing (move-out, transfer TRF-1): the end day can only be set once, and not before the start. */
export async function endBilling(deps: Deps, actor: Actor, projectId: string, accountId: string, endDay: string): Promise<AccountDto> {
  requireBilling(actor, 'billing.collect', projectId);
  const now = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      const a = await trx.selectFrom('billing_accounts').selectAll().where('project_id', '=', projectId).where('account_id', '=', accountId).executeTakeFirst();
      if (!a) throw new AppError('NOT_FOUND', { params: { what: 'what.billing_account' } });
      if (a.end_day !== null) throw new AppError('CONFLICT', { key: 'account.already_ended' });
      if (endDay < String(a.start_day)) throw new AppError('VALIDATION', { fields: [{ path: 'endDay', key: 'fee.effective_to_before_from' }] });
      await trx.updateTable('billing_accounts').set({ end_day: endDay }).where('project_id', '=', projectId).where('account_id', '=', accountId).execute();
      await recordHistory(platformDb(trx), { projectId, entityType: 'billing_account', entityId: accountId, action: 'ended', actor, at: now, before: { endDay: null }, after: { endDay } });
      return { accountId, unitId: a.unit_id, customerId: a.customer_id, startDay: String(a.start_day), endDay };
    });
}
