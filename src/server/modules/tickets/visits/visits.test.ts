import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, loginAs } from '../../../../../tests/support/factory/index.ts';
import { Scenario } from '../stats/scenario.ts';
import { monthDays, visitedCustomerKey, visitProgress } from './visit-rules.ts';

test('CBK-3: a month is its local days; a visitor not in the archive is known by name within the company', () => {
  assert.deepEqual(monthDays('2026-12'), { from: '2026-12-01', next: '2027-01-01' });
  assert.deepEqual(monthDays('2028-02'), { from: '2028-02-01', next: '2028-03-01' });
  assert.equal(
    visitedCustomerKey({ customerId: null, customerName: ' 李四 ', company: '甲公司' }),
    visitedCustomerKey({ customerId: null, customerName: '李四', company: '甲公司 ' }),
  );
  assert.notEqual(
    visitedCustomerKey({ customerId: null, customerName: '李四', company: '甲公司' }),
    visitedCustomerKey({ customerId: null, customerName: '李四', company: '乙公司' }),
  );
});

test('CBK-3: each CS assistant against 20 visits (listed even with none), the department against 10 different customers', () => {
  const visits = Array.from({ length: 20 }, (_, i) => ({
    visitedBy: 'a',
    visitorName: 'A',
    customerId: `c${i % 9}`,
    customerName: '',
    company: '',
  }));
  const p = visitProgress(
    '2026-12',
    [
      { userId: 'a', name: 'A' },
      { userId: 'b', name: 'B' },
    ],
    visits,
  );
  assert.deepEqual(p.department, { visits: 20, customers: 9, target: 10, met: false });
  assert.deepEqual(p.assistants, [
    { userId: 'a', name: 'A', visits: 20, customers: 9, target: 20, met: true },
    { userId: 'b', name: 'B', visits: 0, customers: 0, target: 20, met: false },
  ]);
  const withSupervisor = visitProgress(
    '2026-12',
    [{ userId: 'a', name: 'A' }],
    [
      ...visits.slice(0, 19),
      { visitedBy: 's', visitorName: 'S', customerId: 'c9', customerName: '', company: '' },
    ],
  );
  assert.deepEqual(withSupervisor.department, { visits: 20, customers: 10, target: 10, met: true });
  assert.deepEqual(
    withSupervisor.assistants.map((r) => [r.userId, r.visits, r.target, r.met]),
    [
      ['a', 19, 20, false],
      ['s', 1, null, null],
    ],
  );
});

