/**
 * MVO-2: a move-out starts from the leasing side's notice — the agreed moving day, the
 * contact (a whole number: typed, or the tenant's archived one), the forwarding address, and
 * the reminder to keep the unit intact. Only a tenant
 * of the unit can move out of it, and only one move-out of theirs is open at a time.
 */
import type { z } from '@hono/zod-openapi';
import { AppError } from '../../../platform/errors.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { recordHistory } from '../../../platform/history/record-history.ts';
import { newId } from '../../../platform/ids.ts';
import { isResidentialUse } from '../exit/rules.ts';
import { holdersOf, requireRelation } from '../../customers/index.ts';
import { occupancyDb, platformDb } from '../exit/tables.ts';
import { loadMoveOut, moveOutContactView, type MoveOutDto } from './repo.ts';
import type { OpenMoveOutBody } from './schema.ts';
import { resolveContactPhone } from '../../customers/index.ts';
import { maskPhone } from '../../../platform/print/format.ts';

export async function openMoveOut(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof OpenMoveOutBody>,
): Promise<MoveOutDto> {
  requireAccess({ actor, permission: 'occupancy.manage', projectId });
  const at = deps.clock.now();
  const moveOutId = newId(at.getTime());
  const db = occupancyDb(deps.db.k);
  await db.transaction().execute(async (trx) => {
    const p = platformDb(trx);
    const unit = await trx
      .selectFrom('units')
      .select(['unit_id', 'use'])
      .where('project_id', '=', projectId)
      .where('unit_id', '=', input.unitId)
      .executeTakeFirst();
    if (!unit)
      throw new AppError('UNPROCESSABLE', {
        key: 'error.NOT_FOUND',
        params: { what: 'what.unit' },
        fields: [{ path: 'unitId', key: 'error.NOT_FOUND', params: { what: 'what.unit' } }],
      });
    const lease = await requireRelation(p, {
      projectId,
      customerId: input.customerId,
      unitId: input.unitId,
      relation: 'tenant',
      key: 'move_out.not_tenant',
      path: 'customerId',
    });
    const contactPhone = await resolveContactPhone(
      p,
      projectId,
      input.customerId,
      input.contactPhone,
      'contactPhone',
    );
    if (contactPhone === '')
      throw new AppError('VALIDATION', { fields: [{ path: 'contactPhone', key: 'field.required' }] });
    const open = await trx
      .selectFrom('move_outs')
      .select('move_out_id')
      .where('project_id', '=', projectId)
      .where('unit_id', '=', input.unitId)
      .where('customer_id', '=', input.customerId)
      .where('state', 'not in', ['completed', 'cancelled'])
      .executeTakeFirst();
    if (open)
      throw new AppError('CONFLICT', {
        key: 'move_out.open_exists',
        details: { moveOutId: open.move_out_id },
      });
    const residential = isResidentialUse(unit.use);
    const [ownerId] = residential ? await holdersOf(p, projectId, input.unitId, 'owner') : [];
    const owner = ownerId
      ? await trx
          .selectFrom('customers')
          .select('name')
          .where('project_id', '=', projectId)
          .where('customer_id', '=', ownerId)
          .executeTakeFirst()
      : undefined;
    await trx
      .insertInto('move_outs')
      .values({
        project_id: projectId,
        move_out_id: moveOutId,
        unit_id: input.unitId,
        customer_id: input.customerId,
        state: 'notified',
        version: 1,
        residential: residential ? 1 : 0,
        notice_at: at.toISOString(),
        move_day: input.moveDay,
        contact_name: input.contactName,
        contact_phone: contactPhone,
        forwarding_address: input.forwardingAddress,
        lease_end: lease.lease_end === null ? null : String(lease.lease_end),
        owner_customer_id: ownerId ?? null,
        owner_name: owner?.name ?? null,
        created_at: at.toISOString(),
        created_by: actor.userId || null,
        updated_at: at.toISOString(),
      })
      .execute();
    await recordHistory(p, {
      projectId,
      entityType: 'move_out',
      entityId: moveOutId,
      action: 'opened',
      actor,
      at,
      after: { state: 'notified', ...input, contactPhone: maskPhone(contactPhone) },
    });
  });
  return loadMoveOut(db, projectId, moveOutId, at, moveOutContactView(actor, projectId));
}
