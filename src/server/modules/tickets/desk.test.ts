import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  createTestTicket,
  notificationsOf,
  step,
  ticketsUrl,
  campusUnitId,
} from '../../../../tests/support/factory/index.ts';
import { ticketsDb } from './tables.ts';

const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);

createTestApp('front desk helpers', (ctx) => {
  test('TKT-7/PHR-1: the intake form gets the project greeting and the standard phrases', async () => {
    const clerk = await ctx().login('clerk');
    const r = await clerk.get(`/api/projects/${ctx().projects.CAMPUS}/desk/phrases`);
    assert.equal(r.status, 200);
    assert.match(r.body.greetingZh, /国际金融中心/);
    const greet = r.body.groups.find((g: { group: string }) => g.group === 'greeting');
    assert.match(greet.phrases[0].zh, /国际金融中心客户服务中心/);
    assert.ok(r.body.taboo.some((t: { phrase: string }) => t.phrase === '他不在'));
  });

  test('PHR-1: a reply with a taboo phrase is flagged with the polite alternative', async () => {
    const clerk = await ctx().login('clerk');
    const r = await clerk.post(`/api/projects/${ctx().projects.CAMPUS}/desk/check-reply`, {
      text: '经理他不在，不知道去哪了',
    });
    assert.deepEqual(
      r.body.map((h: { phrase: string }) => h.phrase),
      ['他不在', '不知道去哪了'],
    );
  });

  test('TKT-1: photos are attached to a ticket, checked to be images, and shown on the timeline', async () => {
    const clerk = await ctx().login('clerk');
    const t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '周建国',
      unitId: await campusUnitId(ctx(), '1-405'),
      description: '天花板渗水',
      urgency: 'urgent',
    });
    const url = `${ticketsUrl(ctx())}/${t.ticketId}/photos`;
    const bad = await clerk.request('POST', url, new TextEncoder().encode('not an image'), {
      'content-type': 'image/jpeg',
    });
    assert.equal(bad.status, 422);
    const ok = await clerk.request('POST', url, PNG, { 'content-type': 'image/png' });
    assert.equal(ok.status, 201);
    const img = await ctx().app.request(
      `${ticketsUrl(ctx())}/${t.ticketId}/attachments/${ok.body.attachmentId}`,
      { headers: { cookie: clerk.cookie } },
    );
    assert.equal(img.status, 200);
    assert.equal(img.headers.get('content-type'), 'image/png');
    assert.deepEqual(new Uint8Array(await img.arrayBuffer()), PNG);
    const estate = await ctx().login('estate.clerk');
    assert.equal((await estate.request('POST', url, PNG, { 'content-type': 'image/png' })).status, 404);
  });

  test('CMP-5: the supervisor reads the notification about a major complaint and marks it read', async () => {
    const clerk = await ctx().login('clerk');
    const sup = await ctx().login('supervisor');
    let t = await createTestTicket(clerk, ctx(), {
      kind: 'complaint',
      customerName: '高远',
      publicArea: '地下车库',
      description: '车库大面积积水',
      eventAt: '2026-11-25T00:00:00Z',
    });
    t = await step(sup, ctx(), t, 'classify', {
      validity: 'valid',
      level: 'major',
      complaintType: 'emergency',
    });
    const list = await sup.get(`/api/projects/${ctx().projects.CAMPUS}/notifications?unread=1`);
    const mine = list.body.filter((n: { ticketId: string }) => n.ticketId === t.ticketId);
    assert.equal(mine.length, 1);
    assert.equal(mine[0].kind, 'complaint.major');
    assert.equal(mine[0].number, t.number);
    assert.equal(
      (
        await sup.post(`/api/projects/${ctx().projects.CAMPUS}/notifications/read`, {
          ids: [mine[0].notificationId],
        })
      ).status,
      204,
    );
    const after = await sup.get(`/api/projects/${ctx().projects.CAMPUS}/notifications?unread=1`);
    assert.ok(!after.body.some((n: { ticketId: string }) => n.ticketId === t.ticketId));
    assert.equal((await notificationsOf(ctx(), 'pm', t.ticketId)).length, 1);
  });
});

