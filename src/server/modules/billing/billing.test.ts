/**
 * Fees, bills, the ledger and reminders through the HTTP API on both databases (FEE-1..6,
 * REP-7, HND-3). Steps build on each other like a month at the cashier's desk on the
 * residential estate (units 98.76 m² building area, 79.30 m² inner area).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  type Client,
  ADJUSTER,
  CASHIER,
  joinProject,
  createTestCustomer,
  loginAs,
  unitByCode,
} from '../../../../tests/support/factory/index.ts';
import { newId } from '../../platform/ids.ts';
import { owedAsOf } from './index.ts';
import { ensureBooksCheckTimers } from './books-check.ts';
import { billingDb } from './tables.ts';

createTestApp('billing', (ctx) => {
  let pm: Client;
  let cashier: Client;
  let adjuster: Client;
  let P = '';
  let url = '';
  const ids = {
    owner: '',
    tenant: '',
    staff: '',
    u101: '',
    u102: '',
    u103: '',
    building: '',
    ownerBill: '',
    tenantBill: '',
    meter: '',
    usedReceipt: '',
  };
  const db = () => billingDb(ctx().deps.db.k);
  const count = async (table: 'ledger_entries' | 'fee_items' | 'bills' | 'meter_readings') =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** Sessions time out while the test clock jumps days ahead; log in again as a user would. */
  const relogin = async () => {
    pm = await loginAs(ctx(), 'admin');
    cashier = await loginAs(ctx(), CASHIER);
    adjuster = await loginAs(ctx(), ADJUSTER);
  };

  before(async () => {
    P = ctx().projects.ESTATE;
    await joinProject(ctx(), CASHIER, P, 'cashier');
    url = `/api/projects/${P}/billing`;
    pm = await loginAs(ctx(), 'admin');
    cashier = await loginAs(ctx(), CASHIER);
    adjuster = await loginAs(ctx(), ADJUSTER);
    const u101 = await unitByCode(ctx(), P, '1-101');
    ids.u101 = u101.unit_id;
    ids.building = u101.building_id;
    ids.u102 = (await unitByCode(ctx(), P, '1-102')).unit_id;
    ids.u103 = (await unitByCode(ctx(), P, '1-103')).unit_id;
    ids.owner = await createTestCustomer(ctx().deps, {
      projectId: P,
      unitId: ids.u101,
      relation: 'owner',
      name: '业主甲',
    });
    ids.tenant = await createTestCustomer(ctx().deps, {
      projectId: P,
      unitId: ids.u102,
      relation: 'tenant',
      name: '租户乙',
    });
    ids.staff = await createTestCustomer(ctx().deps, {
      projectId: P,
      unitId: ids.u103,
      relation: 'staff',
      name: '员工丙',
    });
  });

  test('FEE-1: fee items — a tariff without an effective date is refused and nothing is written', async () => {
    const before = await count('fee_items');
    const r = await pm.post(`${url}/fee-items`, {
      code: 'MGMT',
      name: '物业管理费',
      kind: 'area',
      areaBasis: 'building',
      rateMillifen: 235_000,
    });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.fields[0].path, 'effectiveFrom');
    const missingRate = await pm.post(`${url}/fee-items`, {
      code: 'MGMT',
      name: '物业管理费',
      kind: 'area',
      areaBasis: 'building',
      effectiveFrom: '2026-11-01',
    });
    assert.equal(missingRate.status, 400);
    assert.deepEqual(
      missingRate.body.error.fields.map((f: { path: string }) => f.path),
      ['rateMillifen'],
    );
    assert.equal(await count('fee_items'), before);
  });

  test('FEE-1: the manager defines management fee by area, metered electricity, parking rent', async () => {
    for (const body of [
      {
        code: 'MGMT',
        name: '物业管理费',
        kind: 'area',
        areaBasis: 'building',
        rateMillifen: 235_000,
        effectiveFrom: '2026-11-01',
      },
      {
        code: 'ELEC',
        name: '电费',
        kind: 'metered',
        meterKind: 'electricity',
        rateMillifen: 48_830,
        effectiveFrom: '2026-11-01',
      },
      {
        code: 'PARKING',
        name: '月租车位',
        kind: 'parking_monthly',
        amountFen: 10_000,
        effectiveFrom: '2026-11-01',
      },
      {
        code: 'CARD_DEP',
        name: 'IC卡押金',
        kind: 'deposit',
        depositKind: 'ic_card',
        amountFen: 5_000,
        effectiveFrom: '2026-11-01',
      },
    ]) {
      const r = await pm.post(`${url}/fee-items`, body);
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.equal(r.body.version, 1);
    }
  });

  test('HND-3/MVI-2: billing starts for owners and tenants only, one payer at a time per unit', async () => {
    assert.equal(
      (
        await cashier.post(`${url}/accounts`, {
          unitId: ids.u101,
          customerId: ids.owner,
          startDay: '2026-11-01',
        })
      ).status,
      201,
    );
    assert.equal(
      (
        await cashier.post(`${url}/accounts`, {
          unitId: ids.u102,
          customerId: ids.tenant,
          startDay: '2026-11-16',
        })
      ).status,
      201,
    );
    const staff = await cashier.post(`${url}/accounts`, {
      unitId: ids.u103,
      customerId: ids.staff,
      startDay: '2026-11-01',
    });
    assert.equal(staff.status, 422);
    assert.equal(staff.body.error.fields[0].path, 'customerId');
    const overlap = await cashier.post(`${url}/accounts`, {
      unitId: ids.u101,
      customerId: ids.owner,
      startDay: '2026-11-20',
    });
    assert.equal(overlap.status, 409);
  });

  test('FEE-1: meter readings — previous reading and consumption shown; lower refused unless a replacement; none in the future', async () => {
    const m = await pm.post(`${url}/meters`, { code: 'E-1-101', kind: 'electricity', unitId: ids.u101 });
    assert.equal(m.status, 201);
    ids.meter = m.body.meterId;
    const first = await cashier.post(`${url}/meters/${ids.meter}/readings`, {
      readAt: '2026-11-01T02:00:00Z',
      valueCenti: 1_000_000,
    });
    assert.equal(first.status, 201);
    assert.equal(first.body.consumptionCenti, 0);
    const second = await cashier.post(`${url}/meters/${ids.meter}/readings`, {
      readAt: '2026-11-24T02:00:00Z',
      valueCenti: 1_012_345,
    });
    assert.deepEqual([second.body.previousCenti, second.body.consumptionCenti], [1_000_000, 12_345]);
    assert.equal((await cashier.get(`${url}/meters/${ids.meter}`)).body.lastReading.valueCenti, 1_012_345);

    const n = await count('meter_readings');
    const lower = await cashier.post(`${url}/meters/${ids.meter}/readings`, {
      readAt: '2026-11-24T03:00:00Z',
      valueCenti: 900,
    });
    assert.equal(lower.status, 422);
    assert.match(lower.body.error.message, /below the previous one \(10123\.45\)/);
    const future = await cashier.post(`${url}/meters/${ids.meter}/readings`, {
      readAt: '2026-11-26T03:00:00Z',
      valueCenti: 1_012_400,
    });
    // Refused at the edge: a reading's time is never in the future (platform/http/date-fields.ts).
    assert.equal(future.status, 400);
    assert.equal(future.body.error.fields[0].path, 'readAt');
    assert.equal(await count('meter_readings'), n);

    const spare = (await pm.post(`${url}/meters`, { code: 'E-1-103', kind: 'electricity', unitId: ids.u103 }))
      .body.meterId;
    await cashier.post(`${url}/meters/${spare}/readings`, {
      readAt: '2026-11-01T02:00:00Z',
      valueCenti: 50_000,
    });
    const replaced = await cashier.post(`${url}/meters/${spare}/readings`, {
      readAt: '2026-11-20T02:00:00Z',
      valueCenti: 2_000,
      replacement: { oldFinalCenti: 50_500, newStartCenti: 0 },
    });
    assert.equal(replaced.status, 201);
    assert.equal(replaced.body.consumptionCenti, 2_500);

    const shared = await pm.post(`${url}/meters`, {
      code: 'E-1-PUBLIC',
      kind: 'electricity',
      buildingId: ids.building,
    });
    assert.equal(shared.status, 201, JSON.stringify(shared.body));
    assert.equal(
      (
        await cashier.post(`${url}/meters/${shared.body.meterId}/readings`, {
          readAt: '2026-11-01T02:00:00Z',
          valueCenti: 0,
        })
      ).status,
      201,
    );
    assert.equal(
      (
        await cashier.post(`${url}/meters/${shared.body.meterId}/readings`, {
          readAt: '2026-11-24T02:00:00Z',
          valueCenti: 100_000,
        })
      ).status,
      201,
    );
  });

  test('REP-7/FEE-4: a paid repair completed this month waits for the bill', async () => {
    const clerk = await ctx()
      .deps.db.k.selectFrom('users')
      .select('user_id')
      .where('username', '=', 'estate.clerk')
      .executeTakeFirstOrThrow();
    const at = '2026-11-20T06:00:00.000Z';
    await ctx()
      .deps.db.k.insertInto('tickets')
      .values({
        project_id: P,
        ticket_id: newId(),
        number: 'R-TEST-1',
        kind: 'repair',
        channel: 'phone',
        state: 'closed',
        is_open: 0,
        customer_id: ids.owner,
        customer_name: '业主甲',
        company: '',
        contact_phone: '',
        phone_norm: '',
        unit_id: ids.u101,
        building_id: ids.building,
        public_area: '',
        description: '疏通下水道',
        event_at: null,
        urgency: 'scheduled',
        appointment_at: null,
        charge: 'paid',
        price_fen: 8000,
        price_agreed_at: at,
        materials_check: null,
        validity: null,
        level: null,
        complaint_type: null,
        direct_impact: 0,
        written: 0,
        event_key: null,
        promised_at: null,
        receiver_id: clerk.user_id,
        owner_id: clerk.user_id,
        department_id: null,
        assignee_id: null,
        received_at: at,
        forwarded_at: at,
        picked_up_at: at,
        completed_at: at,
        answered_at: at,
        closed_at: at,
        paused_since: null,
        paused_minutes: 0,
        next_due_at: null,
        next_due_kind: null,
        escalation: 0,
        forward_late: 0,
        chase_count: 0,
        rework_count: 0,
        satisfaction: null,
        idem_key: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
  });

  test("FEE-1/FEE-4/REP-7/HND-3: the month's bills for a building in one action, area fee rounded half-up, 公摊 split exactly", async () => {
    const run = await cashier.post(`${url}/bill-runs`, { period: '2026-11', buildingId: ids.building });
    assert.equal(run.status, 200, JSON.stringify(run.body));
    assert.equal(run.body.billsCreated, 2);
    assert.equal(run.body.dueDate, '2026-12-10');
    const bills = (await cashier.get(`${url}/bills?period=2026-11`)).body.rows as {
      billId: string;
      customerId: string;
    }[];
    ids.ownerBill = bills.find((b) => b.customerId === ids.owner)!.billId;
    ids.tenantBill = bills.find((b) => b.customerId === ids.tenant)!.billId;
    const owner = (await cashier.get(`${url}/bills/${ids.ownerBill}`)).body;
    const line = (code: string) =>
      owner.lines.find((l: { feeCode: string }) => l.feeCode === code)?.amountFen;
    assert.equal(line('MGMT'), 23_209); // 98.76 m² × 2.35 元 = 232.086 → 232.09
    assert.equal(line('ELEC'), 6_028); // 123.45 kWh × 0.4883 元 = 60.28
    assert.equal(line('REPAIR'), 8_000);
    // 1000 kWh × 0.4883 = 488.30 元 over 44 equal units: 1109.77 fen each, remainders to the first.
    const sharedLines = await db()
      .selectFrom('bill_lines')
      .select('amount_fen')
      .where('project_id', '=', P)
      .where('fee_code', '=', 'ELEC_SHARED')
      .execute();
    assert.ok(sharedLines.every((l) => [1109, 1110].includes(Number(l.amount_fen))));
    assert.equal(owner.totalFen, 23_209 + 6_028 + 8_000 + line('ELEC_SHARED'));
    assert.equal(owner.outstandingFen, owner.totalFen);
    const tenant = (await cashier.get(`${url}/bills/${ids.tenantBill}`)).body;
    // Billed from 16 November: 15 of 30 days of 232.09 = 116.045 → 116.05 (half-up).
    assert.equal(tenant.lines.find((l: { feeCode: string }) => l.feeCode === 'MGMT').amountFen, 11_605);
  });

  test('FEE-1: bill generation is idempotent — the whole project again writes nothing new for building 1', async () => {
    const entries = await count('ledger_entries');
    const bills = await count('bills');
    const progress: number[] = [];
    const again = await cashier.post(`${url}/bill-runs`, { period: '2026-11' });
    assert.equal(again.status, 200);
    assert.equal(again.body.billsCreated, 0);
    assert.equal(again.body.billsExisting, 2);
    assert.equal(await count('bills'), bills);
    assert.equal(await count('ledger_entries'), entries);
    const { generateBills } = await import('./index.ts');
    const { SYSTEM_ACTOR } = await import('../../platform/access/actor.ts');
    await generateBills(ctx().deps, SYSTEM_ACTOR, P, { period: '2026-11' }, (p) =>
      progress.push(p.buildingsDone),
    );
    assert.deepEqual(progress, [1, 2, 3]);
    const future = await cashier.post(`${url}/bill-runs`, { period: '2027-01' });
    assert.equal(future.status, 422);
  });

  test('FEE-6: two payments against one bill at once — exactly one applies when together they overpay', async () => {
    const total = (await cashier.get(`${url}/bills/${ids.ownerBill}`)).body.totalFen as number;
    const part = Math.ceil(total * 0.6);
    const [a, b] = await Promise.all([
      cashier.post(`${url}/payments`, {
        billId: ids.ownerBill,
        customerId: ids.owner,
        amountFen: part,
        method: 'cash',
        receiptNo: 'R-A-001',
      }),
      cashier.post(`${url}/payments`, {
        billId: ids.ownerBill,
        customerId: ids.owner,
        amountFen: part,
        method: 'card',
        receiptNo: 'R-A-002',
      }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [201, 422]);
    const refused = a.status === 422 ? a : b;
    assert.equal(refused.body.error.fields[0].path, 'amountFen');
    const bill = (await cashier.get(`${url}/bills/${ids.ownerBill}`)).body;
    assert.equal(bill.outstandingFen, total - part);
    assert.equal(bill.entries.filter((e: { kind: string }) => e.kind === 'payment').length, 1);
    ids.usedReceipt = a.status === 201 ? 'R-A-001' : 'R-A-002';
  });

  test('FEE-6: bad payments are refused with a clear error and write nothing', async () => {
    const n = await count('ledger_entries');
    const negative = await cashier.post(`${url}/payments`, {
      billId: ids.ownerBill,
      customerId: ids.owner,
      amountFen: -100,
      method: 'cash',
      receiptNo: 'R-NEG',
    });
    assert.equal(negative.status, 400);
    assert.match(negative.body.error.fields[0].message, /greater than 0/);
    const fraction = await cashier.post(`${url}/payments`, {
      billId: ids.ownerBill,
      customerId: ids.owner,
      amountFen: 10.5,
      method: 'cash',
      receiptNo: 'R-FRAC',
    });
    assert.equal(fraction.status, 400);
    const reused = await cashier.post(`${url}/payments`, {
      billId: ids.ownerBill,
      customerId: ids.owner,
      amountFen: 1,
      method: 'cash',
      receiptNo: ids.usedReceipt,
    });
    assert.equal(reused.status, 409);
    const wrong = await cashier.post(`${url}/payments`, {
      billId: ids.ownerBill,
      customerId: ids.tenant,
      amountFen: 1,
      method: 'cash',
      receiptNo: 'R-WRONG',
    });
    assert.equal(wrong.status, 422);
    assert.equal(await count('ledger_entries'), n);
  });

  test('FEE-6: balance and arrears of a customer at any date, derived from the ledger', async () => {
    const bill = (await cashier.get(`${url}/bills/${ids.ownerBill}`)).body;
    const paidAt = new Date(bill.entries.find((e: { kind: string }) => e.kind === 'payment').at);
    const beforeBills = await owedAsOf(ctx().deps.db.k, {
      projectId: P,
      customerId: ids.owner,
      asOf: new Date('2026-11-24T00:00:00Z'),
    });
    assert.equal(beforeBills.owedFen, 0);
    const now = await owedAsOf(ctx().deps.db.k, { projectId: P, unitId: ids.u101, asOf: paidAt });
    assert.equal(now.owedFen, bill.outstandingFen);
    assert.equal(now.overdueFen, 0);
    assert.deepEqual(
      now.bills.map((b) => b.billId),
      [ids.ownerBill],
    );
    const later = await owedAsOf(ctx().deps.db.k, {
      projectId: P,
      customerId: ids.owner,
      asOf: new Date('2026-12-11T00:00:00Z'),
    });
    assert.equal(later.overdueFen, bill.outstandingFen);
    const stmt = await cashier.get(`${url}/statement?customerId=${ids.owner}&asOf=2026-11-25`);
    assert.equal(stmt.status, 200);
    assert.equal(stmt.body.balanceFen, bill.outstandingFen);
    assert.equal(stmt.body.entries.length, bill.entries.length);
  });

  test('FEE-6: corrections are reversing entries, approved by a second person; a closed bill cannot be overpaid', async () => {
    let bill = (await cashier.get(`${url}/bills/${ids.ownerBill}`)).body;
    const payment = bill.entries.find((e: { kind: string }) => e.kind === 'payment');
    const approver = await loginAs(ctx(), 'estate.pm');
    const asked = await adjuster.post(`${url}/entries/${payment.entryId}/reverse`, {
      reason: '收款金额录错',
    });
    assert.equal(asked.status, 201);
    assert.equal(asked.body.state, 'pending');
    const rev = await approver.post(`${url}/adjustments/${asked.body.adjustmentId}/approve`, {});
    assert.equal(rev.status, 200);
    const reversal = (await cashier.get(`${url}/bills/${ids.ownerBill}`)).body.entries.find(
      (e: { entryId: string }) => e.entryId === rev.body.resultEntryId,
    );
    assert.deepEqual(
      [reversal.kind, reversal.amountFen, reversal.reversalOf],
      ['reversal', -payment.amountFen, payment.entryId],
    );
    assert.equal(
      (await adjuster.post(`${url}/entries/${payment.entryId}/reverse`, { reason: 'again' })).status,
      409,
    );
    assert.equal(
      (await adjuster.post(`${url}/entries/${reversal.entryId}/reverse`, { reason: 'undo' })).status,
      422,
    );
    bill = (await cashier.get(`${url}/bills/${ids.ownerBill}`)).body;
    assert.equal(bill.outstandingFen, bill.totalFen);
    const chargeEntry = bill.entries.find((e: { kind: string }) => e.kind === 'bill');
    const waive = await adjuster.post(`${url}/deductions`, {
      billId: ids.ownerBill,
      amountFen: 28,
      reason: '抹零',
    });
    assert.equal(waive.status, 201);
    assert.equal(
      (await approver.post(`${url}/adjustments/${waive.body.adjustmentId}/approve`, {})).status,
      200,
    );
    assert.equal(
      (await adjuster.post(`${url}/entries/${chargeEntry.entryId}/reverse`, { reason: 'x' })).status,
      422,
    );
    const pay = await cashier.post(`${url}/payments`, {
      billId: ids.ownerBill,
      customerId: ids.owner,
      amountFen: bill.totalFen - 28,
      method: 'transfer',
      receiptNo: 'R-A-003',
    });
    assert.equal(pay.status, 201);
    assert.equal(pay.body.outstandingFen, 0);
    const closed = await cashier.post(`${url}/payments`, {
      billId: ids.ownerBill,
      customerId: ids.owner,
      amountFen: 100,
      method: 'cash',
      receiptNo: 'R-A-004',
    });
    assert.equal(closed.status, 409);
  });

  test('HND-3/FEE-6: six months paid ahead are used by the next bills; refunds never exceed the credit', async () => {
    const prepay = await cashier.post(`${url}/prepayments`, {
      customerId: ids.tenant,
      unitId: ids.u102,
      amountFen: 6 * 23_209,
      method: 'transfer',
      receiptNo: 'R-P-001',
    });
    assert.equal(prepay.status, 201);
    assert.equal(
      (
        await cashier.post(`${url}/prepayments`, {
          customerId: ids.staff,
          unitId: ids.u103,
          amountFen: 100,
          method: 'cash',
          receiptNo: 'R-P-002',
        })
      ).status,
      422,
    );
    ctx().clock.set('2026-12-02T01:00:00Z');
    await relogin();
    const run = await cashier.post(`${url}/bill-runs`, { period: '2026-12', buildingId: ids.building });
    assert.equal(run.body.billsCreated, 2);
    const dec = (await cashier.get(`${url}/bills?period=2026-12&customerId=${ids.tenant}`)).body.rows[0];
    const bill = (await cashier.get(`${url}/bills/${dec.billId}`)).body;
    assert.equal(bill.totalFen, 23_209);
    assert.equal(bill.outstandingFen, 0);
    const owed = await owedAsOf(ctx().deps.db.k, { projectId: P, unitId: ids.u102, asOf: ctx().clock.now() });
    // November's bill is still open; the rest of the prepayment is credit.
    assert.equal(owed.bills.length, 1);
    const credit = 6 * 23_209 - 23_209;
    const tooMuch = await adjuster.post(`${url}/refunds`, {
      customerId: ids.tenant,
      unitId: ids.u102,
      amountFen: credit + 1,
      method: 'transfer',
      receiptNo: 'R-F-001',
      note: '退租',
    });
    assert.equal(tooMuch.status, 422);
    assert.equal(
      (
        await adjuster.post(`${url}/refunds`, {
          customerId: ids.tenant,
          unitId: ids.u102,
          amountFen: 10_000,
          method: 'transfer',
          receiptNo: 'R-F-002',
          note: '部分退款',
        })
      ).status,
      201,
    );
  });

  test('FEE-1: a price change is a new version and never rewrites a billed month', async () => {
    const billed = await pm.post(`${url}/fee-items`, {
      code: 'MGMT',
      name: '物业管理费',
      kind: 'area',
      areaBasis: 'building',
      rateMillifen: 250_000,
      effectiveFrom: '2026-12-15',
    });
    assert.equal(billed.status, 422);
    assert.match(billed.body.error.message, /2026-12/);
    const next = await pm.post(`${url}/fee-items`, {
      code: 'MGMT',
      name: '物业管理费',
      kind: 'area',
      areaBasis: 'building',
      rateMillifen: 250_000,
      effectiveFrom: '2027-01-01',
    });
    assert.equal(next.status, 201);
    assert.equal(next.body.version, 2);
    const nov = (await cashier.get(`${url}/bills/${ids.ownerBill}`)).body;
    assert.equal(nov.lines.find((l: { feeCode: string }) => l.feeCode === 'MGMT').amountFen, 23_209);
  });

  test('FEE-3: three days before the due date the unpaid list reaches CS; one day before, second notices and the project manager', async () => {
    ctx().clock.set('2026-12-07T01:00:00Z'); // 09:00 in Shanghai, three days before 10 December
    await relogin();
    await ctx().sweep();
    const first = await db()
      .selectFrom('reminder_notices')
      .selectAll()
      .where('project_id', '=', P)
      .where('due_date', '=', '2026-12-10')
      .execute();
    assert.deepEqual(
      first.map((n) => n.stage),
      ['unpaid_list'],
    ); // only the tenant's November bill is unpaid
    const clerk = await ctx()
      .deps.db.k.selectFrom('notifications as n')
      .innerJoin('users as u', 'u.user_id', 'n.user_id')
      .select(['n.kind', 'n.params_json'])
      .where('u.username', '=', 'estate.clerk')
      .where('n.kind', '=', 'fee.unpaid_list')
      .execute();
    assert.equal(clerk.length, 1);
    assert.equal(JSON.parse(clerk[0]!.params_json).count, 1);
    const list = await cashier.get(`${url}/unpaid?dueDate=2026-12-10`);
    assert.equal(list.body.items.length, 1);
    assert.equal(list.body.items[0].secondNoticeAt, null);
    const pmBefore = await ctx()
      .deps.db.k.selectFrom('notifications as n')
      .innerJoin('users as u', 'u.user_id', 'n.user_id')
      .select('n.kind')
      .where('u.username', '=', 'estate.pm')
      .where('n.kind', '=', 'fee.second_notice')
      .execute();
    assert.equal(pmBefore.length, 0);

    ctx().clock.set('2026-12-09T01:00:00Z');
    await relogin();
    await ctx().sweep();
    const second = await db()
      .selectFrom('reminder_notices')
      .select('stage')
      .where('project_id', '=', P)
      .where('stage', '=', 'second')
      .execute();
    assert.equal(second.length, 1);
    const pmAfter = await ctx()
      .deps.db.k.selectFrom('notifications as n')
      .innerJoin('users as u', 'u.user_id', 'n.user_id')
      .select('n.kind')
      .where('u.username', '=', 'estate.pm')
      .where('n.kind', '=', 'fee.second_notice')
      .execute();
    assert.equal(pmAfter.length, 1);
    assert.notEqual(
      (await cashier.get(`${url}/unpaid?dueDate=2026-12-10`)).body.items[0].secondNoticeAt,
      null,
    );
  });

  test('FEE-5: prepaid electricity — balance per meter, a low balance records one notice until the next top-up', async () => {
    const m = await cashier.post(`${url}/prepaid-meters`, {
      meterNo: 'PP-1-101',
      unitId: ids.u101,
      customerId: ids.owner,
      thresholdFen: 2_000,
    });
    assert.equal(m.status, 201);
    const e = (body: object) => cashier.post(`${url}/prepaid-meters/${m.body.prepaidMeterId}/entries`, body);
    assert.equal((await e({ kind: 'top_up', amountFen: 5_000 })).status, 400); // a top-up needs method and receipt
    assert.equal(
      (await e({ kind: 'top_up', amountFen: 5_000, method: 'cash', receiptNo: 'PP-001' })).body.low,
      false,
    );
    const low = (await e({ kind: 'usage', amountFen: 3_500 })).body;
    assert.deepEqual([low.balanceFen, low.low, low.noticeCreated], [1_500, true, true]);
    ctx().clock.advanceMinutes(1);
    assert.equal((await e({ kind: 'usage', amountFen: 100 })).body.noticeCreated, false);
    ctx().clock.advanceMinutes(1);
    await e({ kind: 'top_up', amountFen: 1_000, method: 'cash', receiptNo: 'PP-002' }); // 2400: not low
    ctx().clock.advanceMinutes(1);
    assert.equal((await e({ kind: 'usage', amountFen: 500 })).body.noticeCreated, true); // 1900: low again
    assert.equal((await cashier.get(`${url}/low-balance-notices`)).body.length, 2);
  });

  test('FEE-6: the nightly check proves the books balance, and catches an entry that contradicts its bill', async () => {
    ctx().clock.set('2026-12-09T01:00:00Z'); // the day before the due date of the FEE-3 test
    await relogin();
    const ok = await cashier.get(`${url}/books-check`);
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.body.problems, []);
    await ensureBooksCheckTimers(ctx().deps.db.k, ctx().clock.now());
    ctx().clock.set('2026-12-09T18:00:01Z'); // 02:00 on 10 December in Shanghai
    await relogin();
    await ctx().sweep();
    const rows = await db()
      .selectFrom('books_checks')
      .select(['ok', 'day'])
      .where('project_id', '=', P)
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.day, r.ok]),
      [['2026-12-10', 1]],
    );
    // Tamper behind the API's back: a payment larger than the bill.
    await db()
      .insertInto('ledger_entries')
      .values({
        project_id: P,
        entry_id: newId(),
        book: 'fees',
        kind: 'payment',
        amount_fen: -1_000_000,
        customer_id: ids.owner,
        unit_id: ids.u101,
        bill_id: ids.ownerBill,
        deposit_id: null,
        reversal_of: null,
        receipt_no: null,
        method: 'cash',
        note: 'tampered',
        at: ctx().clock.now().toISOString(),
        actor_id: null,
      })
      .execute();
    const bad = await cashier.get(`${url}/books-check`);
    assert.equal(bad.body.ok, false);
    assert.deepEqual(
      bad.body.problems.map((p: { rule: string; id: string }) => [p.rule, p.id]),
      [['bill_overpaid', ids.ownerBill]],
    );
  });

  test('access: other staff cannot take money, and another project is invisible', async () => {
    const clerk = await loginAs(ctx(), 'estate.clerk');
    const r = await clerk.post(`${url}/payments`, {
      billId: ids.tenantBill,
      customerId: ids.tenant,
      amountFen: 100,
      method: 'cash',
      receiptNo: 'R-X',
    });
    assert.equal(r.status, 403);
    const campusClerk = await loginAs(ctx(), 'clerk');
    assert.equal((await campusClerk.get(`${url}/statement?customerId=${ids.owner}`)).status, 404);
    assert.equal(
      (
        await campusClerk.post(`${url}/fee-items`, {
          code: 'X',
          name: 'x',
          kind: 'fixed',
          amountFen: 1,
          effectiveFrom: '2026-12-01',
        })
      ).status,
      404,
    );
  });
});
