/** SQL of the properties module. Hot reads (tree, floors) are single indexed queries. */
import { sql } from 'kysely';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import type { Selectable } from 'kysely';
import type { UnitsTable } from '../../platform/db/schema.ts';
import type { BuildingDto, ParkingAreaDto, ParkingSpaceDto, UnitDto } from './contract.ts';
import { centiToArea } from './rules.ts';

export function toUnitDto(u: Selectable<UnitsTable>): UnitDto {
  return {
    unitId: u.unit_id,
    buildingId: u.building_id,
    floor: u.floor,
    code: u.code,
    buildingAreaM2: centiToArea(u.building_area_centi_m2),
    innerAreaM2: centiToArea(u.inner_area_centi_m2),
    use: u.use,
    status: u.status,
    note: u.note,
    version: u.version,
  };
}

export async function listBuildings(
  db: DbOrTrx,
  projectId: string,
  buildingId?: string,
): Promise<BuildingDto[]> {
  let q = db.selectFrom('buildings').selectAll().where('project_id', '=', projectId);
  if (buildingId) q = q.where('building_id', '=', buildingId);
  const buildings = await q.orderBy('sort_order').orderBy('code').execute();
  let cq = db
    .selectFrom('units')
    .select(['building_id', 'status', sql<number>`count(*)`.as('n')])
    .where('project_id', '=', projectId)
    .groupBy(['building_id', 'status']);
  if (buildingId) cq = cq.where('building_id', '=', buildingId);
  const counts = await cq.execute();
  const byBuilding = new Map<string, Record<string, number>>();
  for (const c of counts)
    byBuilding.set(c.building_id, { ...(byBuilding.get(c.building_id) ?? {}), [c.status]: Number(c.n) });
  return buildings.map((b) => {
    const statusCounts = byBuilding.get(b.building_id) ?? {};
    return {
      buildingId: b.building_id,
      code: b.code,
      name: b.name,
      kind: b.kind,
      floorsAbove: b.floors_above,
      floorsBelow: b.floors_below,
      ownerParty: b.owner_party,
      managingParty: b.managing_party,
      numberingPattern: b.numbering_pattern,
      version: b.version,
      unitCount: Object.values(statusCounts).reduce((a, n) => a + n, 0),
      statusCounts,
    };
  });
}

export async function listUnitsOfBuilding(
  db: DbOrTrx,
  projectId: string,
  buildingId: string,
): Promise<UnitDto[]> {
  const rows = await db
    .selectFrom('units')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('building_id', '=', buildingId)
    .orderBy('floor', 'desc')
    .orderBy('code')
    .execute();
  return rows.map(toUnitDto);
}

export async function findUnit(db: DbOrTrx, projectId: string, unitId: string) {
  return db
    .selectFrom('units')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
}

export async function listParkingAreas(db: DbOrTrx, projectId: string): Promise<ParkingAreaDto[]> {
  const areas = await db
    .selectFrom('parking_areas')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('code')
    .execute();
  const counts = await db
    .selectFrom('parking_spaces')
    .select(['area_id', 'status', sql<number>`count(*)`.as('n')])
    .where('project_id', '=', projectId)
    .groupBy(['area_id', 'status'])
    .execute();
  const byArea = new Map<string, Record<string, number>>();
  for (const c of counts)
    byArea.set(c.area_id, { ...(byArea.get(c.area_id) ?? {}), [c.status]: Number(c.n) });
  return areas.map((a) => {
    const statusCounts = byArea.get(a.area_id) ?? {};
    return {
      areaId: a.area_id,
      code: a.code,
      name: a.name,
      kind: a.kind,
      spaceCount: Object.values(statusCounts).reduce((x, n) => x + n, 0),
      statusCounts,
    };
  });
}

export async function listSpaces(db: DbOrTrx, projectId: string, areaId: string): Promise<ParkingSpaceDto[]> {
  const rows = await db
    .selectFrom('parking_spaces')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('area_id', '=', areaId)
    .orderBy('code')
    .execute();
  return rows.map((s) => ({
    spaceId: s.space_id,
    areaId: s.area_id,
    code: s.code,
    kind: s.kind,
    status: s.status,
  }));
}

/** Hands `insert` slices of `rows` that stay under both databases' bound-parameter limits. */
export async function inChunks<R>(
  rows: readonly R[],
  insert: (slice: R[]) => Promise<unknown>,
  chunk = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await insert(rows.slice(i, i + chunk));
}
