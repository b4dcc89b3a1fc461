/**
 * The edges of three rules that a one-line break could move without another test noticing:
 * who may read a project's queue (ORG-1), the minute forwarding turns late (TKT-3), and the
 * complaints the 7-day upgrade must leave alone (CMP-4).
 */
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
import { upgradesAfterSevenDays } from './complaint-rules.ts';

const START = '2026-11-25T01:00:00.000Z';
const plus = (seconds: number) => new Date(new Date(START).getTime() + seconds * 1000).toISOString();

test('CMP-4: only a valid complaint below major that is still unsolved is upgraded at 7 days', () => {
  const c = { kind: 'complaint', validity: 'valid', level: 'minor' };
  for (const state of ['new', 'forwarded', 'in_progress'])
    assert.equal(upgradesAfterSevenDays({ ...c, state }), true, state);
  for (const state of ['resolved', 'callback', 'closed', 'cancelled'])
    assert.equal(upgradesAfterSevenDays({ ...c, state }), false, state);
  assert.equal(upgradesAfterSevenDays({ ...c, level: 'major', state: 'forwarded' }), false);
  assert.equal(upgradesAfterSevenDays({ ...c, validity: 'invalid', state: 'forwarded' }), false);
  assert.equal(upgradesAfterSevenDays({ ...c, kind: 'repair', state: 'forwarded' }), false);
});

createTestApp('service desk: rule edges', (ctx) => {
  test("ORG-1: a clerk of another project asking for this project's queue gets 404, whatever the filters — not an empty list", async () => {
    const clerk = await ctx().login('clerk');
    await createTestTicket(clerk, ctx(), {
      kind: 'inquiry',
      customerName: '访客',
      description: '请问停车怎么收费',
    });
    const estate = await ctx().login('estate.clerk');
    for (const query of [
      '',
      '?includeClosed=1',
      '?mine=1',
      '?overdue=1',
      '?kind=inquiry',
      '?q=停车',
      '?phone=0001',
    ]) {
      const r = await estate.get(`${ticketsUrl(ctx())}${query}`);
      assert.equal(r.status, 404, `queue${query}: ${r.status} ${JSON.stringify(r.body)}`);
      assert.equal(r.body.error.code, 'NOT_FOUND');
    }
    assert.equal((await estate.get(`/api/projects/${ctx().projects.CAMPUS}/notifications`)).status, 404);
    // Their own project's queue still answers.
    assert.equal((await estate.get(`/api/projects/${ctx().projects.ESTATE}/tickets`)).status, 200);
  });

  test('TKT-3: forwarded at 9:59 or at 10:00 is in time; at 10:01 it is flagged late, without the timer', async () => {
    const clerk = await ctx().login('clerk');
    const repair = async (name: string) =>
      createTestTicket(clerk, ctx(), {
        kind: 'repair',
        customerName: name,
        unitId: await campusUnitId(ctx(), '1-405'),
        description: '灯不亮',
        urgency: 'urgent',
      });
    const tickets = [await repair('甲'), await repair('乙'), await repair('丙')];
    const flags: boolean[] = [];
    for (const [t, at] of [
      [tickets[0]!, plus(9 * 60 + 59)],
      [tickets[1]!, plus(10 * 60)],
      [tickets[2]!, plus(10 * 60 + 1)],
    ] as const) {
      ctx().clock.set(at);
      const forwarded = await step(clerk, ctx(), t, 'forward', { department: 'engineering' });
      flags.push(forwarded.forwardLate);
      const d = await detail(clerk, ctx(), t.ticketId);
      assert.ok(
        d.timeline.some(
          (e: { type: string; data: { late?: boolean } }) =>
            e.type === 'forward' && e.data.late === forwarded.forwardLate,
        ),
      );
    }
    assert.deepEqual(flags, [false, false, true]);
  });

  test('CMP-4: a complaint reported solved, or answered, within 7 days is not upgraded; nothing says it was', async () => {
    const sup = await ctx().login('supervisor');
    const clerk = await ctx().login('clerk');
    const engineer = await ctx().login('engineer');
    const engineerId = (
      await ctx()
        .deps.db.k.selectFrom('users')
        .select('user_id')
        .where('username', '=', 'engineer')
        .executeTakeFirstOrThrow()
    ).user_id;
    const solvedComplaint = async (name: string) => {
      let t = await createTestTicket(clerk, ctx(), {
        kind: 'complaint',
        customerName: name,
        unitId: await campusUnitId(ctx(), '1-602'),
        description: '空调噪音大',
      });
      t = await step(sup, ctx(), t, 'classify', {
        validity: 'valid',
        level: 'minor',
        complaintType: 'equipment',
      });
      t = await step(clerk, ctx(), t, 'forward', { department: 'engineering', assigneeId: engineerId });
      t = await step(engineer, ctx(), t, 'pick-up');
      return step(engineer, ctx(), t, 'complete', { workDone: '更换风机轴承' });
    };
    const resolved = await solvedComplaint('高远');
    const answered = await step(clerk, ctx(), await solvedComplaint('孙悦'), 'confirm', {
      answer: '已电话告知客户处理结果',
    });
    let open = await createTestTicket(clerk, ctx(), {
      kind: 'complaint',
      customerName: '郑凯',
      unitId: await campusUnitId(ctx(), '1-602'),
      description: '空调噪音大',
    });
    open = await step(sup, ctx(), open, 'classify', {
      validity: 'valid',
      level: 'minor',
      complaintType: 'equipment',
    });
    assert.deepEqual([resolved.state, answered.state], ['resolved', 'callback']);

    ctx().clock.set('2026-12-02T01:00:01.000Z');
    await ctx().sweep();
    const reader = await ctx().login('supervisor');
    for (const t of [resolved, answered]) {
      const d = await detail(reader, ctx(), t.ticketId);
      assert.equal(d.ticket.level, 'minor', d.ticket.customerName);
      assert.ok(
        !d.timeline.some((e: { type: string }) => e.type === 'auto_major'),
        'the timeline does not claim an upgrade',
      );
      assert.equal(d.deadlines.find((x: { kind: string }) => x.kind === 'auto_major').status, 'cancelled');
      assert.ok(!(await notificationsOf(ctx(), 'pm', t.ticketId)).some((n) => n.kind === 'complaint.major'));
    }
    // The one still unsolved is upgraded, so the sweep did run.
    assert.equal((await detail(reader, ctx(), open.ticketId)).ticket.level, 'major');
  });
});
