/** Property structure (PRP-1..3): buildings, floors, units, parking areas and spaces. */
import type { z } from '@hono/zod-openapi';
import { AppError, notFound } from '../../platform/errors.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory, listHistory } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { areaToCenti, floorLabel, planBuilding, spaceCodes } from './rules.ts';
import {
  findUnit,
  inChunks,
  listBuildings,
  listParkingAreas,
  listSpaces,
  listUnitsOfBuilding,
  toUnitDto,
} from './repo.ts';
import type {
  BuildingDto,
  CreateBuildingBody,
  CreateParkingAreaBody,
  SpacesBulk,
  UpdateBuildingBody,
  UpdateSpaceBody,
  UpdateUnitBody,
  UnitDto,
} from './contract.ts';
import { announce } from '../../platform/events/announce.ts';

export async function getBuildings(deps: Deps, actor: Actor, projectId: string): Promise<BuildingDto[]> {
  requireAccess({ actor, permission: 'property.read', projectId });
  return listBuildings(deps.db.k, projectId);
}

/** Creates a building and all its units in one transaction (PRP-1 bulk creation). */
export async function createBuilding(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof CreateBuildingBody>,
): Promise<BuildingDto> {
  requireAccess({ actor, permission: 'property.manage', projectId });
  const { units, problems } = planBuilding(input);
  if (problems.length) {
    throw new AppError('UNPROCESSABLE', {
      key: problems[0]!.key,
      params: 'params' in problems[0]! ? problems[0].params : {},
      fields: problems.map((p) => ({ path: p.path, key: p.key, params: 'params' in p ? p.params : {} })),
    });
  }
  const now = deps.clock.now();
  const ts = now.toISOString();
  const buildingId = newId(now.getTime());
  await deps.db.k.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom('buildings')
      .select('building_id')
      .where('project_id', '=', projectId)
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (clash)
      throw new AppError('DUPLICATE', {
        params: { what: 'what.building' },
        fields: [{ path: 'code', key: 'error.DUPLICATE', params: { what: 'what.code' } }],
      });
    await trx
      .insertInto('buildings')
      .values({
        project_id: projectId,
        building_id: buildingId,
        code: input.code,
        name: input.name,
        kind: input.kind,
        floors_above: input.floorsAbove,
        floors_below: input.floorsBelow,
        owner_party: input.ownerParty,
        managing_party: input.managingParty,
        numbering_pattern: input.numberingPattern,
        sort_order: 0,
        created_at: ts,
        updated_at: ts,
      })
      .execute();
    const unitRows = units.map((u) => ({
      project_id: projectId,
      unit_id: newId(now.getTime()),
      building_id: buildingId,
      floor: u.floor,
      code: u.code,
      building_area_centi_m2: u.buildingAreaCenti,
      inner_area_centi_m2: u.innerAreaCenti,
      use: u.use,
      status: u.status,
      note: '',
      created_at: ts,
      updated_at: ts,
    }));
    await inChunks(unitRows, (slice) => trx.insertInto('units').values(slice).execute());
    await inChunks(
      unitRows.map((u) => ({
        project_id: projectId,
        entry_id: newId(now.getTime()),
        unit_id: u.unit_id,
        from_status: null,
        to_status: u.status,
        workflow: 'created',
        reason: '',
        actor_id: actor.userId || null,
        at: ts,
      })),
      (slice) => trx.insertInto('unit_status_history').values(slice).execute(),
    );
    await recordHistory(trx, {
      projectId,
      entityType: 'building',
      entityId: buildingId,
      action: 'created',
      actor,
      at: now,
      after: { ...input, unitCount: units.length },
    });
  });
  await announce(deps, projectId, 'property.building.created', buildingId);
  return (await listBuildings(deps.db.k, projectId, buildingId))[0]!;
}

export async function updateBuilding(
  deps: Deps,
  actor: Actor,
  projectId: string,
  buildingId: string,
  input: z.infer<typeof UpdateBuildingBody>,
): Promise<BuildingDto> {
  requireAccess({ actor, permission: 'property.manage', projectId });
  const now = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('buildings')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('building_id', '=', buildingId)
      .executeTakeFirst();
    if (!before) throw notFound('what.building');
    const res = await trx
      .updateTable('buildings')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.kind !== undefined && { kind: input.kind }),
        ...(input.ownerParty !== undefined && { owner_party: input.ownerParty }),
        ...(input.managingParty !== undefined && { managing_party: input.managingParty }),
        ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
        updated_at: now.toISOString(),
        version: input.version + 1,
      })
      .where('project_id', '=', projectId)
      .where('building_id', '=', buildingId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('VERSION_CONFLICT');
    const { version: _v, ...after } = input;
    await recordHistory(trx, {
      projectId,
      entityType: 'building',
      entityId: buildingId,
      action: 'updated',
      actor,
      at: now,
      before,
      after,
    });
  });
  await announce(deps, projectId, 'property.building.updated', buildingId);
  return (await listBuildings(deps.db.k, projectId, buildingId))[0]!;
}

