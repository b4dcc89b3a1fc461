/**
 * Read-only views of units for other modules (PRP-2): a unit as a form names it, every unit
 * with its building for the monthly status survey (STA-1), and the status changes since a
 * moment. Statuses change only through `changeUnitStatus` (index.ts); nothing here writes.
 */
import type { DbOrTrx } from '../../platform/history/record-history.ts';

export interface UnitBrief {
  unitId: string;
  code: string;
  status: string;
  buildingId: string;
  buildingCode: string;
  buildingName: string;
  createdAt: string;
}

function briefs(db: DbOrTrx, projectId: string) {
  return db
    .selectFrom('units as u')
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .select([
      'u.unit_id',
      'u.code',
      'u.status',
      'u.building_id',
      'b.code as building_code',
      'b.name as building_name',
      'u.created_at',
      'b.sort_order',
    ])
    .where('u.project_id', '=', projectId);
}

type BriefRow = {
  unit_id: string;
  code: string;
  status: string;
  building_id: string;
  building_code: string;
  building_name: string;
  created_at: string;
};
const toBrief = (r: BriefRow): UnitBrief => ({
  unitId: r.unit_id,
  code: r.code,
  status: r.status,
  buildingId: r.building_id,
  buildingCode: r.building_code,
  buildingName: r.building_name,
  createdAt: r.created_at,
});

/** One unit, or undefined when the project has no such unit. */
export async function unitBrief(
  db: DbOrTrx,
  projectId: string,
  unitId: string,
): Promise<UnitBrief | undefined> {
  const r = await briefs(db, projectId).where('u.unit_id', '=', unitId).executeTakeFirst();
  return r ? toBrief(r) : undefined;
}

/** Every unit of the project, by building order then unit code. */
export async function unitsOfProject(db: DbOrTrx, projectId: string): Promise<UnitBrief[]> {
  const rows = await briefs(db, projectId)
    .orderBy('b.sort_order')
    .orderBy('b.code')
    .orderBy('u.code')
    .execute();
  return rows.map(toBrief);
}

export interface StatusChange {
  unitId: string;
  fromStatus: string | null;
  toStatus: string;
  workflow: string;
  reason: string;
  actorName: string | null;
  at: string;
}

/** Status changes of the project at or after `since` (ISO instant), oldest first. */
export async function statusChangesSince(
  db: DbOrTrx,
  projectId: string,
  since: string,
): Promise<StatusChange[]> {
  const rows = await db
    .selectFrom('unit_status_history as h')
    .leftJoin('users as x', 'x.user_id', 'h.actor_id')
    .select([
      'h.unit_id',
      'h.from_status',
      'h.to_status',
      'h.workflow',
      'h.reason',
      'x.display_name',
      'h.at',
      'h.entry_id',
    ])
    .where('h.project_id', '=', projectId)
    .where('h.at', '>=', since)
    .orderBy('h.at')
    .orderBy('h.entry_id')
    .execute();
  return rows.map((r) => ({
    unitId: r.unit_id,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    workflow: r.workflow,
    reason: r.reason,
    actorName: r.display_name,
    at: r.at,
  }));
}
