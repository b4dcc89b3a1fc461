/**
 * What the handover desk looks at: the handovers (open first), the units still waiting to
 * be received with the owners the roster names for them, and one unit's roster rows — ID
 * numbers and phones masked (CUS-3); the match itself is the server's (HND-1).
 */
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { rosterOwnerNames, unitRoster } from '../../customers/index.ts';
import { requireOccupancyRead } from '../read-access.ts';
import type { HandoverRow, HandoverUnit, RosterRow } from './contract.ts';
import { findHandover } from './repo.ts';
import { handoverDb } from './tables.ts';
import { likeContains } from '../../../platform/db/like.ts';

export async function listHandovers(
  deps: Deps,
  actor: Actor,
  projectId: string,
  q: { state?: string; q?: string },
): Promise<HandoverRow[]> {
  requireOccupancyRead(actor, projectId);
  let hq = handoverDb(deps.db.k)
    .selectFrom('handovers as h')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'h.project_id').onRef('u.unit_id', '=', 'h.unit_id'),
    )
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .leftJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'h.project_id').onRef('c.customer_id', '=', 'h.customer_id'),
    )
    .select([
      'h.handover_id',
      'h.unit_id',
      'u.code',
      'b.name as building_name',
      'c.name as owner_name',
      'h.state',
      'h.step',
      'h.started_at',
      'h.completed_at',
      'h.declined_at',
      'h.decline_reason',
    ])
    .where('h.project_id', '=', projectId);
  if (q.state) hq = hq.where('h.state', '=', q.state);
  const text = q.q;
  if (text) hq = hq.where((eb) => eb.or([likeContains('u.code', text), likeContains('c.name', text)]));
  const rows = await hq.orderBy('h.started_at', 'desc').limit(300).execute();
  const names = await rosterOwnerNames(
    deps.db.k,
    projectId,
    rows.filter((r) => !r.owner_name).map((r) => r.unit_id),
  );
  return rows.map((r) => ({
    handoverId: r.handover_id,
    unitId: r.unit_id,
    unitCode: r.code,
    buildingName: r.building_name,
    ownerName: r.owner_name ?? names.get(r.unit_id) ?? '',
    state: r.state,
    step: r.step,
    startedAt: r.started_at,
    completedAt: r.completed_at,
    declinedAt: r.declined_at,
    declineReason: r.decline_reason,
  }));
}

/** Units still 未接房 (optionally of one building), with their roster owners and any open handover. */
export async function unitsAwaitingHandover(
  deps: Deps,
  actor: Actor,
  projectId: string,
  buildingId?: string,
): Promise<HandoverUnit[]> {
  requireOccupancyRead(actor, projectId);
  let uq = handoverDb(deps.db.k)
    .selectFrom('units as u')
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .leftJoin('handovers as h', (j) =>
      j
        .onRef('h.project_id', '=', 'u.project_id')
        .onRef('h.unit_id', '=', 'u.unit_id')
        .on('h.state', '=', 'in_progress'),
    )
    .select(['u.unit_id', 'u.code', 'b.name as building_name', 'h.handover_id'])
    .where('u.project_id', '=', projectId)
    .where('u.status', '=', 'not_received');
  if (buildingId) uq = uq.where('u.building_id', '=', buildingId);
  const rows = await uq.orderBy('b.sort_order').orderBy('u.floor').orderBy('u.code').limit(2000).execute();
  const names = await rosterOwnerNames(
    deps.db.k,
    projectId,
    rows.map((r) => r.unit_id),
  );
  return rows.map((r) => ({
    unitId: r.unit_id,
    unitCode: r.code,
    buildingName: r.building_name,
    rosterOwners: names.get(r.unit_id) ?? '',
    openHandoverId: r.handover_id ?? null,
  }));
}

/** The roster rows of a handover's unit: who the developer sold it to (HND-1). */
export async function handoverRoster(
  deps: Deps,
  actor: Actor,
  projectId: string,
  handoverId: string,
): Promise<RosterRow[]> {
  requireOccupancyRead(actor, projectId);
  const h = await findHandover(deps.db.k, projectId, handoverId);
  return unitRoster(deps.db.k, projectId, h.unit_id);
}
