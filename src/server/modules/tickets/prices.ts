/** The paid-service price list (REP-3, 有偿服务收费标准): repairs are priced from it. */
import { AppError } from '../../platform/errors.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import type { PriceDto } from './desk.contract.ts';

export type { PriceDto } from './desk.contract.ts';

export async function listPrices(
  deps: Deps,
  actor: Actor,
  projectId: string,
  includeInactive: boolean,
): Promise<PriceDto[]> {
  requireAccess({ actor, permission: 'project.read', projectId });
  let q = deps.db.k.selectFrom('service_prices').selectAll().where('project_id', '=', projectId);
  if (!includeInactive) q = q.where('active', '=', 1);
  const rows = await q.orderBy('name').execute();
  return rows.map((r) => ({
    priceId: r.price_id,
    name: r.name,
    unit: r.unit,
    priceFen: r.price_fen,
    active: r.active === 1,
  }));
}

export async function createPrice(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: { name: string; unit: string; priceFen: number },
): Promise<PriceDto> {
  requireAccess({ actor, permission: 'price.manage', projectId });
  const now = deps.clock.now();
  const priceId = newId(now.getTime());
  await deps.db.k.transaction().execute(async (trx) => {
    await trx
      .insertInto('service_prices')
      .values({
        project_id: projectId,
        price_id: priceId,
        name: input.name,
        unit: input.unit,
        price_fen: input.priceFen,
        active: 1,
        created_at: now.toISOString(),
      })
      .execute();
    await recordHistory(trx, {
      projectId,
      entityType: 'service_price',
      entityId: priceId,
      action: 'created',
      actor,
      at: now,
      after: input,
    });
  });
  return { priceId, ...input, active: true };
}

/**
 * A price is never edited in place — repairs already priced keep what the customer agreed to;
 * a new price is a new row and the old one is withdrawn.
 */
export async function withdrawPrice(
  deps: Deps,
  actor: Actor,
  projectId: string,
  priceId: string,
): Promise<void> {
  requireAccess({ actor, permission: 'price.manage', projectId });
  const now = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('service_prices')
      .set({ active: 0 })
      .where('project_id', '=', projectId)
      .where('price_id', '=', priceId)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('NOT_FOUND', { params: { what: 'what.page' } });
    await recordHistory(trx, {
      projectId,
      entityType: 'service_price',
      entityId: priceId,
      action: 'withdrawn',
      actor,
      at: now,
    });
  });
}
