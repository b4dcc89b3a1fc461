/**
 * What the cashier's screens read and print, on both databases (FEE-1, FEE-2, FEE-6): the
 * month's bill list with what is owed, the reading round, the printed bills with the
 * signature line, and receipts. Uses the campus demo: five companies renting offices in
 * building 1, billed from September, electricity read at the end of September and October.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client } from '../../../../tests/support/factory/index.ts';

interface BillRow {
  billId: string;
  unitCode: string;
  customerId: string;
  customerName: string;
  totalFen: number;
  outstandingFen: number;
}

createTestApp('billing — cashier views', (ctx) => {
  let cashier: Client;
  let cleaner: Client;
  let url = '';
  let building = '';
  let bills: BillRow[] = [];
  const list = async (query: string) =>
    (await cashier.get(`${url}/bills?period=2026-10${query}`)).body.rows as BillRow[];

  before(async () => {
    const P = ctx().projects.CAMPUS;
    url = `/api/projects/${P}/billing`;
    cashier = await ctx().login('cashier');
    cashier.lang = 'zh-CN';
    cleaner = await ctx().login('cleaner');
    cleaner.lang = 'zh-CN';
    building = (
      await ctx()
        .deps.db.k.selectFrom('buildings')
        .select('building_id')
        .where('project_id', '=', P)
        .where('code', '=', '1')
        .executeTakeFirstOrThrow()
    ).building_id;
    const run = await cashier.post(`${url}/bill-runs`, { period: '2026-10' });
    assert.equal(run.status, 200, JSON.stringify(run.body));
    assert.equal(run.body.billsCreated, 5);
  });

  test('FEE-1: the month’s list shows unit, payer, total and what is owed, by unit code', async () => {
    bills = await list('');
    assert.deepEqual(
      bills.map((b) => b.unitCode),
      ['1-1203', '1-1501', '1-405', '1-602', '1-808'],
    );
    const b405 = bills.find((b) => b.unitCode === '1-405')!;
    assert.equal(b405.customerName, '华信证券北京分公司');
    // 182.36 m² × 25.00 元 = 4559.00; 4860 kWh × 1.20 = 5832.00; plus its share of the 公摊 meter.
    const bill = (await cashier.get(`${url}/bills/${b405.billId}`)).body;
    assert.deepEqual(
      bill.lines.slice(0, 2).map((l: { amountFen: number }) => l.amountFen),
      [455_900, 583_200],
    );
    assert.equal(b405.totalFen, bill.totalFen);
    assert.equal(b405.outstandingFen, b405.totalFen);
    assert.deepEqual(
      (await list('&q=华信')).map((b) => b.unitCode),
      ['1-405'],
    );
    assert.equal((await list(`&buildingId=${building}&status=paid`)).length, 0);
  });

  test('the reading round lists the shared meter first, then each office with its last reading', async () => {
    const meters = (await cashier.get(`${url}/meters?buildingId=${building}`)).body as {
      code: string;
      unitCode: string | null;
      lastValueCenti: number;
      lastConsumptionCenti: number;
    }[];
    assert.deepEqual(
      meters.map((m) => m.code),
      ['E-1-公摊', 'E-1-1203', 'E-1-1501', 'E-1-405', 'E-1-602', 'E-1-808'],
    );
    assert.equal(meters[0]!.unitCode, null);
    const m405 = meters.find((m) => m.code === 'E-1-405')!;
    assert.equal(m405.lastValueCenti, (152_340 + 4_860) * 100);
    assert.equal(m405.lastConsumptionCenti, 4_860 * 100);
  });

  test('FEE-6: a part payment prints a receipt with the amount in capitals; paying the rest closes the bill', async () => {
    const b = bills.find((x) => x.unitCode === '1-602')!;
    const part = await cashier.post(`${url}/payments`, {
      billId: b.billId,
      customerId: b.customerId,
      amountFen: 100_005,
      method: 'transfer',
      receiptNo: 'SK-2026-0001',
    });
    assert.equal(part.status, 201, JSON.stringify(part.body));
    const receipt = await cashier.get(`${url}/entries/${part.body.entry.entryId}/receipt`);
    assert.equal(receipt.status, 200);
    assert.match(receipt.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const page = String(receipt.body);
    for (const text of [
      '收款收据',
      'SK-2026-0001',
      '远景律师事务所',
      '1-602',
      '1000.05',
      '壹仟元零伍分',
      '银行转账',
      '周敏（收费员）',
      '第一联 客户联',
      '第二联 财务联',
      '缴纳 2026-10 物业费用',
    ])
      assert.ok(page.includes(text), `receipt shows ${text}`);
    assert.equal((await list('&status=open')).length, 5);
    const rest = await cashier.post(`${url}/payments`, {
      billId: b.billId,
      customerId: b.customerId,
      amountFen: b.totalFen - 100_005,
      method: 'cash',
      receiptNo: 'SK-2026-0002',
    });
    assert.equal(rest.status, 201);
    assert.deepEqual(
      (await list('&status=paid')).map((x) => x.unitCode),
      ['1-602'],
    );
    assert.equal((await list('&status=open')).length, 4);
    const en = String((await cashier.get(`${url}/entries/${rest.body.entry.entryId}/receipt?lang=en`)).body);
    assert.ok(en.includes('Receipt') && en.includes('Cash'), 'the English receipt');
  });

  test('FEE-2: bills print one A4 sheet per customer and unit with every line and the signature line', async () => {
    const all = await cashier.get(`${url}/bill-sheets?period=2026-10`);
    assert.equal(all.status, 200);
    const page = String(all.body);
    assert.equal(page.match(/class="sheet"/g)?.length, 5);
    for (const text of [
      '物业服务费用缴费通知单',
      '2026-10-1-405',
      '物业管理费',
      '电费 E-1-405',
      '公摊',
      '客户签收',
      '送达人',
      '2026-11-10',
    ])
      assert.ok(page.includes(text), `bill shows ${text}`);
    const unpaid = String((await cashier.get(`${url}/bill-sheets?period=2026-10&status=open`)).body);
    assert.equal(unpaid.match(/class="sheet"/g)?.length, 4, 'the paid bill is not delivered again');
    const b = bills.find((x) => x.unitCode === '1-808')!;
    const one = String((await cashier.get(`${url}/bill-sheets?period=2026-10&billId=${b.billId}`)).body);
    assert.equal(one.match(/class="sheet"/g)?.length, 1);
    assert.ok(one.includes('瑞丰投资管理有限公司'));
    const none = await cashier.get(`${url}/bill-sheets?period=2026-09`);
    assert.equal(none.status, 404);
    assert.equal((await cashier.get(`${url}/bill-sheets`)).status, 400, 'a month or a due date is needed');
  });

  test('FEE-3: the second reminder notices of a due date print for the unpaid bills only, with the request to pay', async () => {
    const page = String(
      (await cashier.get(`${url}/bill-sheets?dueDate=2026-11-10&status=open&reminder=1`)).body,
    );
    assert.equal(page.match(/class="sheet"/g)?.length, 4);
    assert.ok(
      page.includes('物业服务费用催缴通知单') &&
        page.includes('缴费截止日为 2026-11-10') &&
        page.includes('客户签收'),
    );
    assert.ok(!page.includes('远景律师事务所'), 'the settled bill gets no reminder');
  });

  test('a bill entry has no receipt; the cleaner cannot read the books', async () => {
    const b = bills.find((x) => x.unitCode === '1-808')!;
    const billEntry = (await cashier.get(`${url}/bills/${b.billId}`)).body.entries[0];
    const r = await cashier.get(`${url}/entries/${billEntry.entryId}/receipt`);
    assert.equal(r.status, 422);
    assert.equal(r.body.error.message, '这笔账目不是收款或退款，没有收据');
    assert.equal((await cleaner.get(`${url}/bills?period=2026-10`)).status, 403);
  });

  test('accounts and deposits of a payer', async () => {
    const b = bills.find((x) => x.unitCode === '1-1203')!;
    const accounts = (await cashier.get(`${url}/accounts?customerId=${b.customerId}`)).body;
    assert.deepEqual(
      accounts.map((a: { unitCode: string; startDay: string; endDay: string | null }) => [
        a.unitCode,
        a.startDay,
        a.endDay,
      ]),
      [['1-1203', '2026-09-01', null]],
    );
    const dep = await cashier.post(`${url}/deposits`, {
      customerId: b.customerId,
      unitId: null,
      kind: 'renovation',
      amountFen: 1_000_000,
      method: 'transfer',
      receiptNo: 'SK-2026-0003',
    });
    assert.equal(dep.status, 201, JSON.stringify(dep.body));
    const deposits = (await cashier.get(`${url}/deposits?customerId=${b.customerId}`)).body;
    assert.deepEqual(
      deposits.map((d: { kind: string; heldFen: number }) => [d.kind, d.heldFen]),
      [['renovation', 1_000_000]],
    );
    const receipt = String((await cashier.get(`${url}/entries/${dep.body.entry.entryId}/receipt`)).body);
    assert.ok(receipt.includes('收取押金：装修押金') && receipt.includes('壹万元整'));
    assert.equal((await cashier.get(`${url}/accounts`)).status, 400);
  });
});
