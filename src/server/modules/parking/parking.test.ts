/** Monthly parking through the HTTP API on both databases (PRK-1..4, with PRK-2 at the gate). */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Hono } from 'hono';
import {
  createTestApp,
  type Client,
  CASHIER,
  createTestCustomer,
  joinProject,
  loginAs,
  unitByCode,
} from '../../../../tests/support/factory/index.ts';
import { billingDb } from '../billing/index.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { ensureParkingTimers } from './parking-timers.ts';

createTestApp('parking', (ctx) => {
  let app: Hono<AppEnv>;
  let pm: Client;
  let cashier: Client;
  let P = '';
  let url = '';
  const ids = { owner: '', staff: '', unit: '', staffUnit: '', rental: '', card: '', space: '' };
  const notices = (username: string, kind: string) =>
    ctx()
      .deps.db.k.selectFrom('notifications as n')
      .innerJoin('users as u', 'u.user_id', 'n.user_id')
      .select(['n.params_json'])
      .where('u.username', '=', username)
      .where('n.kind', '=', kind)
      .execute();

  before(async () => {
    app = ctx().app;
    P = ctx().projects.ESTATE;
    await joinProject(ctx(), CASHIER, P, 'cashier');
    url = `/api/projects/${P}/parking`;
    pm = await loginAs(ctx(), 'admin');
    cashier = await loginAs(ctx(), CASHIER);
    ids.unit = (await unitByCode(ctx(), P, '2-101')).unit_id;
    ids.staffUnit = (await unitByCode(ctx(), P, '2-102')).unit_id;
    ids.owner = await createTestCustomer(ctx().deps, {
      projectId: P,
      unitId: ids.unit,
      relation: 'owner',
      name: '车主丁',
    });
    ids.staff = await createTestCustomer(ctx().deps, {
      projectId: P,
      unitId: ids.staffUnit,
      relation: 'occupant',
      name: '访客戊',
    });
    ids.space = (
      await ctx()
        .deps.db.k.selectFrom('parking_spaces')
        .select('space_id')
        .where('project_id', '=', P)
        .where('code', '=', 'P001')
        .executeTakeFirstOrThrow()
    ).space_id;
    const price = await pm.post(`/api/projects/${P}/billing/fee-items`, {
      code: 'PARKING',
      name: '月租车位',
      kind: 'parking_monthly',
      amountFen: 10_000,
      effectiveFrom: '2026-11-01',
    });
    assert.equal(price.status, 201);
  });

  const rental = (over: Record<string, unknown> = {}) => ({
    customerId: ids.owner,
    unitId: ids.unit,
    spaceId: ids.space,
    plate: '京A12345',
    carModel: '大众帕萨特 黑色',
    phone: '13911112222',
    licenceChecked: true,
    startDay: '2026-11-25',
    endDay: '2026-12-05',
    ...over,
  });

  test('PRK-1: only owners and tenants of the project rent a monthly space; licence checked, model and plate recorded', async () => {
    const other = await cashier.post(
      `${url}/rentals`,
      rental({ customerId: ids.staff, unitId: ids.staffUnit }),
    );
    assert.equal(other.status, 422);
    assert.match(other.body.error.message, /Only owners and tenants/);
    const unchecked = await cashier.post(`${url}/rentals`, rental({ licenceChecked: false }));
    assert.equal(unchecked.status, 422);
    assert.equal(unchecked.body.error.fields[0].path, 'licenceChecked');
    const ok = await cashier.post(`${url}/rentals`, rental({ plate: '京a12345' }));
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.equal(ok.body.plate, '京A12345');
    ids.rental = ok.body.rentalId;
    assert.equal(
      (await cashier.post(`${url}/rentals`, rental({ startDay: '2026-12-01', endDay: '2026-12-31' }))).status,
      409,
    ); // space taken
  });

  test('PRK-3: the IC card is issued against a 50 元 deposit in the ledger and refunded when returned', async () => {
    const issued = await cashier.post(`${url}/rentals/${ids.rental}/card`, {
      cardNo: 'IC-0001',
      method: 'cash',
      receiptNo: 'D-0001',
    });
    assert.equal(issued.status, 201, JSON.stringify(issued.body));
    assert.deepEqual(
      [issued.body.depositFen, issued.body.entry.kind, issued.body.entry.amountFen],
      [5_000, 'deposit_in', -5_000],
    );
    ids.card = issued.body.cardId;
    assert.equal(
      (
        await cashier.post(`${url}/rentals/${ids.rental}/card`, {
          cardNo: 'IC-0002',
          method: 'cash',
          receiptNo: 'D-0002',
        })
      ).status,
      409,
    );
    const returned = await cashier.post(`${url}/cards/${ids.card}/return`, {
      method: 'cash',
      receiptNo: 'D-0003',
    });
    assert.equal(returned.status, 200);
    assert.deepEqual([returned.body.entry.kind, returned.body.entry.amountFen], ['deposit_out', 5_000]);
    const held = await billingDb(ctx().deps.db.k)
      .selectFrom('ledger_entries')
      .select((eb) => eb.fn.sum<number>('amount_fen').as('s'))
      .where('project_id', '=', P)
      .where('deposit_id', '=', issued.body.depositId)
      .executeTakeFirstOrThrow();
    assert.equal(Number(held.s), 0);
    assert.equal(
      (await cashier.post(`${url}/cards/${ids.card}/return`, { method: 'cash', receiptNo: 'D-0004' })).status,
      409,
    );
    const again = await cashier.post(`${url}/rentals/${ids.rental}/card`, {
      cardNo: 'IC-0001',
      method: 'cash',
      receiptNo: 'D-0005',
    });
    assert.equal(again.status, 201);
  });

  test('PRK-4/CUS-3: the rental register as data and as an Excel sheet, phones masked', async () => {
    const reg = await cashier.get(`${url}/register?day=2026-11-30`);
    assert.equal(reg.status, 200);
    assert.deepEqual(
      reg.body.rows.map((r: { plate: string; cardNo: string; customerName: string; endDay: string }) => [
        r.plate,
        r.cardNo,
        r.customerName,
        r.endDay,
      ]),
      [['京A12345', 'IC-0001', '车主丁', '2026-12-05']],
    );
    assert.equal((await cashier.get(`${url}/register?day=2026-12-06`)).body.rows.length, 0);
    // The client helper reads bodies as text; a workbook is fetched raw with the same session.
    const res = await app.request(`${url}/register.xlsx?day=2026-11-30&lang=zh-CN`, {
      headers: { cookie: cashier.cookie },
    });
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0]!;
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), [
      '登记日期',
      '车主',
      '电话',
      '车型',
      '车牌',
      '起租日',
      '到期日',
      'IC卡号',
    ]);
    assert.equal(ws.getRow(2).getCell(5).value, '京A12345');
    // CUS-3: the renter's phone is masked in the list and in the sheet.
    assert.equal(reg.body.rows[0].phone, '139****2222');
    assert.equal(ws.getRow(2).getCell(3).value, '139****2222');
  });

  test('PRK-3/PRK-4: register rows carry the card in use with the deposit it holds, and flag a rental inside its reminder week', async () => {
    const row = (await cashier.get(`${url}/register?day=2026-11-30`)).body.rows[0];
    assert.deepEqual(
      [row.unitCode, row.spaceCode, row.cardNo, row.cardDepositFen, row.endsSoon],
      ['2-101', 'P001', 'IC-0001', 5_000, true],
    );
    assert.match(row.cardId, /^[0-9a-f-]{36}$/);
    // 5 December is more than seven days after 26 November: no reminder yet.
    assert.equal((await cashier.get(`${url}/register?day=2026-11-26`)).body.rows[0].endsSoon, false);
  });

  test("PRK-4/CUS-3: the register prints as an A4 page with the Excel sheet's columns, phones masked, under the print CSP", async () => {
    const res = await app.request(`${url}/register/print?day=2026-11-30&lang=zh-CN`, {
      headers: { cookie: cashier.cookie },
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const page = await res.text();
    for (const text of [
      '月租车位登记表',
      '在租日期: <strong>2026-11-30</strong>',
      '共 1 辆',
      '<th>IC卡号</th>',
      '<td>京A12345</td>',
      '<td>IC-0001</td>',
      '<td>大众帕萨特 黑色</td>',
    ])
      assert.ok(page.includes(text), text);
    // CUS-3: a printout shows the phone masked, as the Excel sheet does.
    assert.ok(page.includes('<td>139****2222</td>') && !page.includes('13911112222'));
    const en = await (
      await app.request(`${url}/register/print?day=2026-12-06&lang=en`, {
        headers: { cookie: cashier.cookie },
      })
    ).text();
    for (const text of [
      'Monthly Parking Register',
      '0 vehicles',
      'No monthly rental in force on this day',
      '<th>Card no.</th>',
    ])
      assert.ok(en.includes(text), text);
    assert.equal((await app.request(`${url}/register/print`)).status, 401);
  });

  test('PRK-1/CUS-3: the renter lookup finds owners and tenants by name or unit code, and no one else; phones masked, no search by number for the cashier', async () => {
    const byName = await cashier.get(`${url}/renters?q=${encodeURIComponent('车主丁')}`);
    assert.equal(byName.status, 200);
    assert.deepEqual(
      byName.body.map((c: { name: string; units: { code: string; relation: string }[] }) => [
        c.name,
        c.units.map((u) => `${u.code}:${u.relation}`),
      ]),
      [['车主丁', ['2-101:owner']]],
    );
    const byUnit = await cashier.get(`${url}/renters?q=2-101`);
    assert.deepEqual(
      byUnit.body.map((c: { customerId: string }) => c.customerId),
      [ids.owner],
    );
    // CUS-3: the phone is masked, and the cashier (who takes no calls) cannot find people by their number.
    const phone = (
      await ctx()
        .deps.db.k.selectFrom('customer_phones')
        .select('phone')
        .where('project_id', '=', P)
        .where('customer_id', '=', ids.owner)
        .executeTakeFirstOrThrow()
    ).phone;
    assert.equal(byName.body[0].phones[0].phone, `${phone.slice(0, 3)}****${phone.slice(-4)}`);
    assert.deepEqual((await cashier.get(`${url}/renters?q=${phone.slice(-6)}`)).body, []);
    assert.deepEqual((await cashier.get(`${url}/renters?q=${phone}`)).body, []);
    assert.deepEqual(
      (await cashier.get(`${url}/renters?q=%25`)).body,
      [],
      'a % typed is a character, not a wildcard',
    );
    // An occupant is a customer of the project, but would be refused a monthly space.
    assert.deepEqual((await cashier.get(`${url}/renters?q=${encodeURIComponent('访客戊')}`)).body, []);
    assert.deepEqual((await cashier.get(`${url}/renters?q=2-102`)).body, []);
    assert.equal((await (await loginAs(ctx(), 'estate.clerk')).get(`${url}/renters?q=2-101`)).status, 403);
  });

  test('PRK-2/PRK-3: the screen reads the monthly rent, the card deposit and the visitor tariff in effect', async () => {
    const terms = await cashier.get(`${url}/terms`);
    assert.equal(terms.status, 200);
    assert.equal(terms.body.day, '2026-11-25');
    assert.deepEqual(
      [terms.body.monthly.code, terms.body.monthly.amountFen, terms.body.cardDepositFen],
      ['PARKING', 10_000, 5_000],
    );
    assert.deepEqual(
      [
        terms.body.tariff.firstMinutes,
        terms.body.tariff.firstFen,
        terms.body.tariff.hourFen,
        terms.body.tariff.dailyCapFen,
      ],
      [120, 200, 100, 600],
    );
  });

  test('PRK-4: every Monday the register goes to the garage cashier; a rental ending soon is reminded', async () => {
    await ensureParkingTimers(ctx().deps.db.k, ctx().clock.now());
    ctx().clock.set('2026-11-28T01:00:00Z'); // Saturday 09:00: seven days before the 5 December end
    await ctx().sweep();
    const expiring = await notices('estate.clerk', 'parking.expiring');
    assert.deepEqual(
      expiring.map((n) => JSON.parse(n.params_json)),
      [{ plate: '京A12345', endDay: '2026-12-05' }],
    );
    ctx().clock.set('2026-11-30T00:00:01Z'); // Monday 08:00 in Shanghai
    await ctx().sweep();
    // The cashier works for both projects: the estate's register has the one rental, the campus's none.
    const reg = (await notices('cashier', 'parking.register'))
      .map((n) => JSON.parse(n.params_json).count)
      .sort();
    assert.deepEqual(reg, [0, 1]);
    const timers = await ctx()
      .deps.db.k.selectFrom('timers')
      .select(['status', 'payload_json'])
      .where('project_id', '=', P)
      .where('kind', '=', 'parking.weekly_register')
      .orderBy('due_at')
      .execute();
    assert.deepEqual(
      timers.map((t) => [t.status, JSON.parse(t.payload_json).day]),
      [
        ['done', '2026-11-30'],
        ['pending', '2026-12-07'],
      ],
    );
  });

  test('PRK-2: the gate calculator uses the project tariff, and PRK-2 defaults without one', async () => {
    const c = await loginAs(ctx(), 'estate.clerk');
    pm = await loginAs(ctx(), 'admin'); // the clock moved on; sessions expired
    const fee = (entryAt: string, exitAt: string) => c.post(`${url}/temporary-fee`, { entryAt, exitAt });
    assert.equal((await fee('2026-11-25T23:00:00+08:00', '2026-11-26T02:00:00+08:00')).body.totalFen, 300);
    const bad = await fee('2026-11-25T23:00:00+08:00', '2026-11-25T22:00:00+08:00');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.fields[0].path, 'exitAt');
    // The demo prices visitor parking as PARK_TEMP; a new tariff is a new version of it.
    const priced = await pm.post(`/api/projects/${P}/billing/fee-items`, {
      code: 'PARK_TEMP',
      name: '临时停车',
      kind: 'parking_temporary',
      tariff: { firstMinutes: 60, firstFen: 500, hourFen: 300, dailyCapFen: 2000 },
      effectiveFrom: '2026-11-01',
    });
    assert.equal(priced.status, 201);
    assert.equal((await fee('2026-11-25T10:00:00+08:00', '2026-11-25T12:30:00+08:00')).body.totalFen, 1_100);
  });

  test("PRK-1/FEE-1: the monthly rent reaches the renter's bill, prorated to the days rented", async () => {
    ctx().clock.set('2026-12-02T01:00:00Z');
    cashier = await loginAs(ctx(), CASHIER);
    const b = (await unitByCode(ctx(), P, '2-101')).building_id;
    const run = await cashier.post(`/api/projects/${P}/billing/bill-runs`, {
      period: '2026-11',
      buildingId: b,
    });
    assert.equal(run.status, 200, JSON.stringify(run.body));
    const lines = await billingDb(ctx().deps.db.k)
      .selectFrom('bill_lines')
      .select(['fee_code', 'amount_fen', 'source_key'])
      .where('project_id', '=', P)
      .where('customer_id', '=', ids.owner)
      .execute();
    // 25–30 November: 6 of 30 days of 100 元 = 20 元.
    assert.deepEqual(
      lines.map((l) => [l.fee_code, Number(l.amount_fen), l.source_key]),
      [['PARKING', 2_000, ids.rental]],
    );
  });
});