createTestApp('CBK-3 customer visits', (ctx) => {
  const s = new Scenario(ctx);
  const url = (path = '') => `/api/projects/${ctx().projects.CAMPUS}/visits${path}`;

  test("CBK-3: visits are recorded by the CS assistant; the month's progress counts visits per assistant and distinct customers for the department", async () => {
    s.at('2026-11-30T15:50:00.000Z'); // 23:50 on 30 November, Shanghai: November's
    const clerk = await loginAs(ctx(), 'clerk');
    const first = await clerk.post(url(), {
      customerName: '周建国',
      customerId: await s.customerId('13801010001'),
      opinions: '',
    });
    assert.equal(first.status, 201, JSON.stringify(first.body));

    s.at('2026-12-03T02:00:00.000Z');
    const c = await loginAs(ctx(), 'clerk');
    const archived = await Promise.all(
      [
        '13801010001',
        '13801010002',
        '13901020003',
        '13601030004',
        '13701040005',
        '13701040006',
        '13501050007',
      ].map((p) => s.customerId(p)),
    );
    const names = ['周建国', '林晓梅', '高远', '钱宏', '孙悦', '吴敏', '郑凯'];
    for (let i = 0; i < 18; i++) {
      const r = await c.post(url(), {
        customerId: archived[i % 7],
        customerName: names[i % 7],
        channel: i % 2 ? 'phone' : 'visit',
        visitedAt: `2026-12-0${1 + (i % 3)}T0${i % 2}:00:00Z`,
        opinions: i === 0 ? '希望大堂增加绿植' : '',
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
    }
    // Two visits to one person not yet in the archive, written a little differently.
    await c.post(url(), { customerName: '李四', company: '甲公司', opinions: '停车难' });
    await c.post(url(), { customerName: ' 李四', company: '甲公司 ' });

    let p = await c.get(url('/progress?month=2026-12'));
    assert.equal(p.status, 200, JSON.stringify(p.body));
    assert.deepEqual(p.body.department, { visits: 20, customers: 8, target: 10, met: false });
    assert.deepEqual(p.body.assistants, [
      {
        userId: await s.userId('clerk'),
        name: '王芳（前台）',
        visits: 20,
        customers: 8,
        target: 20,
        met: true,
      },
    ]);

    const sup = await loginAs(ctx(), 'supervisor');
    await sup.post(url(), { customerName: '赵六', company: '乙公司', channel: 'phone' });
    await sup.post(url(), { customerName: '钱七', company: '乙公司' });
    p = await c.get(url('/progress'));
    assert.equal(p.body.month, '2026-12', 'this month by default');
    assert.deepEqual(p.body.department, { visits: 22, customers: 10, target: 10, met: true });
    assert.deepEqual(
      p.body.assistants.map((a: { name: string; visits: number; target: number | null }) => [
        a.name,
        a.visits,
        a.target,
      ]),
      [
        ['王芳（前台）', 20, 20],
        ['李静（客服主管）', 2, null],
      ],
    );

    const nov = await c.get(url('/progress?month=2026-11'));
    assert.deepEqual(nov.body.department, { visits: 1, customers: 1, target: 10, met: false });

    const list = await c.get(url('?month=2026-12&limit=3'));
    assert.equal(list.status, 200);
    assert.equal(list.body.items.length, 3);
    assert.deepEqual(
      list.body.items.map((v: { customerName: string }) => v.customerName),
      ['钱七', '赵六', '李四'],
      'newest first',
    );
    assert.equal(list.body.items[0].visitedByName, '李静（客服主管）');
  });

  test("CBK-3: an opinion becomes a ticket through intake, with the visit's customer and unit; only once", async () => {
    s.at('2026-12-04T02:00:00.000Z');
    const c = await loginAs(ctx(), 'clerk');
    const customerId = await s.customerId('13801010001');
    const unitId = await s.unit('1-405');
    const v = await c.post(url(), {
      customerId,
      customerName: '周建国',
      company: '华信证券北京分公司',
      unitId,
      opinions: '会议室空调噪音大',
    });
    assert.equal(v.status, 201);
    const made = await c.post(url(`/${v.body.visitId}/ticket`), { kind: 'repair', urgency: 'urgent' });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.match(made.body.ticketNumber, /^BX20261204-\d{4}$/);
    const ticket = await ctx()
      .deps.db.k.selectFrom('tickets')
      .selectAll()
      .where('project_id', '=', ctx().projects.CAMPUS)
      .where('ticket_id', '=', made.body.ticketId)
      .executeTakeFirstOrThrow();
    assert.equal(ticket.description, '会议室空调噪音大');
    assert.equal(ticket.customer_id, customerId);
    assert.equal(ticket.unit_id, unitId);
    assert.equal(ticket.channel, 'staff');
    assert.equal(ticket.state, 'new', 'it joins the queue like any other ticket (TKT-3 clock running)');
    const again = await c.post(url(`/${v.body.visitId}/ticket`), { kind: 'repair', urgency: 'urgent' });
    assert.equal(again.status, 409);
    assert.equal(
      await ctx()
        .deps.db.k.selectFrom('tickets')
        .select('ticket_id')
        .where('idem_key', '=', `visit:${v.body.visitId}`)
        .execute()
        .then((r) => r.length),
      1,
    );

    // A phone visit's complaint is a call; without a unit or public area intake refuses it and nothing changes.
    const phone = await c.post(url(), {
      customerName: '高远',
      company: '远景律师事务所',
      channel: 'phone',
      opinions: '保安态度差',
    });
    const noPlace = await c.post(url(`/${phone.body.visitId}/ticket`), { kind: 'complaint' });
    assert.equal(noPlace.status, 422);
    assert.equal(noPlace.body.error.fields[0].path, 'unitId');
    const stillNone = await c.get(url('?month=2026-12&limit=1'));
    assert.equal(stillNone.body.items[0].ticketId, null);
    const complaint = await c.post(url(`/${phone.body.visitId}/ticket`), {
      kind: 'complaint',
      publicArea: '大堂',
    });
    assert.equal(complaint.status, 201);
    const ct = await ctx()
      .deps.db.k.selectFrom('tickets')
      .select(['channel', 'kind'])
      .where('project_id', '=', ctx().projects.CAMPUS)
      .where('ticket_id', '=', complaint.body.ticketId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(ct, { channel: 'phone', kind: 'complaint' });
  });

  test('CBK-3: bad visits are refused with the field named and change nothing; only the desk records visits, only in its project', async () => {
    s.at('2026-12-05T02:00:00.000Z');
    const c = await loginAs(ctx(), 'clerk');
    const visitsBefore = (await c.get(url('/progress'))).body.department.visits;
    const future = await c.post(url(), { customerName: '周建国', visitedAt: '2026-12-05T03:00:00Z' });
    // Refused at the edge: a visit's time is never in the future (platform/http/date-fields.ts).
    assert.equal(future.status, 400);
    assert.equal(future.body.error.fields[0].path, 'visitedAt');
    const unknown = await c.post(url(), {
      customerName: '周建国',
      customerId: '01900000-0000-7000-8000-000000000000',
    });
    assert.equal(unknown.status, 422);
    assert.equal(unknown.body.error.fields[0].path, 'customerId');
    const noName = await c.post(url(), { channel: 'visit' });
    assert.equal(noName.status, 400);
    assert.equal(noName.body.error.fields[0].path, 'customerName');
    const badChannel = await c.post(url(), { customerName: 'x', channel: 'email' });
    assert.equal(badChannel.status, 400);
    assert.equal((await c.get(url('/progress'))).body.department.visits, visitsBefore);
    assert.equal((await c.get(url('/progress?month=2026-13'))).status, 400);
    const noOpinion = await c.post(url(), { customerName: '郑凯' });
    assert.equal(
      (await c.post(url(`/${noOpinion.body.visitId}/ticket`), { kind: 'request', publicArea: '大堂' }))
        .status,
      422,
    );

    assert.equal((await (await loginAs(ctx(), 'engineer')).post(url(), { customerName: 'x' })).status, 403);
    assert.equal((await (await loginAs(ctx(), 'engineer')).get(url('/progress'))).status, 403);
    assert.equal((await (await loginAs(ctx(), 'estate.clerk')).get(url())).status, 404);
    const estateVisit = await (
      await loginAs(ctx(), 'estate.clerk')
    ).post(`/api/projects/${ctx().projects.ESTATE}/visits`, { customerName: '业主' });
    assert.equal(estateVisit.status, 201);
    assert.equal(
      (
        await c.post(url(`/${estateVisit.body.visitId}/ticket`), {
          kind: 'request',
          publicArea: '大堂',
          description: 'x',
        })
      ).status,
      404,
      "another project's visit is not found",
    );
  });
});
