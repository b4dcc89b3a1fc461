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
import { billingDb, type BDbOrTrx } from './tables.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import { dayField, DATE_WINDOWS } from '../../platform/http/date-fields.ts';
import type { AnyDb } from '../../platform/db/module-db.ts';
import type { AccountDto, AccountRow } from './accounts.contract.ts';

export type { AccountDto };

export const StartBillingBody = z
  .strictObject({
    unitId: z.uuid(),
    customerId: z.uuid(),
    startDay: dayField(DATE_WINDOWS.term),
    endDay: dayField(DATE_WINDOWS.term).optional(),
  })
  .openapi('StartBilling');

export async function startBilling(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof StartBillingBody>,
): Promise<AccountDto> {
  requireBilling(actor, 'billing.collect', projectId);
  if (input.endDay && input.endDay < input.startDay)
    throw new AppError('VALIDATION', { fields: [{ path: 'endDay', key: 'fee.effective_to_before_from' }] });
  const at = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute((trx) => openAccount(trx, deps.db.dialect, { projectId, ...input, actor, at }));
}

export interface OpenAccount {
  projectId: string;
  unitId: string;
  customerId: string;
  startDay: string;
  endDay?: string;
  actor: Actor;
  at: Date;
}

/**
 * Starts billing inside the caller's transaction: a workflow that changes the payer (TRF-1
 * new owner from the handover date) does it with its own step, atomically.
 */
export async function openAccount(on: AnyDb, dialect: Dialect, o: OpenAccount): Promise<AccountDto> {
  const trx = billingDb(on);
  const { projectId, actor, at: now } = o;
  const input = { unitId: o.unitId, customerId: o.customerId, startDay: o.startDay, endDay: o.endDay };
  await requirePayerOfUnit(trx, projectId, input.customerId, input.unitId);
  // Lock the unit so two payers cannot be started on it at once.
  let uq = trx
    .selectFrom('units')
    .select('unit_id')
    .where('project_id', '=', projectId)
    .where('unit_id', '=', input.unitId);
  if (dialect === 'postgres') uq = uq.forUpdate();
  await uq.execute();
  const overlap = await trx
    .selectFrom('billing_accounts')
    .select(['start_day', 'end_day'])
    .where('project_id', '=', projectId)
    .where('unit_id', '=', input.unitId)
    .where('start_day', '<=', input.endDay ?? '9999-12-31')
    .where((eb) => eb.or([eb('end_day', 'is', null), eb('end_day', '>=', input.startDay)]))
    .executeTakeFirst();
  if (overlap)
    throw new AppError('CONFLICT', {
      key: 'account.overlap',
      params: { from: String(overlap.start_day) },
      fields: [{ path: 'startDay', key: 'account.overlap', params: { from: String(overlap.start_day) } }],
    });
  const accountId = newId(now.getTime());
  await trx
    .insertInto('billing_accounts')
    .values({
      project_id: projectId,
      account_id: accountId,
      unit_id: input.unitId,
      customer_id: input.customerId,
      start_day: input.startDay,
      end_day: input.endDay ?? null,
      created_at: now.toISOString(),
      created_by: actor.userId || null,
    })
    .execute();
  await recordHistory(trx, {
    projectId,
    entityType: 'billing_account',
    entityId: accountId,
    action: 'started',
    actor,
    at: now,
    after: input,
  });
  return {
    accountId,
    unitId: input.unitId,
    customerId: input.customerId,
    startDay: input.startDay,
    endDay: input.endDay ?? null,
  };
}

/** Ends billing (move-out, transfer TRF-1): the end day can only be set once, and not before the start. */
export async function endBilling(
  deps: Deps,
  actor: Actor,
  projectId: string,
  accountId: string,
  endDay: string,
): Promise<AccountDto> {
  requireBilling(actor, 'billing.collect', projectId);
  const at = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute((trx) => closeAccount(trx, { projectId, accountId, endDay, actor, at }));
}

/** endBilling inside the caller's transaction (a move-out's completion, MVO-6; a transfer, TRF-1). */
export async function closeAccount(
  on: AnyDb,
  o: { projectId: string; accountId: string; endDay: string; actor: Actor; at: Date },
): Promise<AccountDto> {
  const trx = billingDb(on);
  const { projectId, accountId, endDay, actor, at: now } = o;
  const a = await trx
    .selectFrom('billing_accounts')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (!a) throw new AppError('NOT_FOUND', { params: { what: 'what.billing_account' } });
  if (a.end_day !== null) throw new AppError('CONFLICT', { key: 'account.already_ended' });
  if (endDay < String(a.start_day))
    throw new AppError('VALIDATION', { fields: [{ path: 'endDay', key: 'fee.effective_to_before_from' }] });
  await trx
    .updateTable('billing_accounts')
    .set({ end_day: endDay })
    .where('project_id', '=', projectId)
    .where('account_id', '=', accountId)
    .execute();
  await recordHistory(trx, {
    projectId,
    entityType: 'billing_account',
    entityId: accountId,
    action: 'ended',
    actor,
    at: now,
    before: { endDay: null },
    after: { endDay },
  });
  return { accountId, unitId: a.unit_id, customerId: a.customer_id, startDay: String(a.start_day), endDay };
}

/** The account that bills `customerId` for `unitId` on `day` (or still runs after it), if any. */
export async function accountOn(
  on: AnyDb,
  o: { projectId: string; unitId: string; customerId?: string; day: string },
): Promise<AccountDto | null> {
  const db = billingDb(on);
  let q = db
    .selectFrom('billing_accounts')
    .selectAll()
    .where('project_id', '=', o.projectId)
    .where('unit_id', '=', o.unitId)
    .where('start_day', '<=', o.day)
    .where((eb) => eb.or([eb('end_day', 'is', null), eb('end_day', '>=', o.day)]));
  if (o.customerId) q = q.where('customer_id', '=', o.customerId);
  const a = await q.orderBy('start_day', 'desc').executeTakeFirst();
  return a
    ? {
        accountId: a.account_id,
        unitId: a.unit_id,
        customerId: a.customer_id,
        startDay: String(a.start_day),
        endDay: a.end_day === null ? null : String(a.end_day),
      }
    : null;
}

/** Who pays (and paid) for a unit, or which units a customer pays for, newest first. */
export async function listAccounts(
  deps: Deps,
  actor: Actor,
  projectId: string,
  q: { unitId?: string; customerId?: string },
): Promise<AccountRow[]> {
  requireBilling(actor, 'billing.read', projectId);
  if (!q.unitId && !q.customerId)
    throw new AppError('VALIDATION', { fields: [{ path: 'customerId', key: 'field.required' }] });
  let aq = billingDb(deps.db.k)
    .selectFrom('billing_accounts as a')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'a.project_id').onRef('u.unit_id', '=', 'a.unit_id'),
    )
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'a.project_id').onRef('c.customer_id', '=', 'a.customer_id'),
    )
    .select(['a.account_id', 'a.unit_id', 'u.code', 'a.customer_id', 'c.name', 'a.start_day', 'a.end_day'])
    .where('a.project_id', '=', projectId);
  if (q.unitId) aq = aq.where('a.unit_id', '=', q.unitId);
  if (q.customerId) aq = aq.where('a.customer_id', '=', q.customerId);
  const rows = await aq.orderBy('a.start_day', 'desc').limit(200).execute();
  return rows.map((r) => ({
    accountId: r.account_id,
    unitId: r.unit_id,
    unitCode: r.code,
    customerId: r.customer_id,
    customerName: r.name,
    startDay: String(r.start_day),
    endDay: r.end_day === null ? null : String(r.end_day),
  }));
}
