import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../../../tests/support/factory/index.ts';
import { changeUnitStatus } from './index.ts';
import { SYSTEM_ACTOR } from '../../platform/access/actor.ts';

const newBuilding = {
  code: '5',
  name: '5号楼',
  kind: 'office',
  floorsAbove: 6,
  floorsBelow: 1,
  ownerParty: '园区置业',
  managingParty: '本公司',
  segments: [
    { fromFloor: 1, toFloor: 1, unitsPerFloor: 1, use: 'commercial', buildingAreaM2: 500 },
    { fromFloor: 2, toFloor: 6, unitsPerFloor: 4, use: 'office', buildingAreaM2: 120.55, innerAreaM2: 98.1 },
  ],
};

createTestApp('properties', (ctx) => {
  const base = () => `/api/projects/${ctx().projects.CAMPUS}`;

  test('PRP-1: the demo campus has the manuals structure', async () => {
    const pm = await ctx().login('pm');
    const b = await pm.get(`${base()}/buildings`);
    assert.equal(b.status, 200);
    const byCode = Object.fromEntries(b.body.map((x: { code: string }) => [x.code, x]));
    assert.equal(byCode['1'].floorsAbove, 20);
    assert.equal(byCode['1'].unitCount, 3 + 17 * 8);
    assert.equal(byCode['2'].floorsAbove, 18);
    assert.equal(byCode['2'].unitCount, 3 + 15 * 6);
    assert.equal(byCode['3'].kind, 'hotel');
    assert.equal(byCode['4'].kind, 'theatre');
    const areas = await pm.get(`${base()}/parking-areas`);
    const counts = Object.fromEntries(
      areas.body.map((a: { kind: string; spaceCount: number }) => [a.kind, a.spaceCount]),
    );
    assert.deepEqual(counts, { underground: 790, surface: 28 });
  });

  test('PRP-1: bulk-create a building and browse it as building → floor → units', async () => {
    const pm = await ctx().login('pm');
    const r = await pm.post(`${base()}/buildings`, newBuilding);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.unitCount, 21);
    assert.deepEqual(r.body.statusCounts, { not_received: 21 });
    const floors = await pm.get(`${base()}/buildings/${r.body.buildingId}/floors`);
    assert.equal(floors.status, 200);
    assert.deepEqual(
      floors.body.floors.map((f: { label: string }) => f.label),
      ['6', '5', '4', '3', '2', '1'],
    );
    const f2 = floors.body.floors.find((f: { floor: number }) => f.floor === 2);
    assert.deepEqual(
      f2.units.map((u: { code: string }) => u.code),
      ['5-201', '5-202', '5-203', '5-204'],
    );
    assert.equal(f2.units[0].buildingAreaM2, 120.55);
    assert.equal(f2.units[0].innerAreaM2, 98.1);
    const again = await pm.post(`${base()}/buildings`, newBuilding);
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'DUPLICATE');
  });

  test('PRP-1: a bad bulk plan is refused with the field named and nothing is written', async () => {
    const pm = await ctx().login('pm');
    const before = await ctx().deps.db.k.selectFrom('units').select('unit_id').execute();
    const r = await pm.post(`${base()}/buildings`, {
      ...newBuilding,
      code: '6',
      segments: [{ fromFloor: 1, toFloor: 9, unitsPerFloor: 2, use: 'office' }],
    });
    assert.equal(r.status, 422);
    assert.equal(r.body.error.fields[0].path, 'segments.0.fromFloor');
    assert.match(r.body.error.message, /1–6/);
    const after = await ctx().deps.db.k.selectFrom('units').select('unit_id').execute();
    assert.equal(after.length, before.length);
    assert.equal(
      (await ctx().deps.db.k.selectFrom('buildings').select('code').where('code', '=', '6').execute()).length,
      0,
    );
  });

  test('PRP-2: units are edited with a version check; status cannot be edited directly', async () => {
    const pm = await ctx().login('pm');
    const floors = await pm.get(
      `${base()}/buildings/${(await pm.get(`${base()}/buildings`)).body.find((b: { code: string }) => b.code === '1').buildingId}/floors`,
    );
    const unit = floors.body.floors[0].units[0];
    const ok = await pm.patch(`${base()}/units/${unit.unitId}`, {
      version: unit.version,
      buildingAreaM2: 200.05,
      use: 'office',
      note: '朝南',
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.buildingAreaM2, 200.05);
    assert.equal(ok.body.version, unit.version + 1);
    const stale = await pm.patch(`${base()}/units/${unit.unitId}`, {
      version: unit.version,
      note: 'overwrite',
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, 'VERSION_CONFLICT');
    const status = await pm.patch(`${base()}/units/${unit.unitId}`, {
      version: ok.body.version,
      status: 'vacant',
    });
    assert.equal(status.status, 422);
    assert.equal(status.body.error.fields[0].path, 'status');
    const detail = await pm.get(`${base()}/units/${unit.unitId}`);
    assert.equal(detail.body.note, '朝南');
    assert.equal(detail.body.status, unit.status);
    const hist = await pm.get(`${base()}/units/${unit.unitId}/history`);
    assert.equal(hist.body.at(-1).action, 'updated');
    assert.equal(hist.body.at(-1).actorName, '陈明（项目经理）');
  });

  test('PRP-2: a workflow changes a unit status and every change is kept', async () => {
    const pm = await ctx().login('pm');
    const b1 = (await pm.get(`${base()}/buildings`)).body.find((b: { code: string }) => b.code === '2');
    const unit = (await pm.get(`${base()}/buildings/${b1.buildingId}/floors`)).body.floors[0].units[0];
    const at = ctx().clock.now();
    await ctx()
      .deps.db.k.transaction()
      .execute(async (trx) => {
        await changeUnitStatus(trx, {
          projectId: ctx().projects.CAMPUS,
          unitId: unit.unitId,
          to: 'vacant',
          workflow: 'handover',
          reason: '交房完成',
          actor: SYSTEM_ACTOR,
          at,
        });
        await changeUnitStatus(trx, {
          projectId: ctx().projects.CAMPUS,
          unitId: unit.unitId,
          to: 'renovating',
          workflow: 'renovation',
          reason: '装修开工',
          actor: SYSTEM_ACTOR,
          at,
        });
      });
    const detail = await pm.get(`${base()}/units/${unit.unitId}`);
    assert.equal(detail.body.status, 'renovating');
    const last2 = detail.body.statusHistory.slice(-2);
    assert.deepEqual(
      last2.map((h: { toStatus: string; workflow: string }) => [h.toStatus, h.workflow]),
      [
        ['vacant', 'handover'],
        ['renovating', 'renovation'],
      ],
    );
    assert.equal(last2[1].fromStatus, 'vacant');
  });

  test('PRP-3: a building records its owner party and managing party, editable with history', async () => {
    const pm = await ctx().login('pm');
    const b = (await pm.get(`${base()}/buildings`)).body.find((x: { code: string }) => x.code === '3');
    assert.equal(b.ownerParty, '金融中心酒店管理有限公司');
    const r = await pm.patch(`${base()}/buildings/${b.buildingId}`, {
      version: b.version,
      managingParty: '本公司（大物业）',
    });
    assert.equal(r.status, 200);
    assert.equal(r.body.managingParty, '本公司（大物业）');
    const rows = await ctx()
      .deps.db.k.selectFrom('history')
      .selectAll()
      .where('entity_id', '=', b.buildingId)
      .where('action', '=', 'updated')
      .execute();
    assert.equal(rows.length, 1);
    assert.match(rows[0]!.before_json!, /酒店自管/);
  });

  test('PRP-1: parking areas and spaces; a space can be taken out of service', async () => {
    const pm = await ctx().login('pm');
    const r = await pm.post(`${base()}/parking-areas`, {
      code: 'V',
      name: '访客车位',
      kind: 'surface',
      spaces: { count: 12, prefix: 'V', width: 2 },
    });
    assert.equal(r.status, 201);
    assert.equal(r.body.spaceCount, 12);
    const spaces = await pm.get(`${base()}/parking-areas/${r.body.areaId}/spaces`);
    assert.equal(spaces.body[0].code, 'V01');
    const off = await pm.patch(`${base()}/parking-spaces/${spaces.body[0].spaceId}`, { status: 'disabled' });
    assert.equal(off.body.status, 'disabled');
    const more = await pm.post(`${base()}/parking-areas/${r.body.areaId}/spaces`, {
      count: 3,
      prefix: 'V',
      start: 12,
      width: 2,
    });
    assert.equal(more.status, 409);
    const ok = await pm.post(`${base()}/parking-areas/${r.body.areaId}/spaces`, {
      count: 3,
      prefix: 'V',
      start: 13,
      width: 2,
    });
    assert.equal(ok.status, 201);
    assert.equal(ok.body.length, 15);
    const rented = await pm.patch(`${base()}/parking-spaces/${spaces.body[1].spaceId}`, { status: 'rented' });
    assert.equal(rented.status, 400);
  });
});
