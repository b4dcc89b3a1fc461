/**
 * BKG-2 overtime air-conditioning (加时空调), the charge: recorded through the HTTP API on
 * both databases, charged by the started hour at the `hourly` fee item's price, billed to
 * the payer of that day on that month's bill, once. Runs on the residential estate with its
 * own fee code and units that have no payer yet, so it does not depend on the demo's money.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  type Client,
  CASHIER,
  joinProject,
  createTestCustomer,
  loginAs,
} from '../../../../tests/support/factory/index.ts';
import { billingDb } from './tables.ts';

createTestApp('overtime air-conditioning (BKG-2)', (ctx) => {
  let pm: Client;
  let cashier: Client;
  let P = '';
  let url = '';
  const ids = { building: '', u1: '', u2: '', owner: '', useA: '', useB: '', useC: '' };
  const db = () => billingDb(ctx().deps.db.k);
  const count = async (table: 'overtime_ac_uses' | 'history' | 'bill_lines') =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const linesOf = (useId: string) =>
    db()
      .selectFrom('bill_lines')
      .select(['bill_id', 'period', 'fee_code', 'amount_fen', 'customer_id', 'quantity'])
      .where('project_id', '=', P)
      .where('source_key', '=', useId)
      .execute();
  const relogin = async () => {
    pm = await loginAs(ctx(), 'admin');
    cashier = await loginAs(ctx(), CASHIER);
  };
  const use = (unitId: string, startsAt: string, endsAt: string, extra: object = {}) =>
    cashier.post(`${url}/overtime-ac`, { unitId, startsAt, endsAt, ...extra });

  before(async () => {
    P = ctx().projects.ESTATE;
    await joinProject(ctx(), CASHIER, P, 'cashier');
    url = `/api/projects/${P}/billing`;
    await relogin();
    // Two units of one building that nobody pays for yet (whatever the demo seeds).
    const free = await db()
      .selectFrom('units as u')
      .select(['u.unit_id', 'u.building_id'])
      .where('u.project_id', '=', P)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('billing_accounts as a')
              .select('a.account_id')
              .whereRef('a.project_id', '=', 'u.project_id')
              .whereRef('a.unit_id', '=', 'u.unit_id'),
          ),
        ),
      )
      .orderBy('u.building_id')
      .orderBy('u.code', 'desc')
      .execute();
    const building = free[0]!.building_id;
    const [u1, u2] = free.filter((u) => u.building_id === building);
    Object.assign(ids, { building, u1: u1!.unit_id, u2: u2!.unit_id });
    ids.owner = await createTestCustomer(ctx().deps, {
      projectId: P,
      unitId: ids.u1,
      relation: 'owner',
      name: '业主加时',
    });
    await createTestCustomer(ctx().deps, {
      projectId: P,
      unitId: ids.u2,
      relation: 'owner',
      name: '业主无户',
    });
    const item = await pm.post(`${url}/fee-items`, {
      code: 'AC_OT',
      name: '加时空调',
      kind: 'hourly',
      amountFen: 8_000,
      effectiveFrom: '2026-11-01',
    });
    assert.equal(item.status, 201, JSON.stringify(item.body));
    const account = await cashier.post(`${url}/accounts`, {
      unitId: ids.u1,
      customerId: ids.owner,
      startDay: '2026-11-01',
    });
    assert.equal(account.status, 201, JSON.stringify(account.body));
  });

  test('BKG-2: an hourly fee item needs its price per hour', async () => {
    const r = await pm.post(`${url}/fee-items`, {
      code: 'AC_OT2',
      name: '加时空调',
      kind: 'hourly',
      effectiveFrom: '2026-11-01',
    });
    assert.equal(r.status, 400);
    assert.deepEqual(
      r.body.error.fields.map((f: { path: string }) => f.path),
      ['amountFen'],
    );
  });

  test('BKG-2: 2 h 10 min of overtime air-conditioning is charged as 3 started hours, to the payer of that day', async () => {
    const r = await use(ids.u1, '2026-11-20T19:00:00+08:00', '2026-11-20T21:10:00+08:00', {
      note: '周五加班',
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.deepEqual([r.body.hours, r.body.rateFen, r.body.amountFen], [3, 8_000, 24_000]);
    assert.deepEqual(
      [r.body.customerId, r.body.feeCode, r.body.useDay, r.body.startsAt],
      [ids.owner, 'AC_OT', '2026-11-20', '2026-11-20T11:00:00.000Z'],
    );
    ids.useA = r.body.useId;
    const list = await cashier.get(`${url}/overtime-ac?period=2026-11`);
    assert.equal(list.status, 200);
    const mine = list.body.find((u: { useId: string }) => u.useId === ids.useA);
    assert.deepEqual([mine.customerName, mine.billId, mine.note], ['业主加时', null, '周五加班']);
    assert.equal((await cashier.get(`${url}/overtime-ac?period=2026-10`)).body.length, 0);
  });

  test('BKG-2: refused with a clear error, and nothing written — end not after start, over 24 h, in the future, no payer, no hourly price, no permission', async () => {
    assert.equal(
      (
        await pm.post(`${url}/fee-items`, {
          code: 'AC_LATE',
          name: '加时空调（新价）',
          kind: 'hourly',
          amountFen: 9_000,
          effectiveFrom: '2026-11-22',
        })
      ).status,
      201,
    );
    const uses = await count('overtime_ac_uses');
    const history = await count('history');
    const refused = async (
      r: Awaited<ReturnType<typeof use>>,
      status: number,
      path: string,
      message: RegExp,
    ) => {
      assert.equal(r.status, status, JSON.stringify(r.body));
      assert.equal(r.body.error.fields[0].path, path);
      assert.match(r.body.error.fields[0].message, message);
    };
    await refused(
      await use(ids.u1, '2026-11-20T19:00:00+08:00', '2026-11-20T19:00:00+08:00'),
      400,
      'endsAt',
      /end must be after the start/,
    );
    await refused(
      await use(ids.u1, '2026-11-20T21:00:00+08:00', '2026-11-20T19:00:00+08:00'),
      400,
      'endsAt',
      /end must be after the start/,
    );
    await refused(
      await use(ids.u1, '2026-11-20T08:00:00+08:00', '2026-11-21T08:01:00+08:00'),
      400,
      'endsAt',
      /at most 24 hours/,
    );
    // The test clock is 09:00 on 25 November in Shanghai.
    // An hour ahead is refused at the edge (platform/http/date-fields.ts); within the few minutes of clock skew the edge allows, the rule itself refuses.
    await refused(
      await use(ids.u1, '2026-11-25T08:00:00+08:00', '2026-11-25T10:00:00+08:00'),
      400,
      'endsAt',
      /Cannot be in the future/,
    );
    await refused(
      await use(ids.u1, '2026-11-25T08:00:00+08:00', '2026-11-25T09:03:00+08:00'),
      422,
      'endsAt',
      /the end cannot be in the future/,
    );
    await refused(
      await use(ids.u2, '2026-11-20T19:00:00+08:00', '2026-11-20T20:00:00+08:00'),
      422,
      'unitId',
      /no payer on 2026-11-20/,
    );
    // Before the payer's first day there is no payer either.
    await refused(
      await use(ids.u1, '2026-10-31T19:00:00+08:00', '2026-10-31T20:00:00+08:00'),
      422,
      'unitId',
      /no payer on 2026-10-31/,
    );
    await refused(
      await use(ids.u1, '2026-11-20T19:00:00+08:00', '2026-11-20T20:00:00+08:00', { feeCode: 'AC_NONE' }),
      422,
      'feeCode',
      /AC_NONE has no hourly price in effect on 2026-11-20/,
    );
    // A price that only starts later is not in effect on the day of use.
    await refused(
      await use(ids.u1, '2026-11-20T19:00:00+08:00', '2026-11-20T20:00:00+08:00', { feeCode: 'AC_LATE' }),
      422,
      'feeCode',
      /AC_LATE has no hourly price in effect on 2026-11-20/,
    );
    // The same in Chinese.
    const zh = await loginAs(ctx(), CASHIER, 'zh-CN');
    const zhr = await zh.post(`${url}/overtime-ac`, {
      unitId: ids.u2,
      startsAt: '2026-11-20T19:00:00+08:00',
      endsAt: '2026-11-20T20:00:00+08:00',
    });
    assert.match(zhr.body.error.fields[0].message, /2026-11-20 没有收费户/);
    const clerk = await loginAs(ctx(), 'estate.clerk');
    assert.equal(
      (
        await clerk.post(`${url}/overtime-ac`, {
          unitId: ids.u1,
          startsAt: '2026-11-20T19:00:00+08:00',
          endsAt: '2026-11-20T20:00:00+08:00',
        })
      ).status,
      403,
    );
    assert.equal(await count('overtime_ac_uses'), uses);
    assert.equal(await count('history'), history);
  });

  test("BKG-2: the charge lands on that month's bill of the payer, once — a second bill run adds nothing", async () => {
    const run = await cashier.post(`${url}/bill-runs`, { period: '2026-11', buildingId: ids.building });
    assert.equal(run.status, 200, JSON.stringify(run.body));
    const lines = await linesOf(ids.useA);
    assert.equal(lines.length, 1);
    assert.deepEqual(
      [
        lines[0]!.period,
        lines[0]!.fee_code,
        Number(lines[0]!.amount_fen),
        lines[0]!.customer_id,
        lines[0]!.quantity,
      ],
      ['2026-11', 'AC_OT', 24_000, ids.owner, '3 h × 80.00 元'],
    );
    const bill = (await cashier.get(`${url}/bills/${lines[0]!.bill_id}`)).body;
    assert.equal(bill.lines.find((l: { feeCode: string }) => l.feeCode === 'AC_OT').amountFen, 24_000);
    assert.match(
      bill.lines.find((l: { feeCode: string }) => l.feeCode === 'AC_OT').description,
      /^加时空调 2026-11-20 19:00–21:10/,
    );

    const before = await count('bill_lines');
    const again = await cashier.post(`${url}/bill-runs`, { period: '2026-11', buildingId: ids.building });
    assert.equal(again.body.billsCreated, 0);
    assert.equal(await count('bill_lines'), before);
    assert.equal((await linesOf(ids.useA)).length, 1);
    const listed = (await cashier.get(`${url}/overtime-ac?period=2026-11`)).body.find(
      (u: { useId: string }) => u.useId === ids.useA,
    );
    assert.deepEqual([listed.billId, listed.billPeriod], [lines[0]!.bill_id, '2026-11']);
  });

  test('BKG-2: a use recorded after its month was billed goes on the next bill; a cancelled one on none; a billed one cannot be cancelled', async () => {
    const late = await use(ids.u1, '2026-11-24T18:30:00+08:00', '2026-11-24T19:30:00+08:00');
    assert.equal(late.status, 201);
    assert.deepEqual([late.body.hours, late.body.amountFen], [1, 8_000]);
    ids.useB = late.body.useId;
    const mistake = await use(ids.u1, '2026-11-24T20:00:00+08:00', '2026-11-24T23:00:00+08:00');
    ids.useC = mistake.body.useId;
    const cancel = await cashier.post(`${url}/overtime-ac/${ids.useC}/cancel`, { reason: '录错单元' });
    assert.equal(cancel.status, 200, JSON.stringify(cancel.body));
    assert.equal(cancel.body.cancelReason, '录错单元');
    assert.equal(
      (await cashier.post(`${url}/overtime-ac/${ids.useC}/cancel`, { reason: 'again' })).status,
      409,
    );
    const billed = await cashier.post(`${url}/overtime-ac/${ids.useA}/cancel`, { reason: 'too late' });
    assert.equal(billed.status, 409);
    assert.match(billed.body.error.message, /2026-11/);

    ctx().clock.set('2026-12-02T01:00:00Z');
    await relogin();
    const run = await cashier.post(`${url}/bill-runs`, { period: '2026-12', buildingId: ids.building });
    assert.equal(run.status, 200, JSON.stringify(run.body));
    const lateLines = await linesOf(ids.useB);
    assert.deepEqual(
      lateLines.map((l) => [l.period, Number(l.amount_fen)]),
      [['2026-12', 8_000]],
    );
    assert.equal((await linesOf(ids.useA)).length, 1);
    assert.equal((await linesOf(ids.useC)).length, 0);
    const again = await cashier.post(`${url}/bill-runs`, { period: '2026-12', buildingId: ids.building });
    assert.equal(again.body.billsCreated, 0);
    assert.equal((await linesOf(ids.useB)).length, 1);
    const books = await cashier.get(`${url}/books-check`);
    assert.deepEqual(books.body.problems, []);
  });
});
