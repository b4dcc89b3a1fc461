/** REP-3: a repair is reported done only once its charge (and urgency) is decided. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  detail,
  createTestTicket,
  step,
  ticketsUrl,
  campusUnitId,
} from '../../../../tests/support/factory/index.ts';
import { undecidedBeforeCompletion } from './repair-rules.ts';

test('REP-3: a repair is decided once it is urgent or scheduled and warranty, not a repair, or paid with its price', () => {
  assert.deepEqual(undecidedBeforeCompletion({ urgency: 'urgent', charge: 'warranty', priceFen: null }), []);
  assert.deepEqual(
    undecidedBeforeCompletion({ urgency: 'scheduled', charge: 'not_repair', priceFen: null }),
    [],
  );
  assert.deepEqual(undecidedBeforeCompletion({ urgency: 'urgent', charge: 'paid', priceFen: 8000 }), []);
  assert.deepEqual(undecidedBeforeCompletion({ urgency: 'urgent', charge: null, priceFen: null }), [
    'charge',
  ]);
  assert.deepEqual(undecidedBeforeCompletion({ urgency: 'urgent', charge: 'paid', priceFen: null }), [
    'charge',
  ]);
  assert.deepEqual(undecidedBeforeCompletion({ urgency: null, charge: null, priceFen: null }), [
    'urgency',
    'charge',
  ]);
});

createTestApp('service desk: completing a repair', (ctx) => {
  const engineerId = async () =>
    (
      await ctx()
        .deps.db.k.selectFrom('users')
        .select('user_id')
        .where('username', '=', 'engineer')
        .executeTakeFirstOrThrow()
    ).user_id;

  test('REP-3: a repair without its warranty/paid decision cannot be completed; the refusal says what is missing, translated, and nothing is written', async () => {
    const clerk = await ctx().login('clerk');
    const engineer = await ctx().login('engineer');
    let t = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '钱宏',
      unitId: await campusUnitId(ctx(), '1-808'),
      description: '办公室插座冒烟',
      urgency: 'urgent',
    });
    t = await step(clerk, ctx(), t, 'forward', { department: 'engineering', assigneeId: await engineerId() });
    t = await step(engineer, ctx(), t, 'pick-up');
    const before = await detail(clerk, ctx(), t.ticketId);

    const refused = await engineer.post(`${ticketsUrl(ctx())}/${t.ticketId}/complete`, {
      version: t.version,
      workDone: '更换插座',
    });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.error.code, 'UNPROCESSABLE');
    assert.deepEqual(refused.body.error.details, { missing: ['charge'] });
    assert.deepEqual(
      refused.body.error.fields.map((f: { path: string }) => f.path),
      ['charge'],
    );
    assert.match(refused.body.error.message, /warranty, paid or not a repair/);
    assert.match(refused.body.error.fields[0].message, /The charge has not been decided/);
    engineer.lang = 'zh-CN';
    const zh = await engineer.post(`${ticketsUrl(ctx())}/${t.ticketId}/complete`, {
      version: t.version,
      workDone: '更换插座',
    });
    assert.equal(
      zh.body.error.fields[0].message,
      '尚未确定收费方式：保修（免费）、有偿（已定价并经客户同意）或非维修',
    );

    const after = await detail(clerk, ctx(), t.ticketId);
    assert.equal(after.ticket.state, 'in_progress');
    assert.equal(after.ticket.version, before.ticket.version);
    assert.equal(after.ticket.completedAt, null);
    assert.deepEqual(
      after.timeline.map((e: { type: string }) => e.type),
      before.timeline.map((e: { type: string }) => e.type),
    );
    assert.deepEqual(after.deadlines, before.deadlines);
  });

  test('REP-3: once the desk has decided — paid at an agreed price, or not a repair — the engineer completes it', async () => {
    const clerk = await ctx().login('clerk');
    const engineer = await ctx().login('engineer');
    let paid = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '吴敏',
      unitId: await campusUnitId(ctx(), '1-1203'),
      description: '下水道堵塞',
      urgency: 'urgent',
    });
    paid = await step(clerk, ctx(), paid, 'forward', {
      department: 'engineering',
      assigneeId: await engineerId(),
    });
    paid = await step(engineer, ctx(), paid, 'pick-up');
    paid = await step(clerk, ctx(), paid, 'classify', {
      charge: 'paid',
      priceFen: 8000,
      customerAgreed: true,
    });
    paid = await step(engineer, ctx(), paid, 'complete', { workDone: '疏通下水道' });
    assert.equal(paid.state, 'resolved');

    let guidance = await createTestTicket(clerk, ctx(), {
      kind: 'repair',
      customerName: '高远',
      unitId: await campusUnitId(ctx(), '1-602'),
      description: '空调遥控器不会用',
      urgency: 'urgent',
    });
    guidance = await step(clerk, ctx(), guidance, 'classify', { charge: 'not_repair' });
    guidance = await step(clerk, ctx(), guidance, 'forward', {
      department: 'engineering',
      assigneeId: await engineerId(),
    });
    guidance = await step(engineer, ctx(), guidance, 'pick-up');
    guidance = await step(engineer, ctx(), guidance, 'complete', { workDone: '现场指导客户使用遥控器' });
    assert.equal(guidance.state, 'resolved');
  });
});
