/**
 * Move-out through the API on both databases (MVO-1..7): the notice, the joint inspection
 * with the readings signed, the refusal while anything is owed (showing the bills), keys
 * back, completion (billing, tenancy, unit status, sealed archive, deposit due in 15
 * working days), the refund tracked and flagged overdue; steps cannot be skipped.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  type Client,
  createTestCustomer,
  historyActions,
  nextReceipt,
  payAll,
  padSignature,
  customerOfUnit,
  unitIdOf,
} from '../../../../../tests/support/factory/index.ts';
import { ensureLeaseReminderTimers, moveOutForPass } from '../exit/index.ts';

createTestApp('move-out', (ctx) => {
  let clerk: Client;
  let cashier: Client;
  let P = '';
  let unit = '';
  let tenant = '';
  let meterId = '';
  let moveOutId = '';
  let depositId = '';
  const notice = () => ({
    unitId: unit,
    customerId: tenant,
    moveDay: '2026-11-30',
    contactName: '高远',
    contactPhone: '13901020003',
    forwardingAddress: '北京市朝阳区建国路 88 号',
    keepIntactReminded: true,
  });
  const base = () => `/api/projects/${P}/move-outs`;

  /** Sessions end after idle time; a test that moves the clock by days logs in again. */
  async function login() {
    clerk = await ctx().login('clerk');
    cashier = await ctx().login('cashier');
    clerk.lang = cashier.lang = 'zh-CN';
  }

  before(async () => {
    P = ctx().projects.CAMPUS;
    await login();
    unit = await unitIdOf(ctx(), P, '1-602');
    tenant = await customerOfUnit(ctx(), P, unit, 'tenant');
    meterId = (
      (await ctx()
        .deps.db.k.selectFrom('meters' as never)
        .select('meter_id' as never)
        .where('code' as never, '=', 'E-1-602' as never)
        .executeTakeFirstOrThrow()) as { meter_id: string }
    ).meter_id;
    // The tenant paid a management-fee deposit at move-in; last month's bills are run.
    depositId = (
      await cashier.post(`/api/projects/${P}/billing/deposits`, {
        customerId: tenant,
        unitId: unit,
        kind: 'management',
        amountFen: 1_000_000,
        method: 'transfer',
        receiptNo: nextReceipt('DEP'),
      })
    ).body.depositId;
    assert.ok(depositId);
    assert.equal(
      (await cashier.post(`/api/projects/${P}/billing/bill-runs`, { period: '2026-10' })).status,
      200,
    );
  });

  test('MVO-1: a month before a lease ends the CS assistants are reminded, once', async () => {
    const k = ctx().deps.db.k;
    await ensureLeaseReminderTimers(k, ctx().clock.now());
    ctx().clock.set('2026-11-26T01:00:00Z'); // 09:00 in Beijing the next day
    await ctx().sweep();
    const reminded = async () =>
      k
        .selectFrom('notifications')
        .select(['params_json', 'user_id'])
        .where('project_id', '=', P)
        .where('kind', '=', 'lease.ending')
        .execute();
    const first = await reminded();
    const units = new Set(first.map((n) => JSON.parse(n.params_json).unit));
    assert.deepEqual([...units], ['1-808'], '1-808 ends in 25 days; 1-1501 in 180 is not reminded yet');
    ctx().clock.set('2026-11-27T01:00:00Z');
    await ctx().sweep();
    assert.equal((await reminded()).length, first.length, 'the same lease end is not reminded twice');
    await login();
    const leases = (await clerk.get(`/api/projects/${P}/leases-ending`)).body;
    assert.deepEqual(
      leases.map((l: { unitCode: string }) => l.unitCode),
      ['1-808'],
    );
    assert.ok(leases[0].remindedAt);
    await login();
  });

  test('MVO-2: the notice needs the moving day, contact, forwarding address and the keep-intact reminder; only a tenant moves out', async () => {
    const noReminder = await clerk.post(base(), { ...notice(), keepIntactReminded: false });
    assert.equal(noReminder.status, 400);
    assert.ok(noReminder.body.error.fields.some((f: { path: string }) => f.path === 'keepIntactReminded'));
    const staff = await ctx()
      .deps.db.k.selectFrom('customer_units')
      .select('customer_id')
      .where('project_id', '=', P)
      .where('unit_id', '=', unit)
      .where('relation', '=', 'staff')
      .executeTakeFirstOrThrow();
    const notTenant = await clerk.post(base(), { ...notice(), customerId: staff.customer_id });
    assert.equal(notTenant.status, 422);
    assert.equal(notTenant.body.error.fields[0].message, '该客户不是此单元的租户');
    assert.equal((await cashier.post(base(), notice())).status, 403, 'the cashier does not run move-outs');
    const r = await clerk.post(base(), notice());
    assert.equal(r.status, 201);
    assert.equal(r.body.state, 'notified');
    assert.equal(r.body.nextStep, 'inspect');
    assert.equal(r.body.notice.forwardingAddress, '北京市朝阳区建国路 88 号');
    moveOutId = r.body.moveOutId;
    assert.equal((await clerk.post(base(), notice())).status, 409, 'one open move-out per tenant and unit');
  });

  test('MVO-3..6: no step can be skipped through the API', async () => {
    for (const [path, body] of [
      ['clear', { elevatorFrom: '2026-11-30T01:00:00Z', elevatorTo: '2026-11-30T04:00:00Z' }],
      ['keys', { keys: 2, accessCards: 3, tenantSignature: padSignature('高远') }],
      ['complete', {}],
    ] as const) {
      const r = await clerk.post(`${base()}/${moveOutId}/${path}`, body);
      assert.equal(r.status, 409, path);
      assert.equal(r.body.error.code, 'ILLEGAL_TRANSITION');
      assert.match(r.body.error.message, /下一步应为“联合验房”/);
    }
    assert.deepEqual(await historyActions(ctx(), P, 'move_out', moveOutId), ['opened']);
  });

  test('MVO-3: the joint inspection reads every meter (signed by the tenant) and decides on restoration', async () => {
    const fixtures = [
      { name: '空调', quantity: 2, condition: 'good' },
      { name: '门锁', quantity: 1, condition: 'damaged' },
    ];
    const unread = await clerk.post(`${base()}/${moveOutId}/inspection`, {
      fixtures,
      readings: [],
      engineerName: '刘强',
      restorationRequired: true,
      tenantSignature: padSignature('高远'),
    });
    assert.equal(unread.status, 422);
    assert.equal(unread.body.error.message, '以下表具尚未抄表：E-1-602');
    const first = await clerk.post(`${base()}/${moveOutId}/inspection`, {
      fixtures,
      readings: [{ meterId, valueCenti: 10_200_000 }],
      engineerName: '刘强',
      restorationRequired: true,
      restorationNote: '门锁须更换',
      tenantSignature: padSignature('高远'),
    });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.state, 'inspected');
    assert.equal(first.body.inspection.passedAt, null);
    assert.equal(first.body.inspection.findings[1].problem, 'worse');
    assert.equal(first.body.inspection.readings[0].consumptionCenti, 10_200_000 - 10_107_700);
    const meter = (await cashier.get(`/api/projects/${P}/billing/meters/${meterId}`)).body;
    assert.equal(
      meter.lastReading.valueCenti,
      10_200_000,
      "the reading is the billing module's, for the final bill",
    );
    const blocked = await clerk.post(`${base()}/${moveOutId}/clear`, {
      elevatorFrom: '2026-11-30T01:00:00Z',
      elevatorTo: '2026-11-30T04:00:00Z',
    });
    assert.equal(blocked.status, 422);
    assert.equal(blocked.body.error.message, '验房未通过（须恢复原状），恢复后请重新验房');
    ctx().clock.advanceMinutes(60);
    const again = await clerk.post(`${base()}/${moveOutId}/inspection`, {
      fixtures: [
        { name: '空调', quantity: 2, condition: 'good' },
        { name: '门锁', quantity: 1, condition: 'good' },
      ],
      engineerName: '刘强',
      restorationRequired: false,
      tenantSignature: padSignature('高远'),
    });
    assert.equal(again.status, 200);
    assert.ok(again.body.inspection.passedAt);
    assert.equal(
      again.body.signatures.filter((s: { purpose: string }) => s.purpose === 'move_out.inspection').length,
      2,
    );
  });

  test('MVO-4: the clearing is refused while anything is owed — hundreds of 元 or a single fen — showing the bills, and writes nothing', async () => {
    const body = { elevatorFrom: '2026-11-30T01:00:00Z', elevatorTo: '2026-11-30T04:00:00Z' };
    const r = await clerk.post(`${base()}/${moveOutId}/clear`, body);
    assert.equal(r.status, 422);
    assert.match(r.body.error.message, /^客户尚欠费 \d+\.\d\d 元（1 笔账单），结清前不能办理退租手续$/);
    const bills = r.body.error.details.owed.bills;
    assert.deepEqual(
      bills.map((b: { period: string }) => b.period),
      ['2026-10'],
    );
    assert.ok(bills[0].outstandingFen > 0);
    assert.equal((await clerk.get(`${base()}/${moveOutId}`)).body.state, 'inspected');
    const panel = (await clerk.get(`${base()}/${moveOutId}/owed`)).body;
    assert.deepEqual(
      panel.bills.map((b: { period: string; unitId: string }) => [b.period, panel.unitCodes[b.unitId]]),
      [['2026-10', '1-602']],
    );
    const told = await ctx()
      .deps.db.k.selectFrom('notifications')
      .select('notification_id')
      .where('project_id', '=', P)
      .where('kind', '=', 'move_out.scheduled')
      .execute();
    assert.equal(told.length, 0, 'nothing was written');

    // All but one fen paid: the last fen is still "anything owed".
    await payAll(
      cashier,
      P,
      tenant,
      bills.map((b: { billId: string; outstandingFen: number }) => ({
        ...b,
        outstandingFen: b.outstandingFen - 1,
      })),
    );
    const historyBefore = await historyActions(ctx(), P, 'move_out', moveOutId);
    const oneFen = await clerk.post(`${base()}/${moveOutId}/clear`, body);
    assert.equal(oneFen.status, 422);
    assert.equal(oneFen.body.error.message, '客户尚欠费 0.01 元（1 笔账单），结清前不能办理退租手续');
    assert.deepEqual(
      oneFen.body.error.details.owed.bills.map((b: { outstandingFen: number }) => b.outstandingFen),
      [1],
    );
    const unchanged = (await clerk.get(`${base()}/${moveOutId}`)).body;
    assert.equal(unchanged.state, 'inspected');
    assert.equal(unchanged.cleared, null);
    assert.deepEqual(
      await historyActions(ctx(), P, 'move_out', moveOutId),
      historyBefore,
      'nothing was written',
    );
    assert.equal(
      (
        await ctx()
          .deps.db.k.selectFrom('notifications')
          .select('notification_id')
          .where('project_id', '=', P)
          .where('kind', '=', 'move_out.scheduled')
          .execute()
      ).length,
      0,
    );
  });

  test('MVO-4: owing exactly nothing (the last fen paid) the clearing goes through and the departments are told', async () => {
    const body = { elevatorFrom: '2026-11-30T01:00:00Z', elevatorTo: '2026-11-30T04:00:00Z' };
    const owing = (await clerk.get(`${base()}/${moveOutId}/owed`)).body;
    assert.deepEqual(
      owing.bills.map((b: { outstandingFen: number }) => b.outstandingFen),
      [1],
    );
    await payAll(cashier, P, tenant, owing.bills);
    assert.equal((await clerk.get(`${base()}/${moveOutId}/owed`)).body.owedFen, 0);
    const ok = await clerk.post(`${base()}/${moveOutId}/clear`, body);
    assert.equal(ok.status, 200);
    assert.equal(ok.body.state, 'cleared');
    const guard = await ctx()
      .deps.db.k.selectFrom('notifications as n')
      .innerJoin('users as u', 'u.user_id', 'n.user_id')
      .select('u.username')
      .where('n.kind', '=', 'move_out.scheduled')
      .execute();
    assert.ok(
      ['guard', 'engineer', 'cashier', 'cleaner'].every((u) => guard.some((g) => g.username === u)),
      'MVO-5: departments are told',
    );
  });

  test('MVO-5: keys, cards and IDs come back, signed by the tenant; a parking IC card still out refuses it', async () => {
    const parking = `/api/projects/${P}/parking`;
    const rental = await cashier.post(`${parking}/rentals`, {
      customerId: tenant,
      unitId: unit,
      plate: '京A60211',
      carModel: '奥迪A6',
      phone: '13901020003',
      licenceChecked: true,
      startDay: '2026-11-25',
      endDay: '2026-11-30',
    });
    assert.equal(rental.status, 201, JSON.stringify(rental.body));
    const card = await cashier.post(`${parking}/rentals/${rental.body.rentalId}/card`, {
      cardNo: 'IC-0602',
      method: 'cash',
      receiptNo: nextReceipt('IC'),
    });
    assert.equal(card.status, 201, JSON.stringify(card.body));
    const out = await clerk.post(`${base()}/${moveOutId}/keys`, {
      keys: 4,
      accessCards: 6,
      tenantSignature: padSignature('高远'),
    });
    assert.equal(out.status, 422);
    assert.equal(out.body.error.message, '停车IC卡 IC-0602 尚未退还，请先到收费处退卡');
    assert.equal(
      (
        await cashier.post(`${parking}/cards/${card.body.cardId}/return`, {
          method: 'cash',
          receiptNo: nextReceipt('IC'),
        })
      ).status,
      200,
    );
    const r = await clerk.post(`${base()}/${moveOutId}/keys`, {
      keys: 4,
      accessCards: 6,
      documents: '员工出入证 6 张',
      tenantSignature: padSignature('高远'),
    });
    assert.equal(r.status, 200);
    assert.equal(r.body.state, 'keys_returned');
    assert.deepEqual(
      { keys: r.body.returned.keys, cards: r.body.returned.accessCards },
      { keys: 4, cards: 6 },
    );
  });

  test('MVO-4: checked again at completion — a bill issued since the clearing refuses it', async () => {
    assert.equal(
      (await cashier.post(`/api/projects/${P}/billing/bill-runs`, { period: '2026-09' })).status,
      200,
    );
    const r = await clerk.post(`${base()}/${moveOutId}/complete`, {});
    assert.equal(r.status, 422);
    assert.deepEqual(
      r.body.error.details.owed.bills.map((b: { period: string }) => b.period),
      ['2026-09'],
    );
    await payAll(cashier, P, tenant, r.body.error.details.owed.bills);
  });

  test('MVO-6: completion ends billing and the tenancy, frees the unit, seals the archive, and sets the deposit refund 15 working days out', async () => {
    const r = await clerk.post(`${base()}/${moveOutId}/complete`, {});
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.state, 'completed');
    assert.equal(r.body.completion.billingEndDay, '2026-11-25');
    assert.equal(r.body.completion.archiveSealed, true);
    // Inspection passed Wed 25 Nov 2026 → 15 working days → Wed 16 Dec.
    assert.equal(r.body.deposit.dueOn, '2026-12-16');
    assert.equal(r.body.deposit.status, 'due');
    const k = ctx().deps.db.k;
    assert.equal(
      (await k.selectFrom('units').select('status').where('unit_id', '=', unit).executeTakeFirstOrThrow())
        .status,
      'vacant',
    );
    assert.equal(
      (
        await k
          .selectFrom('customers')
          .select('archive_state')
          .where('customer_id', '=', tenant)
          .executeTakeFirstOrThrow()
      ).archive_state,
      'sealed',
    );
    assert.equal(
      (
        await k
          .selectFrom('customer_units')
          .select('relation')
          .where('customer_id', '=', tenant)
          .where('relation', '=', 'tenant')
          .execute()
      ).length,
      0,
    );
    assert.ok(
      (await historyActions(ctx(), P, 'customer', tenant)).includes('unit_relation_ended'),
      'the ended tenancy is kept in the history',
    );
    const accounts = (await cashier.get(`/api/projects/${P}/billing/accounts?unitId=${unit}`)).body;
    assert.equal(accounts[0].endDay, '2026-11-25');
    // A sealed archive is read-only.
    const edit = await clerk.post(`${base()}/${moveOutId}/cancel`, { reason: 'x' });
    assert.equal(edit.status, 409);
  });

  test('MVO-6: the deposit refund is tracked — flagged overdue after its day, refunded only after the final bill is settled', async () => {
    ctx().clock.set('2026-12-17T01:00:00Z');
    await ctx().sweep();
    await login();
    const overdue = await ctx()
      .deps.db.k.selectFrom('notifications as n')
      .innerJoin('users as u', 'u.user_id', 'n.user_id')
      .select('u.username')
      .where('n.kind', '=', 'move_out.deposit_overdue')
      .execute();
    assert.deepEqual(overdue.map((o) => o.username).sort(), ['cashier', 'supervisor']);
    const list = (await cashier.get(`${base()}?view=deposits`)).body;
    assert.equal(
      list.find((m: { moveOutId: string }) => m.moveOutId === moveOutId).deposit.status,
      'overdue',
    );

    const refund = { method: 'transfer', refunds: [{ depositId, receiptNo: nextReceipt('RF') }] };
    assert.equal(
      (await clerk.post(`${base()}/${moveOutId}/deposit-refund`, refund)).status,
      403,
      'the cashier refunds',
    );
    const early = await cashier.post(`${base()}/${moveOutId}/deposit-refund`, refund);
    assert.equal(early.status, 422);
    assert.equal(early.body.error.message, '2026-11 的最后一期账单尚未出账，出账并结清后才能退押金');
    assert.equal(
      (await cashier.post(`/api/projects/${P}/billing/bill-runs`, { period: '2026-11' })).status,
      200,
    );
    const owing = await cashier.post(`${base()}/${moveOutId}/deposit-refund`, refund);
    assert.equal(owing.status, 422);
    await payAll(cashier, P, tenant, owing.body.error.details.owed.bills);
    const incomplete = await cashier.post(`${base()}/${moveOutId}/deposit-refund`, {
      method: 'transfer',
      refunds: [],
    });
    assert.equal(incomplete.status, 422);
    const done = await cashier.post(`${base()}/${moveOutId}/deposit-refund`, refund);
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.deposit.status, 'refunded');
    assert.equal(done.body.deposit.refundedFen, 1_000_000);
    assert.equal((await cashier.post(`${base()}/${moveOutId}/deposit-refund`, refund)).status, 409);
    const form = await clerk.get(`${base()}/${moveOutId}/form`);
    assert.equal(form.status, 200);
    assert.match(form.body, /客户退租手续单/);
    assert.match(form.body, /2026-12-16/);
    await login();
  });

  test("MVO-7: a residential tenant leaving an owner's unit needs the owner's agreement and the items that stay; the unit status follows", async () => {
    const E = ctx().projects.ESTATE;
    const ec = await ctx().login('estate.clerk');
    ec.lang = 'zh-CN';
    const home = (
      await ctx()
        .deps.db.k.selectFrom('units')
        .select('unit_id')
        .where('project_id', '=', E)
        .where('status', '=', 'tenant_occupied')
        .orderBy('code')
        .executeTakeFirstOrThrow()
    ).unit_id;
    const owner = {
      customerId: await createTestCustomer(ctx().deps, {
        projectId: E,
        name: '赵业主',
        phone: '13900000001',
        unitId: home,
        relation: 'owner',
      }),
    };
    const renter = {
      customerId: await createTestCustomer(ctx().deps, {
        projectId: E,
        name: '钱租户',
        phone: '13900000002',
        unitId: home,
        relation: 'tenant',
      }),
    };
    const opened = await ec.post(`/api/projects/${E}/move-outs`, {
      unitId: home,
      customerId: renter.customerId,
      moveDay: '2026-11-28',
      contactName: '钱租户',
      contactPhone: '13900000002',
      forwardingAddress: '成都市武侯区',
      keepIntactReminded: true,
    });
    assert.equal(opened.status, 201);
    assert.equal(opened.body.residential, true);
    assert.equal(opened.body.owner.name, '赵业主');
    const id = opened.body.moveOutId;
    const path = (s: string) => `/api/projects/${E}/move-outs/${id}/${s}`;
    assert.equal(
      (
        await ec.post(path('inspection'), {
          fixtures: [{ name: '沙发', quantity: 1, condition: 'good' }],
          engineerName: '工程',
          restorationRequired: false,
          tenantSignature: padSignature('钱租户'),
        })
      ).status,
      200,
    );
    const clear = { elevatorFrom: '2026-11-28T01:00:00Z', elevatorTo: '2026-11-28T03:00:00Z' };
    const noAnswer = await ec.post(path('clear'), clear);
    assert.equal(noAnswer.status, 422);
    assert.equal(noAnswer.body.error.message, '住宅租户退租须先征得业主同意');
    assert.equal(
      (
        await ec.post(path('owner-answer'), {
          ownerCustomerId: owner.customerId,
          ownerName: '赵业主',
          agreed: false,
        })
      ).status,
      200,
    );
    assert.equal(
      (await ec.post(path('clear'), clear)).status,
      422,
      'the owner refused: the tenant must settle with the owner first',
    );
    const agreed = await ec.post(path('owner-answer'), {
      ownerCustomerId: owner.customerId,
      ownerName: '赵业主',
      agreed: true,
      itemsToStay: [
        { name: '冰箱', quantity: 1 },
        { name: '空调', quantity: 2 },
      ],
    });
    assert.equal(agreed.body.owner.agreed, true);
    const pass = await moveOutForPass(ctx().deps.db.k, {
      projectId: E,
      unitId: home,
      customerId: renter.customerId,
    });
    assert.deepEqual(pass && { agreed: pass.ownerAgreed, items: pass.itemsToStay.map((i) => i.name) }, {
      agreed: true,
      items: ['冰箱', '空调'],
    });
    assert.equal((await ec.post(path('clear'), clear)).status, 200);
    assert.equal(
      (await ec.post(path('keys'), { keys: 2, accessCards: 2, tenantSignature: padSignature('钱租户') }))
        .status,
      200,
    );
    const done = await ec.post(path('complete'), { unitStatus: 'owner_occupied' });
    assert.equal(done.status, 200);
    assert.equal(
      (
        await ctx()
          .deps.db.k.selectFrom('units')
          .select('status')
          .where('unit_id', '=', home)
          .executeTakeFirstOrThrow()
      ).status,
      'owner_occupied',
    );
    const changes = await ctx()
      .deps.db.k.selectFrom('unit_status_history')
      .select(['from_status', 'to_status'])
      .where('unit_id', '=', home)
      .where('workflow', '=', 'move_out')
      .execute();
    assert.deepEqual(changes, [{ from_status: 'tenant_occupied', to_status: 'owner_occupied' }]);
  });

  test('a user of another project can neither read nor act on a move-out', async () => {
    const ec = await ctx().login('estate.clerk');
    assert.equal((await ec.get(`${base()}/${moveOutId}`)).status, 404);
    assert.equal((await ec.post(`${base()}/${moveOutId}/cancel`, { reason: 'x' })).status, 404);
  });
});
