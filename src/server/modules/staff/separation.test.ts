/**
 * ORG-2 separation of duties over HTTP on both databases, as an insider would try it: a CS
 * manager taking over the project manager and the archive, a manager approving for an account
 * whose password he chose, a project manager reaching into another project's staff.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, userIdOf } from '../../../../tests/support/factory/index.ts';
import { moduleDb } from '../../platform/db/module-db.ts';
import type { CustomersTables } from '../customers/index.ts';

const exportsDb = moduleDb<CustomersTables>();

createTestApp('separation of duties (ORG-2)', (ctx) => {
  let P = '';
  let csm: Client;
  let pm: Client;
  const ids: Record<string, string> = {};
  /** estate.pm's password: the demo's until the reset test has him choose his own. */
  let estatePmPassword: string | undefined;
  const user = (username: string) =>
    ctx().deps.db.k.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const rolesOf = async (username: string, projectId = P) =>
    (
      await ctx()
        .deps.db.k.selectFrom('memberships')
        .select('role')
        .where('project_id', '=', projectId)
        .where('user_id', '=', await userIdOf(ctx(), username))
        .execute()
    )
      .map((m) => m.role)
      .sort();
  const staffHistoryBy = async (actorName: string) =>
    Number(
      (
        await ctx()
          .deps.db.k.selectFrom('history')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('entity_type', '=', 'staff')
          .where('actor_id', '=', await userIdOf(ctx(), actorName))
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** Logs in with the password someone else set and chooses an own one, as the UI makes the person do first. */
  const firstLogin = async (username: string, given: string) => {
    const c = await ctx().login(username, given);
    assert.equal(
      (await c.post('/api/auth/password', { currentPassword: given, newPassword: 'Mine2026x' })).status,
      204,
    );
    return c;
  };
  const askExport = async (c: Client) => {
    const r = await c.post(`/api/projects/${P}/archives/exports`, {
      buildingId: null,
      purpose: '业主大会筹备核对名册',
      recipient: '街道办',
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body.exportId as string;
  };
  const approveExport = (c: Client, id: string) =>
    c.post(`/api/projects/${P}/archives/exports/${id}/approve`, { note: '同意' });
  const exportRow = (id: string) =>
    exportsDb(ctx().deps.db.k)
      .selectFrom('export_requests')
      .select(['status', 'decided_by'])
      .where('export_id', '=', id)
      .executeTakeFirstOrThrow();

  before(async () => {
    P = ctx().projects.CAMPUS;
    csm = await ctx().login('csmanager');
    pm = await ctx().login('pm');
    for (const u of ['pm', 'csmanager', 'archivist', 'clerk', 'cleaner']) ids[u] = await userIdOf(ctx(), u);
  });

  test('ORG-2: a CS manager can neither take over the project manager nor the archive; nothing is written', async () => {
    const pmBefore = await user('pm');
    const reset = await csm.post(`/api/staff/${ids.pm}/password`, { password: 'Taken2026x' });
    assert.deepEqual(
      [reset.status, reset.body.error.message],
      [
        403,
        '陈明（项目经理） holds a role at or above yours; only someone above them can manage their account',
      ],
    );
    const promote = await csm.put(`/api/projects/${P}/members/${ids.csmanager}/roles`, {
      roles: [{ role: 'project_manager' }],
    });
    assert.deepEqual([promote.status, promote.body.error.code], [403, 'FORBIDDEN']);
    assert.match(promote.body.error.message, /your own roles/);
    assert.equal(
      (await csm.put(`/api/projects/${P}/members/${ids.pm}/roles`, { roles: [{ role: 'cleaning' }] })).status,
      403,
    );
    assert.equal((await csm.patch(`/api/staff/${ids.archivist}`, { active: false })).status, 403);
    assert.equal(
      (await csm.post(`/api/staff/${ids.archivist}/password`, { password: 'Taken2026x' })).status,
      403,
    );
    const puppet = await csm.post('/api/staff', {
      username: 'puppet',
      displayName: '傀儡',
      password: 'Start2026',
      projectId: P,
      roles: [{ role: 'cs_clerk' }, { role: 'archivist' }],
    });
    assert.deepEqual(
      [puppet.status, puppet.body.error.fields],
      [
        403,
        [
          {
            path: 'roles.1.role',
            message: 'You cannot grant "Archivist": that role is at or above your own',
          },
        ],
      ],
    );
    csm.lang = 'zh-CN';
    const pmGrant = await csm.post('/api/staff', {
      username: 'puppet',
      displayName: '傀儡',
      password: 'Start2026',
      projectId: P,
      roles: [{ role: 'project_manager' }],
    });
    assert.equal(pmGrant.body.error.message, '不能授予“项目经理”：该角色与您同级或高于您');
    csm.lang = 'en';
    // Nothing changed: the PM's password and account, everyone's roles, no puppet, no history.
    const pmAfter = await user('pm');
    assert.deepEqual(
      [pmAfter?.password_hash, pmAfter?.must_change_password, pmAfter?.password_reset_by],
      [pmBefore?.password_hash, 0, null],
    );
    await ctx().login('pm');
    assert.deepEqual(await rolesOf('csmanager'), ['cs_manager']);
    assert.deepEqual(await rolesOf('pm'), ['project_manager']);
    assert.equal((await user('archivist'))?.active, 1);
    assert.equal(await user('puppet'), undefined);
    assert.equal(await staffHistoryBy('csmanager'), 0);
    // What stays the CS manager's: the people below him.
    assert.equal(
      (
        await csm.put(`/api/projects/${P}/members/${ids.cleaner}/roles`, {
          roles: [{ role: 'cleaning' }, { role: 'cs_supervisor' }],
        })
      ).status,
      200,
    );
    assert.equal(
      (await csm.put(`/api/projects/${P}/members/${ids.cleaner}/roles`, { roles: [{ role: 'cleaning' }] }))
        .status,
      200,
    );
  });

  test('ORG-2: only a company admin manages project managers; a reset forces a change at next login and is in the history', async () => {
    const estate = ctx().projects.ESTATE;
    const estatePm = await userIdOf(ctx(), 'estate.pm');
    const admin = await ctx().login('admin');
    assert.equal(
      (
        await pm.put(`/api/projects/${P}/members/${ids.clerk}/roles`, {
          roles: [{ role: 'project_manager' }],
        })
      ).status,
      403,
    );
    assert.equal((await pm.put(`/api/projects/${P}/members/${ids.pm}/roles`, { roles: [] })).status, 403);
    assert.equal((await pm.patch(`/api/staff/${ids.pm}`, { active: false })).status, 403);
    assert.equal(
      (await pm.post(`/api/staff/${ids.pm}/password`, { password: 'Mine2026x' })).status,
      403,
      'one’s own password is changed with the current one',
    );
    assert.equal(
      (await pm.patch(`/api/staff/${ids.pm}`, { phone: '13900000000' })).status,
      200,
      'one’s own phone stays one’s own',
    );
    assert.deepEqual(await rolesOf('clerk'), ['cs_clerk']);
    assert.equal(
      (await admin.post(`/api/staff/${estatePm}/password`, { password: 'Reset2026x' })).status,
      204,
    );
    const row = await user('estate.pm');
    assert.deepEqual(
      [row?.must_change_password, row?.password_reset_by],
      [1, await userIdOf(ctx(), 'admin')],
    );
    const logged = await ctx()
      .deps.db.k.selectFrom('history')
      .select(['action', 'actor_id', 'after_json'])
      .where('project_id', '=', estate)
      .where('entity_type', '=', 'staff')
      .where('entity_id', '=', estatePm)
      .where('action', '!=', 'created')
      .execute();
    assert.deepEqual(
      logged.map((h) => [h.action, h.actor_id]),
      [['password_reset', await userIdOf(ctx(), 'admin')]],
    );
    assert.doesNotMatch(logged[0]!.after_json ?? '', /Reset2026x/);
    const back = await ctx().login('estate.pm', 'Reset2026x');
    assert.equal((await back.get('/api/auth/me')).body.user.mustChangePassword, true);
    estatePmPassword = 'Mine2026x';
    assert.equal(
      (
        await back.post('/api/auth/password', {
          currentPassword: 'Reset2026x',
          newPassword: estatePmPassword,
        })
      ).status,
      204,
    );
  });

  test('ORG-2: an account created by X, or whose password X reset, never approves for X nor X for it', async () => {
    // The project manager makes an archivist: she may ask for an export, he may not approve it.
    const made = await pm.post('/api/staff', {
      username: 'arch2',
      displayName: '新档案员',
      password: 'Start2026',
      projectId: P,
      roles: [{ role: 'archivist' }],
    });
    assert.equal(made.status, 201);
    assert.equal((await user('arch2'))?.created_by, ids.pm);
    const arch2 = await firstLogin('arch2', 'Start2026');
    const asked = await askExport(arch2);
    const byCreator = await approveExport(pm, asked);
    assert.deepEqual(
      [byCreator.status, byCreator.body.error.message],
      [
        403,
        "One of you created the other's account or reset its password, so you cannot approve for each other; another person with the authority must decide it",
      ],
    );
    assert.deepEqual(await exportRow(asked), { status: 'requested', decided_by: null });
    assert.equal((await approveExport(csm, asked)).status, 200, 'another manager decides');
    // The other way round: the account the admin made does not approve the admin's request.
    const admin = await ctx().login('admin');
    assert.equal(
      (
        await admin.post('/api/staff', {
          username: 'csm2',
          displayName: '新客服经理',
          password: 'Start2026',
          projectId: P,
          roles: [{ role: 'cs_manager' }],
        })
      ).status,
      201,
    );
    const csm2 = await firstLogin('csm2', 'Start2026');
    const adminAsked = await askExport(admin);
    assert.equal((await approveExport(csm2, adminAsked)).status, 403);
    assert.deepEqual(await exportRow(adminAsked), { status: 'requested', decided_by: null });
    // A reset counts as much as a creation: whoever set the password once knew it.
    assert.equal(
      (await pm.post(`/api/staff/${ids.archivist}/password`, { password: 'Reset2026x' })).status,
      204,
    );
    const archivist = await firstLogin('archivist', 'Reset2026x');
    const again = await askExport(archivist);
    assert.equal((await approveExport(pm, again)).status, 403);
    assert.deepEqual(await exportRow(again), { status: 'requested', decided_by: null });
    assert.equal((await approveExport(csm, again)).status, 200);
  });

  test('ORG-2: a project manager cannot add another project’s person; only the admin can, and each project lists its own roles only', async () => {
    const estate = ctx().projects.ESTATE;
    const estatePm = await ctx().login('estate.pm', estatePmPassword);
    const grab = await estatePm.put(`/api/projects/${estate}/members/${ids.clerk}/roles`, {
      roles: [{ role: 'cs_clerk' }],
    });
    assert.equal(grab.status, 404);
    assert.doesNotMatch(JSON.stringify(grab.body), /国际金融中心|CAMPUS/);
    assert.deepEqual(await rolesOf('clerk', estate), []);
    const admin = await ctx().login('admin');
    const added = await admin.put(`/api/projects/${estate}/members/${ids.clerk}/roles`, {
      roles: [{ role: 'cs_clerk' }],
    });
    assert.equal(added.status, 200);
    assert.deepEqual(
      added.body.memberships.map((m: { projectId: string }) => m.projectId),
      [estate],
    );
    const listed = (await estatePm.get(`/api/staff?projectId=${estate}`)).body.find(
      (s: { userId: string }) => s.userId === ids.clerk,
    );
    assert.deepEqual(
      listed.memberships.map((m: { projectId: string; role: string }) => [m.projectId, m.role]),
      [[estate, 'cs_clerk']],
    );
    assert.equal(
      (await admin.put(`/api/projects/${estate}/members/${ids.clerk}/roles`, { roles: [] })).status,
      200,
    );
  });
});
