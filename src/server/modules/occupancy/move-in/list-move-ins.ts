/**
 * What the move-in desk looks at: the move-ins (newest first), the vacant units a tenant can
 * move into, and for one move-in the owners who may confirm it (MVI-1) and the meters the
 * joint inspection reads (HND-6).
 */
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { unitMeters } from '../../billing/index.ts';
import { unitParties } from '../../customers/index.ts';
import { asBilling } from '../billing-view.ts';
import { loadUnit } from '../load-unit.ts';
import { requireOccupancyRead } from '../read-access.ts';
import type { MoveInOwners, MoveInRow, MoveInUnit } from './contract.ts';
import type { UnitMeter } from '../contract.ts';
import { findMoveIn } from './repo.ts';
import { moveInDb } from './tables.ts';
import { likeContains } from '../../../platform/db/like.ts';

export async function listMoveIns(
  deps: Deps,
  actor: Actor,
  projectId: string,
  q: { state?: string; q?: string },
): Promise<MoveInRow[]> {
  requireOccupancyRead(actor, projectId);
  let mq = moveInDb(deps.db.k)
    .selectFrom('move_ins as m')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'm.project_id').onRef('u.unit_id', '=', 'm.unit_id'),
    )
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .leftJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'm.project_id').onRef('c.customer_id', '=', 'm.customer_id'),
    )
    .select([
      'm.move_in_id',
      'm.unit_id',
      'u.code',
      'b.name as building_name',
      'c.name as tenant_name',
      'm.state',
      'm.step',
      'm.started_at',
      'm.completed_at',
      'm.lease_end',
    ])
    .where('m.project_id', '=', projectId);
  if (q.state) mq = mq.where('m.state', '=', q.state);
  const text = q.q;
  if (text) mq = mq.where((eb) => eb.or([likeContains('u.code', text), likeContains('c.name', text)]));
  const rows = await mq.orderBy('m.started_at', 'desc').limit(300).execute();
  return rows.map((r) => ({
    moveInId: r.move_in_id,
    unitId: r.unit_id,
    unitCode: r.code,
    buildingName: r.building_name,
    tenantName: r.tenant_name ?? '',
    state: r.state,
    step: r.step,
    startedAt: r.started_at,
    completedAt: r.completed_at,
    leaseEnd: r.lease_end === null ? null : String(r.lease_end),
  }));
}

/** Vacant units (空置), with any open move-in. */
export async function unitsForMoveIn(deps: Deps, actor: Actor, projectId: string): Promise<MoveInUnit[]> {
  requireOccupancyRead(actor, projectId);
  const rows = await moveInDb(deps.db.k)
    .selectFrom('units as u')
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .leftJoin('move_ins as m', (j) =>
      j
        .onRef('m.project_id', '=', 'u.project_id')
        .onRef('m.unit_id', '=', 'u.unit_id')
        .on('m.state', '=', 'in_progress'),
    )
    .select(['u.unit_id', 'u.code', 'u.use', 'b.name as building_name', 'm.move_in_id'])
    .where('u.project_id', '=', projectId)
    .where('u.status', '=', 'vacant')
    .orderBy('b.sort_order')
    .orderBy('u.floor')
    .orderBy('u.code')
    .limit(2000)
    .execute();
  return rows.map((r) => ({
    unitId: r.unit_id,
    unitCode: r.code,
    use: r.use,
    buildingName: r.building_name,
    openMoveInId: r.move_in_id ?? null,
  }));
}

/** Who may confirm the move-in (MVI-1): the unit's owners, or the building's owner party when it has none. */
export async function moveInOwners(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveInId: string,
): Promise<MoveInOwners> {
  requireOccupancyRead(actor, projectId);
  const m = await findMoveIn(deps.db.k, projectId, moveInId);
  const owners = (await unitParties(deps.db.k, projectId, m.unit_id))
    .filter((p) => p.relation === 'owner')
    .map((p) => ({ customerId: p.customerId, name: p.name }));
  return { owners, ownerParty: (await loadUnit(deps.db.k, projectId, m.unit_id)).owner_party };
}

/** The unit's meters with their last reading: what the joint inspection reads (HND-6). */
export async function moveInMeters(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveInId: string,
): Promise<UnitMeter[]> {
  requireOccupancyRead(actor, projectId);
  const m = await findMoveIn(deps.db.k, projectId, moveInId);
  return unitMeters(asBilling(deps.db.k), projectId, m.unit_id);
}
