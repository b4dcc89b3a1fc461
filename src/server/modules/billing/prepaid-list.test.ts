/**
 * The prepaid-meter list the cashier's screen reads (FEE-5), on both databases: each meter
 * with its unit, payer, balance now and whether it is low, and the low-balance notices with
 * the names a person reads. Uses the campus demo: 华信证券北京分公司 rents office 1-405.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client } from '../../../../tests/support/factory/index.ts';

interface Row {
  prepaidMeterId: string;
  meterNo: string;
  unitCode: string;
  customerName: string;
  balanceFen: number;
  thresholdFen: number;
  low: boolean;
}

createTestApp('billing — prepaid meter list', (ctx) => {
  let cashier: Client;
  let url = '';
  const ids = { u405: '', u602: '', huaxin: '', yuanjing: '' };
  const list = async () => (await cashier.get(`${url}/prepaid-meters`)).body as Row[];

  before(async () => {
    const P = ctx().projects.CAMPUS;
    url = `/api/projects/${P}/billing`;
    cashier = await ctx().login('cashier');
    cashier.lang = 'zh-CN';
    const k = ctx().deps.db.k;
    const unit = async (code: string) =>
      (
        await k
          .selectFrom('units')
          .select('unit_id')
          .where('project_id', '=', P)
          .where('code', '=', code)
          .executeTakeFirstOrThrow()
      ).unit_id;
    const customer = async (name: string) =>
      (
        await k
          .selectFrom('customers')
          .select('customer_id')
          .where('project_id', '=', P)
          .where('name', '=', name)
          .executeTakeFirstOrThrow()
      ).customer_id;
    ids.u405 = await unit('1-405');
    ids.u602 = await unit('1-602');
    ids.huaxin = await customer('华信证券北京分公司');
    ids.yuanjing = await customer('远景律师事务所');
  });

  test('FEE-5: the list starts empty, then shows each meter with its unit, payer and a zero balance', async () => {
    assert.deepEqual(await list(), []);
    for (const body of [
      { meterNo: 'PP-602', unitId: ids.u602, customerId: ids.yuanjing, thresholdFen: 3_000 },
      { meterNo: 'PP-405', unitId: ids.u405, customerId: ids.huaxin, thresholdFen: 5_000 },
    ]) {
      const r = await cashier.post(`${url}/prepaid-meters`, body);
      assert.equal(r.status, 201, JSON.stringify(r.body));
    }
    const rows = await list();
    // By unit code: 1-405 before 1-602.
    assert.deepEqual(
      rows.map((r) => [r.meterNo, r.unitCode, r.customerName, r.balanceFen, r.thresholdFen, r.low]),
      [
        ['PP-405', '1-405', '华信证券北京分公司', 0, 5_000, true],
        ['PP-602', '1-602', '远景律师事务所', 0, 3_000, true],
      ],
    );
  });

  test('FEE-5: balances follow top-ups and usage; exactly at the threshold is not low, below it is, and the notice names unit and payer', async () => {
    const pp405 = (await list()).find((r) => r.meterNo === 'PP-405')!;
    const entry = (body: object) =>
      cashier.post(`${url}/prepaid-meters/${pp405.prepaidMeterId}/entries`, body);
    assert.equal(
      (await entry({ kind: 'top_up', amountFen: 10_000, method: 'cash', receiptNo: 'YF-0001' })).status,
      201,
    );
    ctx().clock.advanceMinutes(1);
    assert.equal((await entry({ kind: 'usage', amountFen: 5_000 })).status, 201);
    let row = (await list()).find((r) => r.meterNo === 'PP-405')!;
    assert.deepEqual([row.balanceFen, row.low], [5_000, false]);
    ctx().clock.advanceMinutes(1);
    assert.equal((await entry({ kind: 'usage', amountFen: 1_234 })).body.noticeCreated, true);
    row = (await list()).find((r) => r.meterNo === 'PP-405')!;
    assert.deepEqual([row.balanceFen, row.low], [3_766, true]);
    assert.equal(
      (await list()).find((r) => r.meterNo === 'PP-602')!.balanceFen,
      0,
      'another meter’s entries do not count',
    );

    const notices = (await cashier.get(`${url}/low-balance-notices`)).body as {
      meterNo: string;
      unitCode: string;
      customerName: string;
      balanceFen: number;
    }[];
    assert.deepEqual(
      notices.map((n) => [n.meterNo, n.unitCode, n.customerName, n.balanceFen]),
      [['PP-405', '1-405', '华信证券北京分公司', 3_766]],
    );
  });

  test('FEE-5: only people who may read the money side see the list', async () => {
    const cleaner = await ctx().login('cleaner');
    assert.equal((await cleaner.get(`${url}/prepaid-meters`)).status, 403);
  });
});
