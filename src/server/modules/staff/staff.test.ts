import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../../../tests/support/factory/index.ts';

createTestApp('staff accounts and roles', (ctx) => {
  test('ORG-2: a manager creates a staff account with roles; the person logs in and must change the password', async () => {
    const pm = await ctx().login('pm');
    const r = await pm.post('/api/staff', {
      username: 'xiaoli',
      displayName: '小李',
      phone: '13800138000',
      password: 'Start2026',
      projectId: ctx().projects.CAMPUS,
      roles: [{ role: 'cs_clerk' }],
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.mustChangePassword, true);
    assert.deepEqual(
      r.body.memberships.map((m: { role: string; department: string }) => [m.role, m.department]),
      [['cs_clerk', 'cs']],
    );
    const me = (await ctx().login('xiaoli', 'Start2026')).get('/api/auth/me');
    const body = (await me).body;
    assert.equal(body.user.mustChangePassword, true);
    assert.deepEqual(
      body.projects.map((p: { code: string }) => p.code),
      ['CAMPUS'],
    );
  });

  test('ORG-3: a role is placed in its department, or in the one named', async () => {
    const admin = await ctx().login('admin');
    const r = await admin.post('/api/staff', {
      username: 'lao.wang',
      displayName: '老王',
      password: 'Start2026',
      projectId: ctx().projects.CAMPUS,
      roles: [{ role: 'engineering' }, { role: 'night_manager', department: 'security' }],
    });
    assert.equal(r.status, 201);
    const depts = Object.fromEntries(
      r.body.memberships.map((m: { role: string; department: string }) => [m.role, m.department]),
    );
    assert.deepEqual(depts, { engineering: 'engineering', night_manager: 'security' });
  });

  test('bad staff input: duplicate username, weak password, unknown role, admin rights by a non-admin', async () => {
    const pm = await ctx().login('pm');
    const p = ctx().projects.CAMPUS;
    assert.equal(
      (
        await pm.post('/api/staff', {
          username: 'clerk',
          displayName: 'x',
          password: 'Start2026',
          projectId: p,
        })
      ).status,
      409,
    );
    const weak = await pm.post('/api/staff', {
      username: 'weak1',
      displayName: 'x',
      password: '12345678',
      projectId: p,
    });
    assert.equal(weak.status, 422);
    assert.equal(weak.body.error.fields[0].path, 'password');
    const role = await pm.post('/api/staff', {
      username: 'r1',
      displayName: 'x',
      password: 'Start2026',
      projectId: p,
      roles: [{ role: 'king' }],
    });
    assert.equal(role.status, 400);
    assert.equal(role.body.error.fields[0].path, 'roles.0.role');
    assert.equal(
      (
        await pm.post('/api/staff', {
          username: 'boss',
          displayName: 'x',
          password: 'Start2026',
          projectId: p,
          isCompanyAdmin: true,
        })
      ).status,
      403,
    );
    assert.equal(
      (await pm.post('/api/staff', { username: 'nowhere', displayName: 'x', password: 'Start2026' })).status,
      403,
    );
    const estatePm = await ctx().login('estate.pm');
    assert.equal(
      (
        await estatePm.post('/api/staff', {
          username: 'intruder',
          displayName: 'x',
          password: 'Start2026',
          projectId: p,
        })
      ).status,
      404,
    );
    const users = await ctx()
      .deps.db.k.selectFrom('users')
      .select('username')
      .where('username', 'in', ['weak1', 'r1', 'boss', 'nowhere', 'intruder'])
      .execute();
    assert.deepEqual(users, []);
  });

  test('disabling a person ends their sessions; nobody disables their own account, so the last company admin stays', async () => {
    const pm = await ctx().login('pm');
    const staff = (await pm.get(`/api/staff?projectId=${ctx().projects.CAMPUS}`)).body;
    const cleaner = staff.find((s: { username: string }) => s.username === 'cleaner');
    const session = await ctx().login('cleaner');
    assert.equal((await pm.patch(`/api/staff/${cleaner.userId}`, { active: false })).status, 200);
    assert.equal((await session.get('/api/auth/me')).status, 401);
    const again = await ctx()
      .anonymous()
      .post('/api/auth/login', { username: 'cleaner', password: 'Demo2026' });
    assert.equal(again.status, 403);
    await pm.patch(`/api/staff/${cleaner.userId}`, { active: true });
    const admin = await ctx().login('admin');
    const adminRow = (await admin.get('/api/staff')).body.find(
      (s: { username: string }) => s.username === 'admin',
    );
    const last = await admin.patch(`/api/staff/${adminRow.userId}`, { active: false });
    assert.deepEqual(
      [last.status, last.body.error.message],
      [
        403,
        'You cannot change your own roles or account state, or reset your own password here; your superior does that (use "Change password" for your password)',
      ],
    );
    assert.equal((await admin.get('/api/auth/me')).status, 200);
    assert.equal((await pm.patch(`/api/staff/${adminRow.userId}`, { displayName: 'x' })).status, 403);
  });

  test('a password reset forces a change at next login', async () => {
    const admin = await ctx().login('admin');
    const guard = (await admin.get('/api/staff')).body.find(
      (s: { username: string }) => s.username === 'guard',
    );
    assert.equal(
      (await admin.post(`/api/staff/${guard.userId}/password`, { password: 'Reset2026x' })).status,
      204,
    );
    const c = await ctx().login('guard', 'Reset2026x');
    assert.equal((await c.get('/api/auth/me')).body.user.mustChangePassword, true);
  });
});
