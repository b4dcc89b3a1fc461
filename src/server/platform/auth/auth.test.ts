import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../../../tests/support/factory/index.ts';

createTestApp('auth and sessions', (ctx) => {
  test('a demo user logs in, sees only their projects, and logs out', async () => {
    const clerk = await ctx().login('clerk');
    const me = await clerk.get('/api/auth/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.user.username, 'clerk');
    assert.deepEqual(
      me.body.projects.map((p: { code: string }) => p.code),
      ['CAMPUS'],
    );
    assert.ok(me.body.projects[0].permissions.includes('property.read'));
    assert.equal((await clerk.post('/api/auth/logout')).status, 204);
    assert.equal((await clerk.get('/api/auth/me')).status, 401);
  });

  test('wrong password is refused with a translated message', async () => {
    const c = ctx().anonymous();
    c.lang = 'zh-CN';
    const r = await c.post('/api/auth/login', { username: 'clerk', password: 'nope' });
    assert.equal(r.status, 401);
    assert.equal(r.body.error.code, 'UNAUTHENTICATED');
    assert.equal(r.body.error.message, '用户名或密码错误');
  });

  test('login waits after 5 failures for one username from one address (more in login-throttle.test.ts)', async () => {
    const c = ctx().anonymous();
    for (let i = 0; i < 5; i++)
      assert.equal((await c.post('/api/auth/login', { username: 'cleaner', password: 'bad' })).status, 401);
    const locked = await c.post('/api/auth/login', { username: 'cleaner', password: 'Demo2026' });
    assert.equal(locked.status, 429);
    assert.equal(locked.body.error.code, 'RATE_LIMITED');
    assert.equal(locked.headers.get('retry-after'), '30');
    ctx().clock.advanceMinutes(1);
    assert.equal(
      (await c.post('/api/auth/login', { username: 'cleaner', password: 'Demo2026' })).status,
      200,
    );
  });

  test('unsafe requests without the CSRF token are refused and change nothing', async () => {
    const pm = await ctx().login('pm');
    const csrf = pm.csrf;
    pm.csrf = '';
    const r = await pm.request('PATCH', `/api/projects/${ctx().projects.CAMPUS}`, {
      version: 1,
      name: 'hijacked',
    });
    assert.equal(r.status, 403);
    assert.equal(r.body.error.code, 'CSRF');
    pm.csrf = csrf;
    const p = await pm.get(`/api/projects/${ctx().projects.CAMPUS}`);
    assert.notEqual(p.body.name, 'hijacked');
  });

  test('password change: needs the current password, a strong new one, and ends other sessions', async () => {
    const a = await ctx().login('cashier');
    const b = await ctx().login('cashier');
    assert.equal(
      (await a.post('/api/auth/password', { currentPassword: 'wrong', newPassword: 'Better2026' })).status,
      422,
    );
    const weak = await a.post('/api/auth/password', { currentPassword: 'Demo2026', newPassword: 'short' });
    assert.equal(weak.status, 422);
    assert.equal(weak.body.error.fields[0].path, 'newPassword');
    assert.equal(
      (await a.post('/api/auth/password', { currentPassword: 'Demo2026', newPassword: 'Better2026' })).status,
      204,
    );
    assert.equal((await a.get('/api/auth/me')).status, 200);
    assert.equal((await b.get('/api/auth/me')).status, 401);
    await ctx().login('cashier', 'Better2026');
  });

  test('language preference switches API messages', async () => {
    const c = await ctx().login('guard');
    const missing = '/api/projects/00000000-0000-7000-8000-000000000000';
    c.lang = 'zh-CN';
    assert.match((await c.get(missing)).body.error.message, /找不到/);
    c.lang = 'en';
    assert.equal((await c.get(missing)).body.error.message, 'Project not found');
    // Without a language cookie the user's saved preference decides.
    assert.equal((await c.put('/api/auth/locale', { locale: 'en' })).status, 204);
    const cookieless = await ctx().app.request(missing, {
      headers: { cookie: c.cookie, 'accept-language': 'zh-CN' },
    });
    assert.equal(
      ((await cookieless.json()) as { error: { message: string } }).error.message,
      'Project not found',
    );
  });

  test('ORG-2: until a new or reset password is changed, the session may only read who it is, change the password, pick the language and log out', async () => {
    const admin = await ctx().login('admin');
    const P = ctx().projects.CAMPUS;
    assert.equal(
      (
        await admin.post('/api/staff', {
          username: 'newbie',
          displayName: '新人',
          password: 'Start2026',
          projectId: P,
          roles: [{ role: 'cs_clerk' }],
        })
      ).status,
      201,
    );
    const c = await ctx().login('newbie', 'Start2026');
    const me = await c.get('/api/auth/me');
    assert.deepEqual([me.status, me.body.user.mustChangePassword], [200, true]);
    const self = me.body.user.userId as string;
    for (const [method, path, body] of [
      ['GET', '/api/projects'],
      ['GET', `/api/projects/${P}/buildings`],
      ['GET', `/api/staff?projectId=${P}`],
      ['PATCH', `/api/staff/${self}`, { displayName: '冒名' }],
      ['GET', '/api/events'],
      ['GET', '/api/docs'],
    ] as const) {
      const r = await c.request(method, path, body);
      assert.deepEqual(
        [r.status, r.body?.error?.code],
        [403, 'PASSWORD_CHANGE_REQUIRED'],
        `${method} ${path}`,
      );
    }
    c.lang = 'zh-CN';
    assert.equal(
      (await c.get('/api/projects')).body.error.message,
      '请先修改密码：首次登录或密码被重置后，须设置您自己的密码才能继续使用',
    );
    const other = await ctx().login('newbie', 'Start2026');
    assert.equal((await other.post('/api/auth/logout')).status, 204);
    assert.equal((await c.put('/api/auth/locale', { locale: 'en' })).status, 204);
    const row = await ctx()
      .deps.db.k.selectFrom('users')
      .select(['display_name', 'locale'])
      .where('user_id', '=', self)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { display_name: '新人', locale: 'en' });
    assert.equal(
      (await c.post('/api/auth/password', { currentPassword: 'Start2026', newPassword: 'Newbie2026' }))
        .status,
      204,
    );
    assert.equal((await c.get('/api/projects')).status, 200);
    assert.equal((await c.patch(`/api/staff/${self}`, { displayName: '新人小王' })).status, 200);
  });
});
