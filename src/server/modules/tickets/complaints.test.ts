import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  detail,
  createTestTicket,
  notificationsOf,
  step,
  ticketsUrl,
  campusUnitId,
} from '../../../../tests/support/factory/index.ts';

const START = '2026-11-25T01:00:00.000Z';

createTestApp('service desk: complaints, requests, callbacks', (ctx) => {
  const complaint = async (name: string, extra: Record<string, unknown> = {}) => {
    const clerk = await ctx().login('clerk');
    return createTestTicket(clerk, ctx(), {
      kind: 'complaint',
      customerName: name,
      unitId: await campusUnitId(ctx(), '1-405'),
      description: '电梯停运无人处理',
      eventAt: '2026-11-25T00:30:00Z',
      ...extra,
    });
  };

  test('CMP-1/CMP-2: an invalid complaint gets a polite explanation and is closed with it', async () => {
    const sup = await ctx().login('supervisor');
    const t = await complaint('周建国', { written: false });
    const d0 = await detail(sup, ctx(), t.ticketId);
    assert.equal(d0.ticket.kind, 'complaint');
    const levelOnInvalid = await sup.post(`${ticketsUrl(ctx())}/${t.ticketId}/classify`, {
      version: t.version,
      validity: 'invalid',
      level: 'minor',
    });
    assert.equal(levelOnInvalid.status, 422);
    assert.equal(levelOnInvalid.body.error.fields[0].path, 'level');
    const closed = await step(sup, ctx(), t, 'close-invalid', {
      explanation: '经核实电梯为计划保养，已提前公告，向客户致歉并解释',
    });
    assert.equal(closed.state, 'closed');
    assert.equal(closed.validity, 'invalid');
  });

  test('CMP-3/TKT-5: only the supervisor classifies; a valid complaint needs a level; deadlines start counting', async () => {
    const clerk = await ctx().login('clerk');
    const sup = await ctx().login('supervisor');
    const t = await complaint('林晓梅');
    assert.equal(
      (
        await clerk.post(`${ticketsUrl(ctx())}/${t.ticketId}/classify`, {
          version: t.version,
          validity: 'valid',
          level: 'minor',
        })
      ).status,
      403,
    );
    const noLevel = await sup.post(`${ticketsUrl(ctx())}/${t.ticketId}/classify`, {
      version: t.version,
      validity: 'valid',
    });
    assert.equal(noLevel.status, 422);
    const fwdFirst = await clerk.post(`${ticketsUrl(ctx())}/${t.ticketId}/forward`, {
      version: t.version,
      department: 'engineering',
    });
    assert.equal(fwdFirst.status, 422, 'CMP-2: classify before forwarding');
    const c = await step(sup, ctx(), t, 'classify', {
      validity: 'valid',
      level: 'minor',
      complaintType: 'equipment',
    });
    assert.equal(c.level, 'minor');
    const d = await detail(sup, ctx(), t.ticketId);
    const due = Object.fromEntries(
      d.deadlines
        .filter((x: { status: string }) => x.status === 'open')
        .map((x: { kind: string; dueAt: string }) => [x.kind, x.dueAt]),
    );
    assert.equal(due.resolve, '2026-11-25T05:00:00.000Z', 'CMP-6 minor: half a day');
    assert.equal(due.forward, '2026-11-25T01:10:00.000Z');
    assert.equal(due.auto_major, '2026-12-02T01:00:00.000Z');
  });

  test('CMP-5: an important complaint is reported to the superior at once', async () => {
    const sup = await ctx().login('supervisor');
    const t = await complaint('高远');
    await step(sup, ctx(), t, 'classify', {
      validity: 'valid',
      level: 'important',
      complaintType: 'attitude',
    });
    assert.equal((await notificationsOf(ctx(), 'csmanager', t.ticketId)).length, 1);
    assert.equal((await notificationsOf(ctx(), 'csmanager', t.ticketId))[0]!.kind, 'complaint.important');
    assert.equal((await notificationsOf(ctx(), 'pm', t.ticketId)).length, 0);
  });

  test('CMP-4: the fifth distinct customer on one event makes every complaint of it major and tells the superior', async () => {
    const sup = await ctx().login('supervisor');
    const names = ['甲公司 王', '乙公司 李', '丙公司 张', '丁公司 赵', '戊公司 钱'];
    const tickets = [];
    for (const [i, n] of names.entries()) {
      let t = await complaint(n, { contactPhone: `1390000000${i}` });
      t = await step(sup, ctx(), t, 'classify', {
        validity: 'valid',
        level: 'minor',
        complaintType: 'equipment',
      });
      tickets.push(t);
    }
    // A second call from the first customer does not count twice.
    let repeat = await complaint('甲公司 王', { contactPhone: '13900000000' });
    repeat = await step(sup, ctx(), repeat, 'classify', { validity: 'valid', level: 'minor' });
    const link = async (a: { ticketId: string }, b: { ticketId: string }) => {
      const cur = (await detail(sup, ctx(), a.ticketId)).ticket;
      return step(sup, ctx(), cur, 'link-event', { otherTicketId: b.ticketId });
    };
    await link(repeat, tickets[0]!);
    for (let i = 1; i < 4; i++) await link(tickets[i]!, tickets[0]!);
    assert.equal(
      (await detail(sup, ctx(), tickets[0]!.ticketId)).ticket.level,
      'minor',
      'four distinct customers: still minor',
    );
    const fifth = await link(tickets[4]!, tickets[0]!);
    assert.equal(fifth.level, 'major');
    for (const t of [...tickets, repeat]) {
      const d = await detail(sup, ctx(), t.ticketId);
      assert.equal(d.ticket.level, 'major', d.ticket.customerName);
      assert.ok(
        d.timeline.some(
          (e: { type: string; data: { rule?: string } }) =>
            e.type === 'auto_major' && e.data.rule === 'CMP-4',
        ),
      );
      assert.equal(d.event.length, 6);
    }
    assert.ok(
      (await notificationsOf(ctx(), 'pm', tickets[0]!.ticketId)).some((n) => n.kind === 'complaint.major'),
    );
    // TKT-4: the complaint others were linked to records each link too.
    const first = await detail(sup, ctx(), tickets[0]!.ticketId);
    assert.equal(first.timeline.filter((e: { type: string }) => e.type === 'link_event').length, 5);
    assert.equal(first.serverNow, ctx().clock.now().toISOString());
  });

  test('CMP-4: a valid complaint still unresolved 7 days after receipt becomes major', async () => {
    const sup = await ctx().login('supervisor');
    let t = await complaint('孙悦');
    t = await step(sup, ctx(), t, 'classify', { validity: 'valid', level: 'minor' });
    t = await step(sup, ctx(), t, 'forward', { department: 'engineering' });
    ctx().clock.set('2026-12-02T01:00:01.000Z');
    await ctx().sweep();
    const d = await detail(await ctx().login('supervisor'), ctx(), t.ticketId);
    assert.equal(d.ticket.level, 'major');
    assert.ok(
      d.timeline.some(
        (e: { type: string; data: { reason?: string } }) =>
          e.type === 'auto_major' && e.data.reason === 'seven_days',
      ),
    );
  });

  test('CMP-6: not solved in time → department manager; not solved the same day → project manager', async () => {
    // createTestApp starts each test at 09:00 Shanghai.
    const sup = await ctx().login('supervisor');
    let t = await complaint('郑凯');
    t = await step(sup, ctx(), t, 'classify', { validity: 'valid', level: 'minor', directImpact: true });
    const d0 = await detail(sup, ctx(), t.ticketId);
    assert.equal(
      d0.deadlines.find((x: { kind: string; status: string }) => x.kind === 'resolve' && x.status === 'open')
        .dueAt,
      '2026-11-25T03:00:00.000Z',
      'direct impact: 2 hours',
    );
    t = await step(sup, ctx(), t, 'forward', { department: 'engineering' });
    ctx().clock.set('2026-11-25T03:00:01.000Z');
    await ctx().sweep();
    let d = await detail(sup, ctx(), t.ticketId);
    assert.equal(d.ticket.escalation, 1);
    assert.equal(
      (await notificationsOf(ctx(), 'enghead', t.ticketId)).length,
      1,
      'the engineering department head',
    );
    assert.equal((await notificationsOf(ctx(), 'pm', t.ticketId)).length, 0);
    // The queue shows it overdue, on top.
    const q = await sup.get(`${ticketsUrl(ctx())}?kind=complaint`);
    assert.equal(q.body.items[0].nextDueAt <= q.body.serverNow, true);
    ctx().clock.set('2026-11-25T16:00:01.000Z'); // past midnight Shanghai
    await ctx().sweep();
    d = await detail(await ctx().login('supervisor'), ctx(), t.ticketId);
    assert.equal(d.ticket.escalation, 2);
    assert.ok(
      (await notificationsOf(ctx(), 'pm', t.ticketId)).some((n) => n.kind === 'ticket.escalated_project'),
    );
  });

  test('TKT-6: extending a deadline needs the level named in CMP-6 and a reason', async () => {
    const sup = await ctx().login('supervisor');
    const clerk = await ctx().login('clerk');
    const pm = await ctx().login('pm');
    let t = await complaint('钱宏');
    t = await step(sup, ctx(), t, 'classify', { validity: 'valid', level: 'important' });
    const byClerk = await clerk.post(`${ticketsUrl(ctx())}/${t.ticketId}/extend`, {
      version: t.version,
      deadline: 'resolve',
      newDueAt: '2026-11-27T01:00:00Z',
      reason: '等待配件',
    });
    assert.equal(byClerk.status, 403);
    const bySup = await sup.post(`${ticketsUrl(ctx())}/${t.ticketId}/extend`, {
      version: t.version,
      deadline: 'resolve',
      newDueAt: '2026-11-27T01:00:00Z',
      reason: '等待配件',
    });
    assert.equal(bySup.status, 403, 'important needs the manager level');
    assert.match(bySup.body.error.message, /cs_manager/);
    const noReason = await pm.post(`${ticketsUrl(ctx())}/${t.ticketId}/extend`, {
      version: t.version,
      deadline: 'resolve',
      newDueAt: '2026-11-27T01:00:00Z',
    });
    assert.equal(noReason.status, 400);
    t = await step(pm, ctx(), t, 'extend', {
      deadline: 'resolve',
      newDueAt: '2026-11-27T01:00:00Z',
      reason: '等待厂家配件，已告知客户',
    });
    const d = await detail(pm, ctx(), t.ticketId);
    const resolve = d.deadlines.find(
      (x: { kind: string; status: string }) => x.kind === 'resolve' && x.status === 'open',
    );
    assert.equal(resolve.dueAt, '2026-11-27T01:00:00.000Z');
    assert.equal(resolve.originalDueAt, '2026-11-26T01:00:00.000Z');
    assert.ok(
      d.timeline.some(
        (e: { type: string; data: { reason?: string } }) =>
          e.type === 'extend' && e.data.reason === '等待厂家配件，已告知客户',
      ),
    );
    // The old due time no longer fires.
    ctx().clock.set('2026-11-26T02:00:00.000Z');
    await ctx().sweep();
    assert.equal((await detail(await ctx().login('pm'), ctx(), t.ticketId)).ticket.escalation, 0);
  });

  test('CMP-7/CMP-8/CMP-9: a written complaint gets a written reply and a corrective action; callbacks repeat until satisfied', async () => {
    const sup = await ctx().login('supervisor');
    const clerk = await ctx().login('clerk');
    const engineer = await ctx().login('engineer');
    let t = await complaint('周建国', { written: true, channel: 'letter' });
    t = await step(sup, ctx(), t, 'classify', {
      validity: 'valid',
      level: 'important',
      complaintType: 'quality',
    });
    t = await step(clerk, ctx(), t, 'forward', { department: 'engineering' });
    t = await step(engineer, ctx(), t, 'pick-up');
    t = await step(engineer, ctx(), t, 'complete', { workDone: '电梯主板更换，恢复运行' });
    const noReply = await clerk.post(`${ticketsUrl(ctx())}/${t.ticketId}/confirm`, {
      version: t.version,
      answer: '已修复',
    });
    assert.equal(noReply.status, 422, 'CMP-8: written reply first');
    t = await step(clerk, ctx(), t, 'written-reply', {
      handling: '工程部更换电梯主板',
      result: '电梯已恢复运行并加强巡检',
    });
    t = await step(clerk, ctx(), t, 'confirm', { answer: '已电话告知客户处理结果' });
    assert.equal(t.state, 'callback');
    assert.equal(t.answeredAt, START, 'CMP-7: the answer time is recorded');
    t = await step(clerk, ctx(), t, 'callback', {
      reached: true,
      resolved: true,
      satisfaction: 'unsatisfied',
      opinion: '希望给出书面保证',
    });
    assert.equal(t.state, 'callback', 'CMP-9: not satisfied → callback again');
    t = await step(clerk, ctx(), t, 'callback', { reached: false });
    assert.equal(t.state, 'callback');
    const noCorrective = await clerk.post(`${ticketsUrl(ctx())}/${t.ticketId}/callback`, {
      version: t.version,
      reached: true,
      resolved: true,
      satisfaction: 'satisfied',
    });
    assert.equal(noCorrective.status, 422, 'CMP-8: corrective action report first');
    t = await step(engineer, ctx(), t, 'corrective-action', {
      cause: '主板老化',
      corrective: '更换主板',
      preventive: '每月检测主板温度',
    });
    t = await step(clerk, ctx(), t, 'callback', { reached: true, resolved: true, satisfaction: 'satisfied' });
    assert.equal(t.state, 'closed');
    const d = await detail(clerk, ctx(), t.ticketId);
    // The refused attempt (no corrective action yet) recorded nothing.
    assert.deepEqual(
      d.callbacks.map((c: { satisfaction: string }) => c.satisfaction),
      ['unsatisfied', 'unreached', 'satisfied'],
    );
  });

  test('REQ-1/REQ-2: a request is forwarded within 10 minutes and answered within 1 day or by the promised time', async () => {
    const clerk = await ctx().login('clerk');
    let t = await createTestTicket(clerk, ctx(), {
      kind: 'request',
      customerName: '林晓梅',
      unitId: await campusUnitId(ctx(), '1-405'),
      description: '建议大堂增加雨伞架',
      promisedAt: '2026-11-26T09:00:00Z',
    });
    let d = await detail(clerk, ctx(), t.ticketId);
    const due = Object.fromEntries(
      d.deadlines.map((x: { kind: string; dueAt: string }) => [x.kind, x.dueAt]),
    );
    assert.deepEqual(due, { forward: '2026-11-25T01:10:00.000Z', answer: '2026-11-26T09:00:00.000Z' });
    t = await step(clerk, ctx(), t, 'forward', { department: 'admin' });
    const sup = await ctx().login('supervisor');
    t = await step(sup, ctx(), t, 'pick-up');
    t = await step(sup, ctx(), t, 'complete', { workDone: '已采购雨伞架' });
    t = await step(clerk, ctx(), t, 'confirm', { answer: '已回复客户：下周一到位' });
    d = await detail(clerk, ctx(), t.ticketId);
    assert.equal(d.deadlines.find((x: { kind: string }) => x.kind === 'answer').status, 'met');
    assert.equal(t.nextDueKind, 'callback', 'CBK-1: a callback follows every completed suggestion');
  });

  test('CBK-1: an inquiry settled on the spot is closed; a complaint settled on the spot still gets its callback', async () => {
    const clerk = await ctx().login('clerk');
    const inquiry = await createTestTicket(clerk, ctx(), {
      kind: 'inquiry',
      customerName: '访客',
      description: '物业费怎么交',
      settleNote: '已告知收费处位置及时间',
    });
    assert.equal(inquiry.state, 'closed');
    const c = await createTestTicket(clerk, ctx(), {
      kind: 'complaint',
      customerName: '高远',
      publicArea: '大堂',
      description: '保安态度不好',
      settleNote: '当场致歉，客户接受',
    });
    assert.equal(c.state, 'callback');
    assert.equal(c.nextDueKind, 'callback');
    assert.equal(c.nextDueAt, '2026-11-26T01:00:00.000Z');
  });

  test('ORG-2: whoever holds a complaint does not extend its deadline himself; nothing is written', async () => {
    const pm = await ctx().login('pm');
    pm.lang = 'zh-CN';
    let t = await createTestTicket(pm, ctx(), {
      kind: 'complaint',
      customerName: '钱宏',
      unitId: await campusUnitId(ctx(), '1-405'),
      description: '空调噪音',
      eventAt: '2026-11-25T00:30:00Z',
    });
    t = await step(pm, ctx(), t, 'classify', { validity: 'valid', level: 'important' });
    const before = await detail(pm, ctx(), t.ticketId);
    const own = await pm.post(`${ticketsUrl(ctx())}/${t.ticketId}/extend`, {
      version: t.version,
      deadline: 'resolve',
      newDueAt: '2026-11-27T01:00:00Z',
      reason: '等待配件',
    });
    assert.deepEqual(
      [own.status, own.body.error.message],
      [403, '不能审批自己提出或涉及自己的事项，请由另一位有权审批的人决定'],
    );
    const after = await detail(pm, ctx(), t.ticketId);
    assert.deepEqual(
      [after.ticket.version, after.deadlines, after.timeline.length],
      [before.ticket.version, before.deadlines, before.timeline.length],
    );
    const admin = await ctx().login('admin');
    assert.equal(
      (
        await admin.post(`${ticketsUrl(ctx())}/${t.ticketId}/extend`, {
          version: t.version,
          deadline: 'resolve',
          newDueAt: '2026-11-27T01:00:00Z',
          reason: '等待配件',
        })
      ).status,
      200,
      'another manager extends it',
    );
  });
});
