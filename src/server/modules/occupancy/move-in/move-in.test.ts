/**
 * A company's move-in to a vacant office of the campus through the API on both databases
 * (HND-6, MVI-1..2): the lease from leasing, the owner party's confirmation, the manager's
 * approval, the cashier's deposit, the signed documents, the joint inspection with the
 * first meter readings, the internal notice that starts billing — in order, nothing skipped.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  type Client,
  padSignature,
  countRows,
  uploadScan,
} from '../../../../../tests/support/factory/index.ts';
import { moveInDb } from './tables.ts';

const LICENCE = '91110105MA01ABCD3X';

createTestApp('move-in', (ctx) => {
  let clerk: Client;
  let cashier: Client;
  let pm: Client;
  let P = '';
  let vacant: { unit_id: string; code: string }[] = [];
  let id = '';
  let meterId = '';
  const url = (path = '') => `/api/projects/${P}/move-ins${path}`;
  const at = (path: string) => url(path ? `/${id}/${path}` : `/${id}`);
  const lease = async (extra: Record<string, unknown> = {}) => ({
    newTenant: { kind: 'company', name: '星河数据科技有限公司', phone: '010-65080001' },
    idType: 'business_licence',
    idNumber: LICENCE,
    leaseStart: '2026-12-01',
    leaseEnd: '2028-11-30',
    leaseCopyDocumentId: await uploadScan(clerk, P, 'lease'),
    moveInNoticeDocumentId: await uploadScan(clerk, P, 'notice'),
    ...extra,
  });
  const sign = padSignature('星河数据 李经理');
  const documents = {
    safety_fire_letter: sign,
    handbook_pledge: sign,
    emergency_contact_form: sign,
    tenant_info_form: sign,
    vehicle_registration: sign,
  };
  const payment = {
    managementDeposit: { amountFen: 1_000_000, method: 'transfer', receiptNo: 'MI-DEP-1' },
    rentReceiptNo: 'ZL-2026-0001',
    rentDepositReceiptNo: 'ZL-2026-0002',
  };

  before(async () => {
    P = ctx().projects.CAMPUS;
    clerk = await ctx().login('clerk');
    cashier = await ctx().login('cashier');
    pm = await ctx().login('pm');
    for (const c of [clerk, cashier, pm]) c.lang = 'zh-CN';
    vacant = await ctx()
      .deps.db.k.selectFrom('units')
      .select(['unit_id', 'code'])
      .where('project_id', '=', P)
      .where('status', '=', 'vacant')
      .where('use', '=', 'office')
      .orderBy('code')
      .execute();
    assert.ok(vacant.length >= 3);
    const meter = await pm.post(`/api/projects/${P}/billing/meters`, {
      code: `E-${vacant[0]!.code}`,
      kind: 'electricity',
      unitId: vacant[0]!.unit_id,
    });
    assert.equal(meter.status, 201, JSON.stringify(meter.body));
    meterId = meter.body.meterId;
  });

  test('HND-6: a move-in starts only on a vacant unit, and only once at a time', async () => {
    const occupied = await ctx()
      .deps.db.k.selectFrom('units')
      .select('unit_id')
      .where('project_id', '=', P)
      .where('status', '=', 'office_in_use')
      .where('use', '=', 'office')
      .executeTakeFirstOrThrow();
    const refused = await clerk.post(url(), { unitId: occupied.unit_id });
    assert.equal(refused.status, 422);
    assert.match(refused.body.error.message, /^单元 \S+ 的状态是「办公」，只有空置的单元才能办理入住$/);
    const r = await clerk.post(url(), { unitId: vacant[0]!.unit_id });
    assert.equal(r.status, 201);
    id = r.body.moveInId;
    assert.equal(r.body.step, 'lease');
    assert.equal((await clerk.post(url(), { unitId: vacant[0]!.unit_id })).status, 409);
  });

  test('HND-6, MVI-1..2: no step can be skipped through the API, by any role; nothing is written', async () => {
    const before = await countRows(ctx(), 'history', P);
    const attempts: [string, Client, unknown][] = [
      ['owner-confirmation', clerk, { letter: sign }],
      ['approval', pm, { approve: true }],
      ['payment', cashier, payment],
      ['documents', clerk, { emergencyPhone: '13911112222', documents }],
      [
        'inspection',
        clerk,
        {
          engineeringName: '刘强',
          securityName: '赵军',
          fixtures: [{ name: '空调', quantity: 2, condition: 'good' }],
          readings: [],
          keysHanded: 2,
          customerSignature: sign,
        },
      ],
      [
        'notice',
        clerk,
        { billingFrom: '2026-12-01', serviceInfo: { hotline: true, telecom: true, parkingCard: false } },
      ],
    ];
    for (const [step, who, body] of attempts) {
      const r = await who.post(at(step), body);
      assert.equal(r.status, 409, step);
      assert.equal(r.body.error.message, '请先完成「租约与入住通知」这一步', step);
    }
    assert.equal(await countRows(ctx(), 'history', P), before);
  });

  test('MVI-1: the lease copy and notice, lease dates and the tenant’s identity — refusals write nothing', async () => {
    const customers = await countRows(ctx(), 'customers', P);
    const over = await clerk.post(
      at('lease'),
      await lease({ leaseStart: '2024-01-01', leaseEnd: '2025-12-31' }),
    );
    assert.equal(over.status, 422);
    assert.deepEqual(over.body.error.fields, [{ path: 'leaseEnd', message: '该租约已经到期' }]);
    const both = await clerk.post(
      at('lease'),
      await lease({ customerId: '00000000-0000-7000-8000-000000000000' }),
    );
    assert.equal(both.status, 400);
    const badLicence = await clerk.post(at('lease'), await lease({ idNumber: '123' }));
    assert.equal(badLicence.body.error.fields[0].path, 'idNumber');
    assert.equal(await countRows(ctx(), 'customers', P), customers);

    const r = await clerk.post(at('lease'), await lease());
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.step, 'owner_confirmation');
    assert.deepEqual(r.body.lease.start + ' ' + r.body.lease.end, '2026-12-01 2028-11-30');
    assert.equal(r.body.tenant.name, '星河数据科技有限公司');
    assert.equal(r.body.tenant.kind, 'company');
    assert.equal(r.body.tenant.idNumberMasked, '911***********CD3X');
  });

  test('MVI-1: the owner confirms — an office with no owner on record is confirmed by the owner party; a stranger is refused', async () => {
    const owners = (await clerk.get(at('owners'))).body;
    assert.deepEqual(owners, { owners: [], ownerParty: '金融中心置业有限公司' });
    const tenant = (await clerk.get(at(''))).body.tenant.customerId;
    const stranger = await clerk.post(at('owner-confirmation'), { ownerCustomerId: tenant, letter: sign });
    assert.equal(stranger.status, 422);
    assert.equal(stranger.body.error.message, '须由该单元的业主确认；没有登记业主的单元由产权方确认');
    const r = await clerk.post(at('owner-confirmation'), {
      letter: {
        signerName: '金融中心置业 王总',
        method: 'paper',
        scanDocumentId: await uploadScan(clerk, P, '业主承诺书'),
      },
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.owner.name, '金融中心置业有限公司');
    assert.deepEqual(
      r.body.signatures.map((s: { purpose: string; method: string }) => [s.purpose, s.method]),
      [['move_in.owner_confirmation', 'paper']],
    );
  });

  test('HND-6: only the manager approves; the clerk and the cashier cannot', async () => {
    assert.equal((await clerk.post(at('approval'), { approve: true })).status, 403);
    assert.equal((await cashier.post(at('approval'), { approve: true })).status, 403);
    const r = await pm.post(at('approval'), { approve: true, note: '同意入住' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.approval.byName, '陈明（项目经理）');
    assert.equal(r.body.step, 'payment');
  });

  test('HND-6: the cashier takes the management-fee deposit at the price list’s amount and records the rent receipts', async () => {
    assert.equal((await clerk.post(at('payment'), payment)).status, 403, 'money is the cashier’s');
    const wrong = await cashier.post(at('payment'), {
      ...payment,
      managementDeposit: { ...payment.managementDeposit, amountFen: 500_000 },
    });
    assert.equal(wrong.status, 422);
    assert.equal(wrong.body.error.message, '物业费押金应为 10000.00 元（收费标准）');
    const r = await cashier.post(at('payment'), payment);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(
      { fen: r.body.payment.depositFen, rent: r.body.payment.rentReceiptNo },
      { fen: 1_000_000, rent: 'ZL-2026-0001' },
    );
    const deposits = (
      await cashier.get(`/api/projects/${P}/billing/deposits?customerId=${r.body.tenant.customerId}`)
    ).body;
    assert.deepEqual(
      deposits.map((d: { kind: string; heldFen: number }) => [d.kind, d.heldFen]),
      [['management', 1_000_000]],
    );
    const cancel = await clerk.post(at('cancel'), { reason: '客户改变主意' });
    assert.equal(cancel.status, 422);
    assert.equal(cancel.body.error.message, '已经收取费用，不能再取消入住；请办理退租');
  });

  test('HND-6, MVI-2: every document is signed — the vehicle registration when there are vehicles — and the archive is updated', async () => {
    const { vehicle_registration: _v, ...withoutVehicleForm } = documents;
    const missing = await clerk.post(at('documents'), {
      emergencyPhone: '13911112222',
      vehicles: [{ plate: '京N8K888', model: '奥迪A6' }],
      documents: withoutVehicleForm,
    });
    assert.equal(missing.status, 422);
    assert.deepEqual(missing.body.error.fields, [
      { path: 'documents.vehicle_registration', message: '该文件尚未签署' },
    ]);
    const r = await clerk.post(at('documents'), {
      emergencyPhone: '13911112222',
      vehicles: [{ plate: '京N8K888', model: '奥迪A6' }],
      documents,
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const purposes = r.body.signatures.map((s: { purpose: string }) => s.purpose);
    for (const d of Object.keys(documents)) assert.ok(purposes.includes(`move_in.${d}`), d);
    const k = ctx().deps.db.k;
    const archive = await k
      .selectFrom('customers')
      .select(['emergency_phone'])
      .where('customer_id', '=', r.body.tenant.customerId)
      .executeTakeFirstOrThrow();
    assert.equal(archive.emergency_phone, '13911112222');
    const plates = await k
      .selectFrom('customer_vehicles')
      .select('plate')
      .where('customer_id', '=', r.body.tenant.customerId)
      .execute();
    assert.deepEqual(
      plates.map((p) => p.plate),
      ['京N8K888'],
    );
  });

  test('HND-6: the joint inspection counts the fixtures, reads every meter into billing as the first reading, and the customer signs', async () => {
    const base = {
      engineeringName: '刘强',
      securityName: '赵军',
      fixtures: [
        { name: '空调室内机', quantity: 4, condition: 'good' },
        { name: '办公门禁', quantity: 1, condition: 'good' },
      ],
      keysHanded: 3,
      parkingNote: 'B-101 月租',
      customerSignature: sign,
    };
    const unread = await clerk.post(at('inspection'), { ...base, readings: [] });
    assert.equal(unread.status, 422);
    assert.equal(unread.body.error.message, '本单元还有表未抄读初始读数');
    const shared = (await ctx()
      .deps.db.k.selectFrom('meters' as never)
      .select('meter_id' as never)
      .where('code' as never, '=', 'E-1-公摊' as never)
      .executeTakeFirstOrThrow()) as { meter_id: string };
    const foreign = await clerk.post(at('inspection'), {
      ...base,
      readings: [
        { meterId, valueCenti: 100 },
        { meterId: shared.meter_id, valueCenti: 1 },
      ],
    });
    assert.deepEqual(foreign.body.error.fields, [
      { path: 'readings.1.meterId', message: '该表不属于本单元' },
    ]);
    assert.equal(await countRows(ctx(), 'move_in_fixtures', P), 0);

    const r = await clerk.post(at('inspection'), { ...base, readings: [{ meterId, valueCenti: 1_234_56 }] });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(
      r.body.inspection.fixtures.map((f: { name: string; quantity: number }) => [f.name, f.quantity]),
      [
        ['空调室内机', 4],
        ['办公门禁', 1],
      ],
    );
    assert.deepEqual(
      r.body.inspection.readings.map((x: { meterCode: string; valueCenti: number }) => [
        x.meterCode,
        x.valueCenti,
      ]),
      [[`E-${vacant[0]!.code}`, 123_456]],
    );
    const meter = (await cashier.get(`/api/projects/${P}/billing/meters/${meterId}`)).body;
    assert.deepEqual(
      { value: meter.lastReading.valueCenti, used: meter.lastReading.consumptionCenti },
      { value: 123_456, used: 0 },
    );
    assert.ok(
      r.body.signatures.some(
        (s: { purpose: string; signerRole: string }) =>
          s.purpose === 'move_in.inspection' && s.signerRole === 'tenant',
      ),
    );
  });

  test('MVI-2: the internal notice tells every department, billing starts for the tenant, the lease is on the unit, the office is in use', async () => {
    const noHotline = await clerk.post(at('notice'), {
      billingFrom: '2026-12-01',
      serviceInfo: { hotline: false, telecom: true, parkingCard: true },
    });
    assert.deepEqual(noHotline.body.error.fields, [
      { path: 'serviceInfo.hotline', message: '请先向客户告知服务热线' },
    ]);
    const outside = await clerk.post(at('notice'), {
      billingFrom: '2026-11-25',
      serviceInfo: { hotline: true, telecom: true, parkingCard: true },
    });
    assert.equal(outside.body.error.message, '计费日须在租期内（2026-12-01 ~ 2028-11-30）');
    const notified = await countRows(ctx(), 'notifications', P);

    const r = await clerk.post(at('notice'), {
      billingFrom: '2026-12-01',
      serviceInfo: { hotline: true, telecom: true, parkingCard: true },
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.state, 'completed');
    const k = ctx().deps.db.k;
    const told = await k
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.user_id', 'n.user_id')
      .select('u.username')
      .where('n.project_id', '=', P)
      .where('n.kind', '=', 'move_in.notice')
      .orderBy('u.username')
      .execute();
    for (const dept of ['engineer', 'guard', 'cleaner', 'cashier', 'clerk'])
      assert.ok(
        told.some((t) => t.username === dept),
        dept,
      );
    assert.ok((await countRows(ctx(), 'notifications', P)) > notified);
    const unit = await k
      .selectFrom('units')
      .select('status')
      .where('unit_id', '=', vacant[0]!.unit_id)
      .executeTakeFirstOrThrow();
    assert.equal(unit.status, 'office_in_use');
    const link = await k
      .selectFrom('customer_units')
      .select(['relation', 'lease_start', 'lease_end'])
      .where('customer_id', '=', r.body.tenant.customerId)
      .where('unit_id', '=', vacant[0]!.unit_id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      { ...link, lease_start: String(link.lease_start), lease_end: String(link.lease_end) },
      { relation: 'tenant', lease_start: '2026-12-01', lease_end: '2028-11-30' },
    );
    const accounts = (await cashier.get(`/api/projects/${P}/billing/accounts?unitId=${vacant[0]!.unit_id}`))
      .body;
    assert.deepEqual(
      accounts.map((a: { customerName: string; startDay: string }) => [a.customerName, a.startDay]),
      [['星河数据科技有限公司', '2026-12-01']],
    );
    const page = await clerk.get(at('notice'));
    assert.equal(page.status, 200);
    assert.match(page.body, /入住知会单/);
    assert.match(page.body, /致：工程部、安保部、保洁部、财务部、客服部/);
    assert.match(page.body, /电表 E-\S+: 1234\.56/);
  });

  test('HND-6: the manager may refuse a move-in with the reason, which ends it; a move-in is cancelled before any money', async () => {
    const second = (await clerk.post(url(), { unitId: vacant[1]!.unit_id })).body.moveInId as string;
    const path = (p: string) => url(`/${second}/${p}`);
    assert.equal(
      (
        await clerk.post(
          path('lease'),
          await lease({ newTenant: undefined, customerId: (await clerk.get(at(''))).body.tenant.customerId }),
        )
      ).status,
      200,
      'the same company takes a second office: one archive',
    );
    assert.equal((await clerk.post(path('owner-confirmation'), { letter: sign })).status, 200);
    const noReason = await pm.post(path('approval'), { approve: false });
    assert.equal(noReason.body.error.message, '不同意入住时请写明原因');
    const r = await pm.post(path('approval'), { approve: false, note: '租赁合同未盖章' });
    assert.equal(r.status, 200);
    assert.equal(r.body.state, 'rejected');
    assert.deepEqual(
      r.body.steps.map((s: { status: string }) => s.status),
      ['done', 'done', 'todo', 'todo', 'todo', 'todo', 'todo'],
    );
    assert.equal(
      (await cashier.post(path('payment'), payment)).body.error.message,
      '该流程已结束（审批未通过），不能再办理',
    );

    const third = (await clerk.post(url(), { unitId: vacant[2]!.unit_id })).body.moveInId as string;
    const cancelled = await clerk.post(url(`/${third}/cancel`), { reason: '租赁部通知客户放弃' });
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.state, 'cancelled');
    assert.equal(cancelled.body.closed.reason, '租赁部通知客户放弃');
  });

  test('ORG-1: the estate’s staff cannot see or touch the campus’s move-ins; engineering cannot run one', async () => {
    const estate = await ctx().login('estate.clerk');
    assert.equal((await estate.get(url())).status, 404);
    assert.equal((await estate.get(at(''))).status, 404);
    const engineer = await ctx().login('engineer');
    assert.equal((await engineer.get(url())).status, 403);
    assert.equal((await engineer.post(url(), { unitId: vacant[2]!.unit_id })).status, 403);
  });

  test('ORG-2: the manager who started a move-in does not approve it himself; nothing is written', async () => {
    const own = (await pm.post(url(), { unitId: vacant[2]!.unit_id })).body.moveInId as string;
    const path = (p: string) => url(`/${own}/${p}`);
    assert.equal(
      (
        await pm.post(
          path('lease'),
          await lease({ newTenant: undefined, customerId: (await clerk.get(at(''))).body.tenant.customerId }),
        )
      ).status,
      200,
    );
    assert.equal((await pm.post(path('owner-confirmation'), { letter: sign })).status, 200);
    const history = await countRows(ctx(), 'history', P);
    const self = await pm.post(path('approval'), { approve: true, note: '同意' });
    assert.deepEqual(
      [self.status, self.body.error.message],
      [403, '不能审批自己提出或涉及自己的事项，请由另一位有权审批的人决定'],
    );
    const run = await moveInDb(ctx().deps.db.k)
      .selectFrom('move_ins')
      .select(['step', 'state', 'approved_by', 'approved_at'])
      .where('move_in_id', '=', own)
      .executeTakeFirstOrThrow();
    assert.deepEqual(run, { step: 'approval', state: 'in_progress', approved_by: null, approved_at: null });
    assert.equal(await countRows(ctx(), 'history', P), history);
    const byAdmin = await (
      await ctx().login('admin')
    ).post(path('approval'), { approve: true, note: '同意' });
    assert.deepEqual([byAdmin.status, byAdmin.body.step], [200, 'payment'], 'another manager decides');
  });
});
