/** The people a ticket needs are told at once: the assignee (TKT-3, REP-2) and the supervisors of a new complaint (CMP-2). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  type Client,
  type TestContext,
  createTestTicket,
  step,
  ticketsUrl,
  campusUnitId,
} from '../../../../tests/support/factory/index.ts';

async function userId(ctx: TestContext, username: string): Promise<string> {
  return (
    await ctx.deps.db.k
      .selectFrom('users')
      .select('user_id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).user_id;
}

/** What the person's bell shows: their unread notifications in CAMPUS, through the API. */
async function bell(
  c: Client,
  ctx: TestContext,
): Promise<
  { notificationId: string; kind: string; ticketId: string | null; params: Record<string, unknown> }[]
> {
  const r = await c.get(`/api/projects/${ctx.projects.CAMPUS}/notifications?unread=1`);
  assert.equal(r.status, 200);
  return r.body;
}

const about = (items: Awaited<ReturnType<typeof bell>>, ticketId: string) =>
  items.filter((n) => n.ticketId === ticketId);

createTestApp('service desk: people told at once', (ctx) => {
  test('REP-2/TKT-3: an urgent repair dispatched to an engineer is in his bell at once, marked urgent', async () => {
    const clerk = await ctx().login('clerk');
    const engineer = await ctx().login('engineer');
    let t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '钱宏',
      unitId: await campusUnitId(ctx(), '1-808'),
      description: '办公室插座冒烟',
      urgency: 'urgent',
    });
    assert.deepEqual(about(await bell(engineer, ctx()), t.ticketId), [], 'nothing before dispatch');
    t = await step(clerk, ctx(), t, 'forward', {
      department: 'engineering',
      assigneeId: await userId(ctx(), 'engineer'),
    });
    const mine = about(await bell(engineer, ctx()), t.ticketId);
    assert.equal(mine.length, 1);
    assert.equal(mine[0]!.kind, 'ticket.assigned_urgent');
    assert.deepEqual(mine[0]!.params, {
      number: t.number,
      ticketKind: 'repair',
      place: '1-808',
      reassigned: 0,
    });
    assert.deepEqual(
      about(await bell(clerk, ctx()), t.ticketId),
      [],
      'the dispatcher is not told of her own step',
    );
  });

  test('TKT-3: a scheduled repair dispatched by round-robin tells whoever got it; a reassignment tells the new engineer once', async () => {
    const clerk = await ctx().login('clerk');
    const enghead = await ctx().login('enghead');
    let t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '高远',
      unitId: await campusUnitId(ctx(), '1-602'),
      description: '空调不制冷',
      urgency: 'scheduled',
      appointmentAt: '2026-11-26T02:00:00Z',
    });
    t = await step(clerk, ctx(), t, 'forward', { department: 'engineering' });
    assert.ok(t.assigneeId, 'round-robin picked an engineer');
    const [first, other] =
      t.assigneeId === (await userId(ctx(), 'engineer'))
        ? ['engineer', 'engineer2']
        : ['engineer2', 'engineer'];
    const got = about(await bell(await ctx().login(first), ctx()), t.ticketId);
    assert.deepEqual(
      got.map((n) => [n.kind, n.params.reassigned]),
      [['ticket.assigned', 0]],
    );

    t = await step(enghead, ctx(), t, 'assign', { assigneeId: await userId(ctx(), other) });
    const otherClient = await ctx().login(other);
    assert.deepEqual(
      about(await bell(otherClient, ctx()), t.ticketId).map((n) => [n.kind, n.params.reassigned]),
      [['ticket.assigned', 1]],
    );
    t = await step(enghead, ctx(), t, 'assign', { assigneeId: await userId(ctx(), other) });
    assert.equal(
      about(await bell(otherClient, ctx()), t.ticketId).length,
      1,
      'an assignment that changes nothing tells nobody again',
    );
  });

  test('REP-2: a repair already with an engineer that is reclassified urgent tells him again, marked urgent', async () => {
    const clerk = await ctx().login('clerk');
    const engineer = await ctx().login('engineer');
    let t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '郑凯',
      unitId: await campusUnitId(ctx(), '1-1501'),
      description: '水龙头滴水',
      urgency: 'scheduled',
      appointmentAt: '2026-11-26T02:00:00Z',
    });
    t = await step(clerk, ctx(), t, 'forward', {
      department: 'engineering',
      assigneeId: await userId(ctx(), 'engineer'),
    });
    t = await step(clerk, ctx(), t, 'classify', { charge: 'warranty' });
    assert.deepEqual(
      about(await bell(engineer, ctx()), t.ticketId).map((n) => n.kind),
      ['ticket.assigned'],
      'the charge decision alone tells nobody',
    );
    t = await step(clerk, ctx(), t, 'classify', { urgency: 'urgent' });
    assert.deepEqual(
      about(await bell(engineer, ctx()), t.ticketId)
        .map((n) => n.kind)
        .sort(),
      ['ticket.assigned', 'ticket.assigned_urgent'],
    );
  });

  test('CMP-2: a new complaint alerts everyone who may classify it while the forwarding clock runs; classifying settles the alert', async () => {
    const clerk = await ctx().login('clerk');
    const t = await createTestTicket(clerk, ctx(), {
      kind: 'complaint',
      customerName: '林晓梅',
      unitId: await campusUnitId(ctx(), '1-405'),
      description: '电梯停运无人处理',
      eventAt: '2026-11-25T00:30:00Z',
    });
    const classifiers = ['supervisor', 'csmanager', 'pm', 'nightmgr'];
    for (const who of classifiers) {
      const alerts = about(await bell(await ctx().login(who), ctx()), t.ticketId);
      assert.deepEqual(
        alerts.map((n) => n.kind),
        ['complaint.to_classify'],
        who,
      );
      assert.deepEqual(alerts[0]!.params, {
        number: t.number,
        place: '1-405',
        forwardBy: '2026-11-25T01:10:00.000Z',
      });
    }
    for (const who of ['clerk', 'engineer', 'cashier', 'enghead'])
      assert.deepEqual(
        about(await bell(await ctx().login(who), ctx()), t.ticketId),
        [],
        `${who} cannot classify`,
      );

    const sup = await ctx().login('supervisor');
    await step(sup, ctx(), t, 'classify', { validity: 'valid', level: 'minor', complaintType: 'equipment' });
    for (const who of classifiers)
      assert.deepEqual(
        about(await bell(await ctx().login(who), ctx()), t.ticketId),
        [],
        `${who}: the alert is settled`,
      );
  });

  test('CMP-2: a complaint closed as invalid settles its alert; one settled on the spot, or taken by the supervisor herself, alerts nobody needlessly', async () => {
    const clerk = await ctx().login('clerk');
    const sup = await ctx().login('supervisor');
    const csmanager = await ctx().login('csmanager');
    const invalid = await createTestTicket(clerk, ctx(), {
      kind: 'complaint',
      customerName: '周建国',
      unitId: await campusUnitId(ctx(), '1-405'),
      description: '楼下施工太吵',
    });
    assert.equal(about(await bell(csmanager, ctx()), invalid.ticketId).length, 1);
    await step(sup, ctx(), invalid, 'close-invalid', {
      explanation: '施工已取得许可并在允许时段内，已向客户解释',
    });
    assert.deepEqual(about(await bell(csmanager, ctx()), invalid.ticketId), []);

    const onTheSpot = await createTestTicket(clerk, ctx(), {
      kind: 'complaint',
      customerName: '高远',
      publicArea: '大堂',
      description: '保安态度不好',
      settleNote: '当场致歉，客户接受',
    });
    assert.deepEqual(
      about(await bell(csmanager, ctx()), onTheSpot.ticketId),
      [],
      'settled on the spot: nothing waits for a level',
    );

    const bySupervisor = await createTestTicket(sup, ctx(), {
      kind: 'complaint',
      customerName: '孙悦',
      unitId: await campusUnitId(ctx(), '1-1203'),
      description: '空调噪音大',
    });
    assert.deepEqual(about(await bell(sup, ctx()), bySupervisor.ticketId), [], 'she took the call herself');
    assert.equal(about(await bell(csmanager, ctx()), bySupervisor.ticketId).length, 1);
  });
});
