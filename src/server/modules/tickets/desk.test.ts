import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase } from '../../../../tests/support/harness.ts';
import { intake, notificationsOf, step, ticketsUrl, unitId } from './test-helpers.ts';

const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));

forEachDatabase('front desk helpers', (ctx) => {
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
    const r = await clerk.post(`/api/projects/${ctx().projects.CAMPUS}/desk/check-reply`, { text: '经理他不在，不知道去哪了' });
    assert.deepEqual(r.body.map((h: { phrase: string }) => h.phrase), ['他不在', '不知道去哪了']);
  });

  test('TKT-1: photos are attached to a ticket, checked to be images, and shown on the timeline', async () => {
    const clerk = await ctx().login('clerk');
    const t = await intake(clerk, ctx(), { kind: 'repair', customerName: '周建国', unitId: await unitId(ctx(), '1-405'), description: '天花板渗水', urgency: 'urgent' });
    const url = `${ticketsUrl(ctx())}/${t.ticketId}/photos`;
    const bad = await clerk.request('POST', url, new TextEncoder().encode('not an image'), { 'content-type': 'image/jpeg' });
    assert.equal(bad.status, 422);
    const ok = await clerk.request('POST', url, PNG, { 'content-type': 'image/png' });
    assert.equal(ok.status, 201);
    const img = await ctx().app.request(`${ticketsUrl(ctx())}/${t.ticketId}/attachments/${ok.body.attachmentId}`, { headers: { cookie: clerk.cookie } });
    assert.equal(img.status, 200);
    assert.equal(img.headers.get('content-type'), 'image/png');
    assert.deepEqual(new Uint8Array(await img.arrayBuffer()), PNG);
    const estate = await ctx().login('estate.clerk');
    assert.equal((await estate.request('POST', url, PNG, { 'content-type': 'image/png' })).status, 404);
  });

  test('CMP-5: the supervisor reads the notification about a major complaint and marks it read', async () => {
    const clerk = await ctx().login('clerk');
    const sup = await ctx().login('supervisor');
    let t = await intake(clerk, ctx(), { kind: 'complaint', customerName: '高远', publicArea: '地下车库', description: '车库大面积积水', eventAt: '2026-11-25T00:00:00Z' });
    t = await step(sup, ctx(), t, 'classify', { validity: 'valid', level: 'major', complaintType: 'emergency' });
    const list = await sup.get(`/api/projects/${ctx().projects.CAMPUS}/notifications?unread=1`);
    const mine = list.body.filter((n: { ticketId: string }) => n.ticketId === t.ticketId);
    assert.equal(mine.length, 1);
    assert.equal(mine[0].kind, 'complaint.major');
    assert.equal(mine[0].number, t.number);
    assert.equal((await sup.post(`/api/projects/${ctx().projects.CAMPUS}/notifications/read`, { ids: [mine[0].notificationId] })).status, 204);
    const after = await sup.get(`/api/projects/${ctx().projects.CAMPUS}/notifications?unread=1`);
    assert.ok(!after.body.some((n: { ticketId: string }) => n.ticketId === t.ticketId));
    assert.equal((await notificationsOf(ctx(), 'pm', t.ticketId)).length, 1);
  });
});