/** One building's floors, top floor first, each with its units: the tree's second level. */
export async function getFloors(deps: Deps, actor: Actor, projectId: string, buildingId: string) {
  requireAccess({ actor, permission: 'property.read', projectId });
  const [building] = await listBuildings(deps.db.k, projectId, buildingId);
  if (!building) throw notFound('what.building');
  const units = await listUnitsOfBuilding(deps.db.k, projectId, buildingId);
  const floors: { floor: number; label: string; units: UnitDto[] }[] = [];
  for (const u of units) {
    const last = floors.at(-1);
    if (last && last.floor === u.floor) last.units.push(u);
    else floors.push({ floor: u.floor, label: floorLabel(u.floor), units: [u] });
  }
  return { building, floors };
}

export async function getUnit(deps: Deps, actor: Actor, projectId: string, unitId: string) {
  requireAccess({ actor, permission: 'property.read', projectId });
  const u = await findUnit(deps.db.k, projectId, unitId);
  if (!u) throw notFound('what.unit');
  const b = await deps.db.k
    .selectFrom('buildings')
    .select(['code', 'name'])
    .where('project_id', '=', projectId)
    .where('building_id', '=', u.building_id)
    .executeTakeFirstOrThrow();
  const hist = await deps.db.k
    .selectFrom('unit_status_history as h')
    .leftJoin('users as x', 'x.user_id', 'h.actor_id')
    .select(['h.from_status', 'h.to_status', 'h.workflow', 'h.reason', 'x.display_name', 'h.at'])
    .where('h.project_id', '=', projectId)
    .where('h.unit_id', '=', unitId)
    .orderBy('h.at')
    .execute();
  return {
    ...toUnitDto(u),
    buildingCode: b.code,
    buildingName: b.name,
    statusHistory: hist.map((h) => ({
      fromStatus: h.from_status,
      toStatus: h.to_status,
      workflow: h.workflow,
      reason: h.reason,
      actorName: h.display_name,
      at: h.at,
    })),
  };
}

export async function updateUnit(
  deps: Deps,
  actor: Actor,
  projectId: string,
  unitId: string,
  input: z.infer<typeof UpdateUnitBody>,
) {
  requireAccess({ actor, permission: 'property.manage', projectId });
  if (input.status !== undefined) {
    throw new AppError('UNPROCESSABLE', {
      key: 'property.status_via_workflow',
      fields: [{ path: 'status', key: 'property.status_via_workflow' }],
    });
  }
  const fields = [];
  const bCenti = input.buildingAreaM2 === undefined ? undefined : areaToCenti(input.buildingAreaM2);
  const iCenti = input.innerAreaM2 === undefined ? undefined : areaToCenti(input.innerAreaM2);
  if (bCenti === null) fields.push({ path: 'buildingAreaM2', key: 'field.format' });
  if (iCenti === null) fields.push({ path: 'innerAreaM2', key: 'field.format' });
  if (fields.length) throw new AppError('VALIDATION', { fields });
  const now = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const before = await findUnit(trx, projectId, unitId);
    if (!before) throw notFound('what.unit');
    if (input.code !== undefined && input.code !== before.code) {
      const clash = await trx
        .selectFrom('units')
        .select('unit_id')
        .where('project_id', '=', projectId)
        .where('building_id', '=', before.building_id)
        .where('code', '=', input.code)
        .executeTakeFirst();
      if (clash)
        throw new AppError('DUPLICATE', {
          params: { what: 'what.unit' },
          fields: [{ path: 'code', key: 'error.DUPLICATE', params: { what: 'what.code' } }],
        });
    }
    const res = await trx
      .updateTable('units')
      .set({
        ...(input.code !== undefined && { code: input.code }),
        ...(bCenti != null && { building_area_centi_m2: bCenti }),
        ...(iCenti != null && { inner_area_centi_m2: iCenti }),
        ...(input.use !== undefined && { use: input.use }),
        ...(input.note !== undefined && { note: input.note }),
        updated_at: now.toISOString(),
        version: input.version + 1,
      })
      .where('project_id', '=', projectId)
      .where('unit_id', '=', unitId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('VERSION_CONFLICT');
    const { version: _v, status: _s, ...after } = input;
    await recordHistory(trx, {
      projectId,
      entityType: 'unit',
      entityId: unitId,
      action: 'updated',
      actor,
      at: now,
      before: toUnitDto(before),
      after,
    });
  });
  await announce(deps, projectId, 'property.unit.updated', unitId);
  return getUnit(deps, actor, projectId, unitId);
}

export async function unitHistory(deps: Deps, actor: Actor, projectId: string, unitId: string) {
  requireAccess({ actor, permission: 'history.read', projectId });
  return listHistory(deps.db.k, projectId, 'unit', unitId);
}

