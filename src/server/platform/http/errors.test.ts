import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../../../tests/support/factory/index.ts';
import { MAX_JSON_BODY } from '../../app.ts';

createTestApp('uniform errors: bad input is refused clearly and writes nothing', (ctx) => {
  const buildings = () => `/api/projects/${ctx().projects.CAMPUS}/buildings`;
  const countBuildings = async () =>
    (await ctx().deps.db.k.selectFrom('buildings').select('building_id').execute()).length;
  const good = {
    code: 'E1',
    name: 'E1',
    kind: 'office',
    floorsAbove: 2,
    segments: [{ fromFloor: 1, toFloor: 2, unitsPerFloor: 2, use: 'office' }],
  };

  test('unknown fields are refused with their path (400)', async () => {
    const pm = await ctx().login('pm');
    const n = await countBuildings();
    const r = await pm.post(buildings(), {
      ...good,
      colour: 'red',
      segments: [{ ...good.segments[0], lift: true }],
    });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, 'VALIDATION');
    const paths = r.body.error.fields.map((f: { path: string }) => f.path).sort();
    assert.deepEqual(paths, ['colour', 'segments.0.lift']);
    assert.equal(r.body.error.fields[0].message, 'Field not allowed');
    assert.equal(await countBuildings(), n);
  });

  test('wrong types and missing fields are refused per field, translated (400)', async () => {
    const pm = await ctx().login('pm');
    pm.lang = 'zh-CN';
    const n = await countBuildings();
    const r = await pm.post(buildings(), { ...good, floorsAbove: 'twenty', name: undefined });
    assert.equal(r.status, 400);
    const byPath = Object.fromEntries(
      r.body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    assert.equal(byPath.name, '必填');
    assert.match(byPath.floorsAbove, /应为/);
    assert.equal(r.body.error.message, '提交的内容有误，请检查标出的字段');
    assert.equal(await countBuildings(), n);
  });

  test('out-of-range and enum values name the allowed range (400)', async () => {
    const pm = await ctx().login('pm');
    const r = await pm.post(buildings(), { ...good, floorsAbove: 0, kind: 'castle' });
    assert.equal(r.status, 400);
    const byPath = Object.fromEntries(
      r.body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    assert.equal(byPath.floorsAbove, 'Must be at least 1');
    assert.match(byPath.kind, /office/);
  });

  test('malformed JSON is a 400, not a crash', async () => {
    const pm = await ctx().login('pm');
    const r = await pm.request('POST', buildings(), '{"code": ');
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, 'BAD_REQUEST');
  });

  test('oversized bodies are refused (413) and write nothing', async () => {
    const pm = await ctx().login('pm');
    const n = await countBuildings();
    const r = await pm.request(
      'POST',
      buildings(),
      JSON.stringify({ ...good, name: 'x'.repeat(MAX_JSON_BODY + 10) }),
    );
    assert.equal(r.status, 413);
    assert.equal(r.body.error.code, 'PAYLOAD_TOO_LARGE');
    assert.equal(await countBuildings(), n);
  });

  test('a malformed id in the path is a 404, as an unknown one is', async () => {
    const pm = await ctx().login('pm');
    assert.equal((await pm.get('/api/projects/not-a-uuid/buildings')).status, 404);
    const r = await pm.get(
      `/api/projects/${ctx().projects.CAMPUS}/units/01a00000-0000-7000-8000-000000000000`,
    );
    assert.equal(r.status, 404);
    assert.equal(r.body.error.message, 'Unit not found');
    const unknown = await pm.get('/api/no-such-thing');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'NOT_FOUND');
  });

  test('the OpenAPI document at /api/docs lists the routes with their schemas', async () => {
    const r = await ctx().anonymous().get('/api/docs');
    assert.equal(r.status, 200);
    assert.equal(r.body.openapi, '3.1.0');
    assert.ok(r.body.paths['/projects/{projectId}/buildings'].post);
    assert.ok(r.body.paths['/auth/login'].post);
    assert.ok(r.body.components.schemas.CreateBuilding);
  });
});