createTestApp('price list and department members', (ctx) => {
  test('REP-3: the price list is read by the desk and kept by managers; a withdrawn price is not offered', async () => {
    const clerk = await ctx().login('clerk');
    const pm = await ctx().login('pm');
    const url = `/api/projects/${ctx().projects.CAMPUS}/service-prices`;
    const list = await clerk.get(url);
    assert.ok(
      list.body.some(
        (p: { name: string; priceFen: number }) => p.name === '疏通下水道' && p.priceFen === 8000,
      ),
    );
    assert.equal((await clerk.post(url, { name: '搬运', unit: '次', priceFen: 5000 })).status, 403);
    const created = await pm.post(url, { name: '搬运', unit: '次', priceFen: 5000 });
    assert.equal(created.status, 201);
    assert.equal((await pm.post(url, { name: '负价', unit: '次', priceFen: -1 })).status, 400);
    assert.equal((await pm.post(`${url}/${created.body.priceId}/withdraw`)).status, 204);
    assert.ok(
      !(await clerk.get(url)).body.some((p: { priceId: string }) => p.priceId === created.body.priceId),
    );
  });

  test('dispatch: a department lists its active members with their open work', async () => {
    const clerk = await ctx().login('clerk');
    const r = await clerk.get(`/api/projects/${ctx().projects.CAMPUS}/departments/engineering/members`);
    assert.equal(r.status, 200);
    assert.deepEqual(
      r.body.map((m: { name: string }) => m.name).sort(),
      ['刘强（工程部）', '马力（工程部经理）', '黄海（工程部）'].sort(),
    );
  });
});

createTestApp('dispatch round-robin', (ctx) => {
  test('forwarding without a named person goes round-robin to the working members, never to the department head', async () => {
    const clerk = await ctx().login('clerk');
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      let t = await createTestTicket(clerk, ctx(), {
        kind: 'repair',
        customerName: `客户${i}`,
        unitId: await campusUnitId(ctx(), '1-405'),
        description: '灯不亮',
        urgency: 'urgent',
      });
      t = await step(clerk, ctx(), t, 'forward', { department: 'engineering' });
      names.push(t.assigneeName);
    }
    assert.deepEqual(names, ['刘强（工程部）', '黄海（工程部）', '刘强（工程部）', '黄海（工程部）']);
  });

  test('members at their open-ticket cap are skipped; with everyone at the cap the ticket waits unassigned', async () => {
    const clerk = await ctx().login('clerk');
    const dept = await ctx()
      .deps.db.k.selectFrom('departments')
      .select('department_id')
      .where('project_id', '=', ctx().projects.CAMPUS)
      .where('code', '=', 'engineering')
      .executeTakeFirstOrThrow();
    await ticketsDb(ctx().deps.db.k)
      .insertInto('dispatch_state')
      .values({
        project_id: ctx().projects.CAMPUS,
        department_id: dept.department_id,
        last_user_id: null,
        open_cap: 3,
      })
      .onConflict((oc) => oc.columns(['project_id', 'department_id']).doUpdateSet({ open_cap: 3 }))
      .execute();
    const assigned: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      let t = await createTestTicket(clerk, ctx(), {
        kind: 'repair',
        customerName: `客户${i}`,
        unitId: await campusUnitId(ctx(), '1-405'),
        description: '灯不亮',
        urgency: 'urgent',
      });
      t = await step(clerk, ctx(), t, 'forward', { department: 'engineering' });
      assigned.push(t.assigneeName);
    }
    // Each engineer already had 2 open from the test before: one more each, then nobody is free.
    assert.equal(assigned.filter((a) => a !== null).length, 2);
    assert.equal(assigned[2], null);
  });
});