export async function getParkingAreas(deps: Deps, actor: Actor, projectId: string) {
  requireAccess({ actor, permission: 'property.read', projectId });
  return listParkingAreas(deps.db.k, projectId);
}

function spaceRows(projectId: string, areaId: string, bulk: z.infer<typeof SpacesBulk>, now: Date) {
  return spaceCodes(bulk.prefix, bulk.start, bulk.count, bulk.width).map((code) => ({
    project_id: projectId,
    space_id: newId(now.getTime()),
    area_id: areaId,
    code,
    kind: bulk.kind,
    status: 'available',
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  }));
}

export async function createParkingArea(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof CreateParkingAreaBody>,
) {
  requireAccess({ actor, permission: 'property.manage', projectId });
  const now = deps.clock.now();
  const areaId = newId(now.getTime());
  await deps.db.k.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom('parking_areas')
      .select('area_id')
      .where('project_id', '=', projectId)
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (clash)
      throw new AppError('DUPLICATE', {
        params: { what: 'what.parking_area' },
        fields: [{ path: 'code', key: 'error.DUPLICATE', params: { what: 'what.code' } }],
      });
    await trx
      .insertInto('parking_areas')
      .values({
        project_id: projectId,
        area_id: areaId,
        code: input.code,
        name: input.name,
        kind: input.kind,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    if (input.spaces)
      await inChunks(spaceRows(projectId, areaId, input.spaces, now), (slice) =>
        trx.insertInto('parking_spaces').values(slice).execute(),
      );
    await recordHistory(trx, {
      projectId,
      entityType: 'parking_area',
      entityId: areaId,
      action: 'created',
      actor,
      at: now,
      after: input,
    });
  });
  await announce(deps, projectId, 'property.parking.changed', areaId);
  return (await listParkingAreas(deps.db.k, projectId)).find((a) => a.areaId === areaId)!;
}

export async function addSpaces(
  deps: Deps,
  actor: Actor,
  projectId: string,
  areaId: string,
  bulk: z.infer<typeof SpacesBulk>,
) {
  requireAccess({ actor, permission: 'property.manage', projectId });
  const now = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const area = await trx
      .selectFrom('parking_areas')
      .select('area_id')
      .where('project_id', '=', projectId)
      .where('area_id', '=', areaId)
      .executeTakeFirst();
    if (!area) throw notFound('what.parking_area');
    const rows = spaceRows(projectId, areaId, bulk, now);
    const taken = await trx
      .selectFrom('parking_spaces')
      .select('code')
      .where('project_id', '=', projectId)
      .where('area_id', '=', areaId)
      .where(
        'code',
        'in',
        rows.map((r) => r.code),
      )
      .executeTakeFirst();
    if (taken)
      throw new AppError('DUPLICATE', {
        params: { what: 'what.parking_space' },
        fields: [{ path: 'start', key: 'error.DUPLICATE', params: { what: taken.code } }],
      });
    await inChunks(rows, (slice) => trx.insertInto('parking_spaces').values(slice).execute());
    await recordHistory(trx, {
      projectId,
      entityType: 'parking_area',
      entityId: areaId,
      action: 'spaces_added',
      actor,
      at: now,
      after: bulk,
    });
  });
  await announce(deps, projectId, 'property.parking.changed', areaId);
  return listSpaces(deps.db.k, projectId, areaId);
}

export async function getSpaces(deps: Deps, actor: Actor, projectId: string, areaId: string) {
  requireAccess({ actor, permission: 'property.read', projectId });
  return listSpaces(deps.db.k, projectId, areaId);
}

export async function updateSpace(
  deps: Deps,
  actor: Actor,
  projectId: string,
  spaceId: string,
  input: z.infer<typeof UpdateSpaceBody>,
) {
  requireAccess({ actor, permission: 'property.manage', projectId });
  const now = deps.clock.now();
  const areaId = await deps.db.k.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('parking_spaces')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('space_id', '=', spaceId)
      .executeTakeFirst();
    if (!before) throw notFound('what.parking_space');
    if (input.status && !['available', 'disabled'].includes(before.status)) {
      throw new AppError('ILLEGAL_TRANSITION', { details: { from: before.status, allowed: [] } });
    }
    await trx
      .updateTable('parking_spaces')
      .set({
        ...(input.kind && { kind: input.kind }),
        ...(input.status && { status: input.status }),
        updated_at: now.toISOString(),
      })
      .where('project_id', '=', projectId)
      .where('space_id', '=', spaceId)
      .execute();
    await recordHistory(trx, {
      projectId,
      entityType: 'parking_space',
      entityId: spaceId,
      action: 'updated',
      actor,
      at: now,
      before,
      after: input,
    });
    return before.area_id;
  });
  await announce(deps, projectId, 'property.parking.changed', areaId);
  return (await listSpaces(deps.db.k, projectId, areaId)).find((s) => s.spaceId === spaceId)!;
}
