import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../../../tests/support/factory/index.ts';

createTestApp('access control', (ctx) => {
  test('ORG-1: a user of project A can neither read nor change project B', async () => {
    const estateClerk = await ctx().login('estate.clerk');
    const campus = ctx().projects.CAMPUS;
    for (const path of [
      `/api/projects/${campus}`,
      `/api/projects/${campus}/buildings`,
      `/api/projects/${campus}/parking-areas`,
      `/api/projects/${campus}/calendar/2026`,
      `/api/staff?projectId=${campus}`,
    ]) {
      const r = await estateClerk.get(path);
      assert.equal(r.status, 404, path);
    }
    const estatePm = await ctx().login('estate.pm');
    const write = await estatePm.post(`/api/projects/${campus}/buildings`, {
      code: '9',
      name: 'x',
      kind: 'office',
      floorsAbove: 2,
      segments: [],
    });
    assert.equal(write.status, 404);
    const count = await ctx()
      .deps.db.k.selectFrom('buildings')
      .select('code')
      .where('project_id', '=', campus)
      .where('code', '=', '9')
      .execute();
    assert.equal(count.length, 0);
    const list = await estatePm.get('/api/projects');
    assert.deepEqual(
      list.body.map((p: { code: string }) => p.code),
      ['ESTATE'],
    );
  });

  test('ORG-1: the company admin sees every project', async () => {
    const admin = await ctx().login('admin');
    const list = await admin.get('/api/projects');
    assert.deepEqual(list.body.map((p: { code: string }) => p.code).sort(), ['CAMPUS', 'ESTATE']);
  });

  test('ORG-2: a role without a permission gets 403', async () => {
    const engineer = await ctx().login('engineer');
    const campus = ctx().projects.CAMPUS;
    assert.equal((await engineer.get(`/api/projects/${campus}/buildings`)).status, 200);
    const r = await engineer.post(`/api/projects/${campus}/buildings`, {
      code: '9',
      name: 'x',
      kind: 'office',
      floorsAbove: 2,
      segments: [],
    });
    assert.equal(r.status, 403);
    assert.equal(r.body.error.code, 'FORBIDDEN');
    assert.equal((await engineer.get(`/api/staff?projectId=${campus}`)).status, 403);
    assert.equal(
      (await engineer.post('/api/projects', { code: 'X', name: 'x', kind: 'office' })).status,
      403,
    );
  });

  test('ORG-2: a person may hold several roles; permissions are their union', async () => {
    const admin = await ctx().login('admin');
    const campus = ctx().projects.CAMPUS;
    const staff = await admin.get(`/api/staff?projectId=${campus}`);
    const guard = staff.body.find((s: { username: string }) => s.username === 'guard');
    const r = await admin.put(`/api/projects/${campus}/members/${guard.userId}/roles`, {
      roles: [{ role: 'security' }, { role: 'cs_manager' }],
    });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.memberships.map((m: { role: string }) => m.role).sort(), [
      'cs_manager',
      'security',
    ]);
    const g = await ctx().login('guard');
    assert.equal((await g.get(`/api/staff?projectId=${campus}`)).status, 200);
    await admin.put(`/api/projects/${campus}/members/${guard.userId}/roles`, {
      roles: [{ role: 'security' }],
    });
    assert.equal((await g.get(`/api/staff?projectId=${campus}`)).status, 403);
  });

  test('every API endpoint but login and health needs a session', async () => {
    const anon = ctx().anonymous();
    for (const path of [
      '/api/projects',
      '/api/auth/me',
      `/api/projects/${ctx().projects.CAMPUS}/buildings`,
      '/api/staff',
    ]) {
      assert.equal((await anon.get(path)).status, 401, path);
    }
  });
});
