import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  customerByPhone,
  detail,
  notificationsOf,
  createTestTicket,
  step,
  ticketsUrl,
  campusUnitId,
} from '../../../../tests/support/factory/index.ts';

const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

createTestApp('service desk: repairs', (ctx) => {
  test('TKT-1/TKT-2/REP-1: a phone call is found by caller ID and recorded; the receiver owns it', async () => {
    const clerk = await ctx().login('clerk');
    const caller = await customerByPhone(clerk, ctx(), '138-0101-0001');
    assert.equal(caller.name, '周建国');
    assert.equal(caller.units[0].code, '1-405');
    const t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      channel: 'phone',
      customerId: caller.customerId,
      customerName: caller.name,
      company: caller.company,
      contactPhone: '13801010001',
      unitId: caller.units[0].unitId,
      description: '卫生间水管爆裂，漏水严重',
      urgency: 'urgent',
    });
    assert.match(t.number, /^BX20261125-\d{4}$/);
    assert.equal(t.state, 'new');
    assert.equal(t.receiverName, '王芳（前台）');
    assert.equal(t.ownerName, '王芳（前台）');
    assert.equal(t.unitCode, '1-405');
    assert.equal(t.nextDueKind, 'forward');
    assert.equal(t.nextDueAt, '2026-11-25T01:10:00.000Z');
  });

  test('TKT-3: not forwarded within 10 minutes → flagged and the supervisor told', async () => {
    const clerk = await ctx().login('clerk');
    const t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '高远',
      unitId: await campusUnitId(ctx(), '1-602'),
      description: '空调不制冷',
      urgency: 'scheduled',
      appointmentAt: '2026-11-26T02:00:00Z',
    });
    ctx().clock.advanceMinutes(11);
    await ctx().sweep();
    const d = await detail(clerk, ctx(), t.ticketId);
    assert.equal(d.ticket.forwardLate, true);
    assert.ok(
      d.timeline.some(
        (e: { type: string; data: { deadline: string } }) =>
          e.type === 'deadline_breached' && e.data.deadline === 'forward',
      ),
    );
    const q = await clerk.get(`${ticketsUrl(ctx())}?overdue=1`);
    assert.ok(q.body.items.some((i: { ticketId: string }) => i.ticketId === t.ticketId));
    const fwd = await step(clerk, ctx(), d.ticket, 'forward', { department: 'engineering' });
    assert.equal(fwd.forwardLate, true);
  });

  test('REP-2..REP-6: urgent repair → engineering picks up → completes → customer signs → same-day callback → closed', async () => {
    const clerk = await ctx().login('clerk');
    const engineer = await ctx().login('engineer');
    let t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '钱宏',
      contactPhone: '13601030004',
      unitId: await campusUnitId(ctx(), '1-808'),
      description: '办公室电器冒烟',
      urgency: 'urgent',
    });
    t = await step(clerk, ctx(), t, 'classify', { charge: 'warranty' });
    ctx().clock.advanceMinutes(3);
    t = await step(clerk, ctx(), t, 'forward', { department: 'engineering' });
    assert.equal(t.state, 'forwarded');
    assert.equal(t.department, 'engineering');
    assert.ok(t.assigneeName, 'round-robin gave it to an engineer');
    assert.equal(t.nextDueKind, 'pickup');
    assert.equal(t.nextDueAt, '2026-11-25T01:13:00.000Z');
    // The engineer sees it in their department's queue.
    const q = await engineer.get(ticketsUrl(ctx()));
    assert.ok(q.body.items.some((i: { ticketId: string }) => i.ticketId === t.ticketId));
    // Completion without a pick-up is refused with the allowed actions.
    const early = await engineer.post(`${ticketsUrl(ctx())}/${t.ticketId}/complete`, {
      version: t.version,
      workDone: 'x',
    });
    assert.equal(early.status, 409);
    assert.equal(early.body.error.code, 'ILLEGAL_TRANSITION');
    assert.ok(early.body.error.details.allowed.includes('pick_up'));
    ctx().clock.advanceMinutes(4);
    t = await step(engineer, ctx(), t, 'pick-up');
    assert.equal(t.state, 'in_progress');
    assert.equal(t.pickedUpAt, '2026-11-25T01:07:00.000Z');
    ctx().clock.advanceMinutes(50);
    t = await step(engineer, ctx(), t, 'complete', {
      workDone: '更换烧毁插座一个，线路绝缘检测正常',
      materials: '插座×1',
    });
    assert.equal(t.state, 'resolved');
    t = await step(clerk, ctx(), t, 'confirm', { signature: SIGNATURE, signerName: '钱宏' });
    assert.equal(t.state, 'callback');
    assert.equal(t.nextDueKind, 'callback');
    assert.equal(t.nextDueAt, '2026-11-25T16:00:00.000Z', 'REP-6: same day');
    t = await step(clerk, ctx(), t, 'callback', {
      reached: true,
      resolved: true,
      satisfaction: 'satisfied',
      opinion: '很及时',
    });
    assert.equal(t.state, 'closed');
    assert.equal(t.satisfaction, 'satisfied');
    const d = await detail(clerk, ctx(), t.ticketId);
    assert.deepEqual(
      d.timeline.map((e: { type: string }) => e.type),
      ['received', 'classify', 'forward', 'pick_up', 'complete', 'confirm', 'callback'],
    );
    assert.equal(d.attachments[0].kind, 'signature');
    assert.equal(d.callbacks.length, 1);
    assert.ok(d.deadlines.every((x: { status: string }) => x.status === 'met'));
  });

  test('REP-4: a work order nobody picks up is chased; every chase and the department head told are on the timeline', async () => {
    const clerk = await ctx().login('clerk');
    let t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '孙悦',
      unitId: await campusUnitId(ctx(), '1-1203'),
      description: '门禁卡失灵',
      urgency: 'urgent',
    });
    t = await step(clerk, ctx(), t, 'forward', { department: 'engineering' });
    ctx().clock.advanceMinutes(11);
    await ctx().sweep();
    t = (await detail(clerk, ctx(), t.ticketId)).ticket;
    t = await step(clerk, ctx(), t, 'chase', { note: '已电话催工程部' });
    t = await step(clerk, ctx(), t, 'chase', { note: '再次催单' });
    assert.equal(t.chaseCount, 2);
    const d = await detail(clerk, ctx(), t.ticketId);
    const chases = d.timeline.filter((e: { type: string }) => e.type === 'chase');
    assert.equal(chases.length, 2);
    // The engineering foreman/supervisor (the department's head) is told each time, and the
    // timeline says so beside the chase.
    assert.deepEqual(
      chases.map((e: { data: { told: string[] } }) => e.data.told),
      [['马力（工程部经理）'], ['马力（工程部经理）']],
    );
    const headTold = (await notificationsOf(ctx(), 'enghead', t.ticketId)).filter(
      (n) => n.kind === 'ticket.chased',
    );
    assert.deepEqual(
      headTold.map((n) => JSON.parse(n.params_json).count),
      [1, 2],
    );
    assert.ok(
      d.deadlines.some(
        (x: { kind: string; status: string }) => x.kind === 'pickup' && x.status === 'breached',
      ),
    );
  });

  test('REP-4: only the desk chases; a refused chase tells nobody and writes nothing', async () => {
    const clerk = await ctx().login('clerk');
    const engineer = await ctx().login('engineer');
    const unitId = await campusUnitId(ctx(), '1-1203');
    let t = await createTestTicket(clerk, ctx(), { kind: 'repair', unitId, urgency: 'urgent' });
    t = await step(clerk, ctx(), t, 'forward', { department: 'engineering' });
    const before = (await detail(clerk, ctx(), t.ticketId)).timeline.length;
    const r = await engineer.post(`${ticketsUrl(ctx())}/${t.ticketId}/chase`, {
      version: t.version,
      note: '',
    });
    assert.equal(r.status, 403);
    const after = await detail(clerk, ctx(), t.ticketId);
    assert.equal(after.timeline.length, before);
    assert.equal(after.ticket.chaseCount, 0);
    assert.deepEqual(
      (await notificationsOf(ctx(), 'enghead', t.ticketId)).filter((n) => n.kind === 'ticket.chased'),
      [],
    );
  });

  test('REP-5: the customer is not satisfied → rework on the same ticket', async () => {
    const clerk = await ctx().login('clerk');
    const engineer = await ctx().login('engineer');
    let t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '郑凯',
      unitId: await campusUnitId(ctx(), '1-1501'),
      description: '水龙头滴水',
      urgency: 'urgent',
    });
    t = await step(clerk, ctx(), t, 'classify', { charge: 'warranty' });
    t = await step(clerk, ctx(), t, 'forward', {
      department: 'engineering',
      assigneeId: (
        await ctx()
          .deps.db.k.selectFrom('users')
          .select('user_id')
          .where('username', '=', 'engineer')
          .executeTakeFirstOrThrow()
      ).user_id,
    });
    t = await step(engineer, ctx(), t, 'pick-up');
    t = await step(engineer, ctx(), t, 'complete', { workDone: '更换垫片' });
    t = await step(clerk, ctx(), t, 'rework', { reason: '客户试用后仍滴水' });
    assert.equal(t.state, 'in_progress');
    assert.equal(t.reworkCount, 1);
    t = await step(engineer, ctx(), t, 'complete', { workDone: '更换阀芯' });
    const noSig = await clerk.post(`${ticketsUrl(ctx())}/${t.ticketId}/confirm`, { version: t.version });
    assert.equal(noSig.status, 422);
    assert.equal(noSig.body.error.fields[0].path, 'signature');
    t = await step(clerk, ctx(), t, 'confirm', { signedOnPaper: true, signerName: '郑凯' });
    assert.equal(t.state, 'callback');
  });

  test("REP-3: a paid repair needs a price from the list and the customer's agreement", async () => {
    const clerk = await ctx().login('clerk');
    let t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '吴敏',
      unitId: await campusUnitId(ctx(), '1-1203'),
      description: '下水道堵塞',
      urgency: 'scheduled',
      appointmentAt: '2026-11-25T06:00:00Z',
    });
    const price = await ctx()
      .deps.db.k.selectFrom('service_prices')
      .select(['price_id', 'price_fen'])
      .where('name', '=', '疏通下水道')
      .where('project_id', '=', ctx().projects.CAMPUS)
      .executeTakeFirstOrThrow();
    const unagreed = await clerk.post(`${ticketsUrl(ctx())}/${t.ticketId}/classify`, {
      version: t.version,
      charge: 'paid',
      priceId: price.price_id,
    });
    assert.equal(unagreed.status, 422);
    assert.equal(unagreed.body.error.fields[0].path, 'customerAgreed');
    t = await step(clerk, ctx(), t, 'classify', {
      charge: 'paid',
      priceId: price.price_id,
      customerAgreed: true,
      materialsCheck: '客户自备管件已检查合格',
    });
    assert.equal(t.charge, 'paid');
    assert.equal(t.priceFen, 8000);
    const past = await clerk.post(`${ticketsUrl(ctx())}/${t.ticketId}/classify`, {
      version: t.version,
      appointmentAt: '2026-11-24T06:00:00Z',
    });
    // Refused at the edge: an appointment is never in the past (platform/http/date-fields.ts).
    assert.equal(past.status, 400);
    assert.equal(past.body.error.fields[0].path, 'appointmentAt');
    t = await step(clerk, ctx(), t, 'forward', { department: 'engineering' });
    assert.equal(t.nextDueKind, 'pickup');
  });

  test('bad intake input is refused and nothing is written', async () => {
    const clerk = await ctx().login('clerk');
    const count = async () =>
      (await ctx().deps.db.k.selectFrom('tickets').select('ticket_id').execute()).length;
    const n = await count();
    const noPlace = await clerk.post(ticketsUrl(ctx()), {
      kind: 'repair',
      customerName: 'x',
      description: '坏了',
    });
    assert.equal(noPlace.status, 422);
    assert.equal(noPlace.body.error.fields[0].path, 'unitId');
    const past = await clerk.post(ticketsUrl(ctx()), {
      kind: 'repair',
      customerName: 'x',
      publicArea: '大堂',
      description: '坏了',
      urgency: 'scheduled',
      appointmentAt: '2026-11-24T01:00:00Z',
    });
    assert.equal(past.status, 400);
    assert.equal(past.body.error.fields[0].path, 'appointmentAt');
    const noAppt = await clerk.post(ticketsUrl(ctx()), {
      kind: 'repair',
      customerName: 'x',
      publicArea: '大堂',
      description: '坏了',
      urgency: 'scheduled',
    });
    assert.equal(noAppt.status, 422);
    const badKind = await clerk.post(ticketsUrl(ctx()), {
      kind: 'wish',
      customerName: 'x',
      description: 'y',
    });
    assert.equal(badKind.status, 400);
    const foreignUnit = (
      await ctx()
        .deps.db.k.selectFrom('units')
        .select('unit_id')
        .where('project_id', '=', ctx().projects.ESTATE)
        .executeTakeFirstOrThrow()
    ).unit_id;
    const cross = await clerk.post(ticketsUrl(ctx()), {
      kind: 'repair',
      customerName: 'x',
      unitId: foreignUnit,
      description: 'y',
    });
    assert.equal(cross.status, 422);
    assert.equal(await count(), n);
  });

  test('two clerks saving the same ticket at once: one wins, the other gets 409 and nothing is overwritten', async () => {
    const clerk = await ctx().login('clerk');
    const sup = await ctx().login('supervisor');
    const t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '林晓梅',
      unitId: await campusUnitId(ctx(), '1-405'),
      description: '灯不亮',
      urgency: 'urgent',
    });
    const [a, b] = await Promise.all([
      clerk.post(`${ticketsUrl(ctx())}/${t.ticketId}/forward`, {
        version: t.version,
        department: 'engineering',
      }),
      sup.post(`${ticketsUrl(ctx())}/${t.ticketId}/forward`, { version: t.version, department: 'security' }),
    ]);
    const statuses = [a.status, b.status].sort();
    assert.ok(statuses[0] === 200 && statuses[1] === 409, JSON.stringify(statuses));
    const d = await detail(clerk, ctx(), t.ticketId);
    assert.equal(d.timeline.filter((e: { type: string }) => e.type === 'forward').length, 1);
  });

  test('TKT-4: cancelling keeps the ticket and its timeline; only supervisors cancel', async () => {
    const clerk = await ctx().login('clerk');
    const sup = await ctx().login('supervisor');
    const t = await createTestTicket(clerk, ctx(), {
      kind: 'message',
      customerName: '周建国',
      description: '请转告物业经理回电',
    });
    assert.equal(
      (await clerk.post(`${ticketsUrl(ctx())}/${t.ticketId}/cancel`, { version: t.version, reason: 'x' }))
        .status,
      403,
    );
    const c = await step(sup, ctx(), t, 'cancel', { reason: '客户来电撤销' });
    assert.equal(c.state, 'cancelled');
    const d = await detail(clerk, ctx(), t.ticketId);
    assert.deepEqual(
      d.timeline.map((e: { type: string }) => e.type),
      ['received', 'cancel'],
    );
    const comment = await clerk.post(`${ticketsUrl(ctx())}/${t.ticketId}/comment`, { text: '已告知客户' });
    assert.equal(comment.status, 200);
  });

  test('TKT-2: ownership moves only by explicit hand-over', async () => {
    const clerk = await ctx().login('clerk');
    const night = await ctx()
      .deps.db.k.selectFrom('users')
      .select('user_id')
      .where('username', '=', 'nightmgr')
      .executeTakeFirstOrThrow();
    let t = await createTestTicket(clerk, ctx(), {
      kind: 'request',
      customerName: '高远',
      unitId: await campusUnitId(ctx(), '1-602'),
      description: '希望延长空调时间',
    });
    t = await step(clerk, ctx(), t, 'forward', { department: 'engineering' });
    assert.equal(t.ownerName, '王芳（前台）', 'forwarding does not move ownership');
    t = await step(clerk, ctx(), t, 'hand-over', { toUserId: night.user_id, note: '交班：请夜班跟进答复' });
    assert.equal(t.ownerName, '郑涛（夜班经理）');
    const other = await ctx().login('csmanager');
    assert.equal(
      (
        await other.post(`${ticketsUrl(ctx())}/${t.ticketId}/hand-over`, {
          version: t.version,
          toUserId: night.user_id,
          note: 'x',
        })
      ).status,
      200,
    );
  });

  test('waiting on the customer pauses the clock; deadlines move by the pause', async () => {
    const clerk = await ctx().login('clerk');
    const engineer = await ctx().login('engineer');
    let t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '钱宏',
      unitId: await campusUnitId(ctx(), '1-808'),
      description: '窗户关不严',
      urgency: 'scheduled',
      appointmentAt: '2026-11-25T08:00:00Z',
    });
    t = await step(clerk, ctx(), t, 'forward', { department: 'engineering' });
    const due = t.nextDueAt;
    t = await step(engineer, ctx(), t, 'pause', { reason: 'customer_rescheduled', note: '客户改约明天' });
    assert.ok(t.pausedSince);
    const blocked = await engineer.post(`${ticketsUrl(ctx())}/${t.ticketId}/pick-up`, { version: t.version });
    assert.equal(blocked.status, 409);
    ctx().clock.advanceMinutes(90);
    t = await step(engineer, ctx(), t, 'resume');
    assert.equal(t.pausedMinutes, 90);
    assert.equal(new Date(t.nextDueAt).getTime() - new Date(due).getTime(), 90 * 60_000);
  });

  test('department staff see their own department only; another department cannot act', async () => {
    const clerk = await ctx().login('clerk');
    const guard = await ctx().login('guard');
    let t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '孙悦',
      unitId: await campusUnitId(ctx(), '1-1203'),
      description: '地漏反味',
      urgency: 'urgent',
    });
    t = await step(clerk, ctx(), t, 'forward', { department: 'engineering' });
    assert.equal((await guard.get(`${ticketsUrl(ctx())}/${t.ticketId}`)).status, 404);
    assert.ok(
      !(await guard.get(ticketsUrl(ctx()))).body.items.some(
        (i: { ticketId: string }) => i.ticketId === t.ticketId,
      ),
    );
    assert.equal(
      (await guard.post(`${ticketsUrl(ctx())}/${t.ticketId}/pick-up`, { version: t.version })).status,
      404,
    );
    const estate = await ctx().login('estate.clerk');
    assert.equal((await estate.get(`${ticketsUrl(ctx())}/${t.ticketId}`)).status, 404);
  });
});
