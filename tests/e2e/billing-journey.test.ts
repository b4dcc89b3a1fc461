/**
 * Journey (FEE-1, FEE-2, FEE-3, FEE-6, ORG-2): the cashier generates last month's bills for the
 * campus, sees the unpaid-list reminder in the bell, takes a part payment for 1-405 (a missing
 * receipt number is pointed out on its field) and prints its receipt, is refused a receipt
 * number already used, settles the rest — and the bell's unpaid figures drop at once — prints
 * the month's bills for delivery, asks for a payment to be reversed and part of a bill waived
 * (nothing changes until a manager decides), looks the company up in its account, and sees
 * the other four on the unpaid list of their due date. The CS manager, told by the bell,
 * approves the waiver and rejects the reversal; the cashier is told both outcomes.
 * The demo's data is real (payers since the month before last); the server's and the browsers'
 * clocks run from 10:00 on the 8th of the harness's month (never the real date), so the FEE-3
 * reminder of the 10th (sent from the 7th) is due and no bill is overdue yet.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { E2E_START, startE2E, type E2E, switchLanguage } from '../support/browser.ts';
import { pageApi, type PageApi } from '../support/page-api.ts';
import { defaultDueDate, previousMonth } from '../../src/web/features/billing/periods.ts';
import { todayIn } from '../../src/web/features/reports/week.ts';
import { formatYuan } from '../../src/web/features/tickets/money.ts';
import { RunningClock } from '../../src/server/platform/clock.ts';

let e2e: E2E;
let page: Page;
let api: PageApi;
let period = '';
let dueDate = '';
let billing = '';

/** 10:00 on the 8th of the harness's month in Beijing: last month's bills are due on the 10th, not overdue yet. */
const START = new Date(`${todayIn('Asia/Shanghai', new Date(E2E_START)).slice(0, 7)}-08T02:00:00Z`);

/** A person's browser; the harness starts its clock on the server's time. */
async function browserOf(username: string): Promise<Page> {
  const p = await e2e.newPage();
  await e2e.login(p, username);
  return p;
}

/** Opens the bell of a page, hands over the list, closes it again. */
async function inBell(
  p: Page,
  look: (list: ReturnType<Page['getByTestId']>) => Promise<void>,
): Promise<void> {
  await p.getByTestId('notification-bell').click();
  const list = p.getByTestId('notification-list');
  await list.waitFor();
  await look(list);
  await p.getByTestId('notification-bell').click();
  await list.waitFor({ state: 'hidden' });
}

const unpaidSentence = async (count: number) => {
  const now = await api.get(`${billing}/unpaid?dueDate=${dueDate}`);
  assert.equal(now.items.length, count);
  return `${dueDate} 到期未缴账单 ${count} 份，合计 ${formatYuan(now.totalFen)}，请催缴`;
};
const outstandingOf = async (unit: string) => {
  const rows = (await api.get(`${billing}/bills?period=${period}`)).rows as {
    unitCode: string;
    outstandingFen: number;
  }[];
  return rows.find((r) => r.unitCode === unit)!.outstandingFen;
};

const row = (unit: string) => page.getByTestId('bills-table').locator('tr', { hasText: unit });
const modal = () => page.locator('.ant-modal').filter({ visible: true }).last();
/** The bill drawer's own close button: an Escape right after a dialog closed can land on the dialog instead. */
async function closeDrawer() {
  await page.locator('.ant-drawer-close').filter({ visible: true }).click();
  await page.locator('.ant-drawer-mask').filter({ visible: true }).waitFor({ state: 'detached' });
}

async function popupOf(click: () => Promise<void>): Promise<Page> {
  const [popup] = await Promise.all([page.context().waitForEvent('page'), click()]);
  await popup.waitForLoadState();
  return popup;
}

before(async () => {
  const clock = new RunningClock(START);
  e2e = await startE2E({ clock });
  page = await browserOf('cashier');
  assert.equal(
    todayIn('Asia/Shanghai', new Date(await page.evaluate(() => Date.now()))), // the page's clock
    todayIn('Asia/Shanghai', START),
    "the browser is on the server's day",
  );
  api = await pageApi(page);
  const project = await api.get(`/api/projects/${api.projectId('CAMPUS')}`);
  period = previousMonth(todayIn(project.timeZone, clock.now()));
  dueDate = defaultDueDate(period);
  billing = `/api/projects/${api.projectId('CAMPUS')}/billing`;
  await page.getByTestId('main-menu').getByText('收费管理').click();
  await page.getByRole('heading', { name: '收费管理' }).waitFor();
});
after(async () => {
  await e2e?.close();
});

test('FEE-1: generate the month’s bills in one action; a second run makes none', async () => {
  await page.getByText(`${period} 暂无账单`).waitFor();
  await page.getByTestId('run-bills').click();
  await modal().getByText('可重复执行').waitFor();
  await e2e.screenshot(page, 'billing-run');
  await page.getByTestId('run-submit').click();
  await page.getByTestId('run-result').getByText(`${period} 新生成 5 份账单`).waitFor();
  await modal().getByRole('button', { name: '完 成' }).click();
  await row('1-405').getByText('华信证券北京分公司').waitFor();
  assert.equal(await page.getByTestId('bills-table').locator('tbody tr').count(), 5);
  await page.getByTestId('run-bills').click();
  await page.getByTestId('run-submit').click();
  await page.getByTestId('run-result').getByText('另有 5 份此前已生成').waitFor();
  await modal().getByRole('button', { name: '完 成' }).click();
  await e2e.screenshot(page, 'billing-bills-zh');
});

test('FEE-3: the bell holds the unpaid list of the due date, five bills', async () => {
  const sentence = await unpaidSentence(5);
  await inBell(page, (list) => list.locator('[data-kind="fee.unpaid_list"]').getByText(sentence).waitFor());
});

test('FEE-6: a part payment with its printed receipt; a missing receipt number is shown on its field, a used one is refused', async () => {
  await page.getByTestId('pay-1-405').click();
  const outstanding = await page.getByTestId('pay-outstanding').innerText();
  await modal().locator('#money_amountYuan').fill('1000');
  await modal().getByText('银行转账').click();
  await page.getByTestId('money-submit').click();
  await modal().getByText('请填写收据号').waitFor();
  assert.deepEqual(e2e.problems(page), [], 'the refused form is no page error');
  await modal().locator('#money_receiptNo').fill('SK-0001');
  await e2e.screenshot(page, 'billing-pay');
  await page.getByTestId('money-submit').click();
  await modal().getByText('已入账 ¥1,000.00').waitFor();
  const receipt = await popupOf(() => page.getByTestId('print-receipt').click());
  await receipt.getByText('壹仟元整').first().waitFor();
  assert.match(
    await receipt.content(),
    /收款收据[\s\S]*SK-0001[\s\S]*华信证券北京分公司[\s\S]*银行转账[\s\S]*周敏/,
  );
  await e2e.screenshot(receipt, 'billing-receipt');
  await receipt.close();
  await modal().getByRole('button', { name: '完 成' }).click();
  await row('1-405').getByText('未缴').waitFor();

  await page.getByTestId('pay-1-405').click();
  assert.notEqual(await page.getByTestId('pay-outstanding').innerText(), outstanding);
  await modal().locator('#money_receiptNo').fill('SK-0001');
  await page.getByTestId('money-submit').click();
  await modal().getByText('收据号 SK-0001 已使用').waitFor();
  await modal().locator('#money_receiptNo').fill('SK-0002');
  await page.getByTestId('money-submit').click();
  await modal().getByText('收据号 SK-0002').waitFor();
  await modal().getByRole('button', { name: '完 成' }).click();
  await row('1-405').getByText('已结清').waitFor();
});

test('FEE-3: after the payment the bell’s unpaid list has four bills and their sum, not the figures it was sent with', async () => {
  const sentence = await unpaidSentence(4);
  await inBell(page, (list) => list.locator('[data-kind="fee.unpaid_list"]').getByText(sentence).waitFor());
});

test('FEE-2: the month’s bills print one sheet per payer with the signature line', async () => {
  const sheets = await popupOf(() => page.getByTestId('print-bills').click());
  await sheets.getByText('物业服务费用缴费通知单').first().waitFor();
  assert.equal(await sheets.locator('.sheet').count(), 5);
  assert.equal(await sheets.getByText('客户签收').count(), 5);
  await e2e.screenshot(sheets, 'billing-bill-sheet');
  await sheets.close();
});

test('FEE-6/ORG-2: the bill’s lines and entries; asking to reverse a payment changes nothing until a manager decides — the account still shows nothing owed on 1-405', async () => {
  await page.getByTestId('view-1-405').click();
  await page.getByTestId('bill-lines').getByText('物业管理费').waitFor();
  await page.getByTestId('bill-entries').getByText('SK-0002').waitFor();
  await e2e.screenshot(page, 'billing-bill-detail');
  await page
    .getByTestId('bill-entries')
    .locator('tr', { hasText: 'SK-0001' })
    .getByTestId('request-reversal')
    .click();
  await modal().getByTestId('adjust-summary').getByText(formatYuan(-100_000)).waitFor();
  await modal().locator('#adjust_reason').fill('收据号录错');
  await page.getByTestId('adjust-submit').click();
  await page
    .getByTestId('bill-adjustments')
    .locator('tr', { hasText: '收据号录错' })
    .getByText('待审批')
    .waitFor();
  assert.equal(await outstandingOf('1-405'), 0, 'a pending reversal holds nothing');
  await closeDrawer();

  await page.getByTestId('tab-account').click();
  await page.getByTestId('customer-picker').click();
  await page.keyboard.type('华信证券');
  await page.locator('.ant-select-item-option', { hasText: '华信证券北京分公司' }).first().click();
  await page.getByTestId('owed').getByText('¥0.00').waitFor();
  await page.getByTestId('account-entries').getByText('SK-0001').waitFor();
  await e2e.screenshot(page, 'billing-account');
});

test('FEE-3: the unpaid list of the due date holds the other four, with reminder notices to print', async () => {
  await page.getByTestId('tab-unpaid').click();
  await page.getByTestId('unpaid-table').locator('tbody tr', { hasText: '1-602' }).waitFor();
  assert.equal(await page.getByTestId('unpaid-table').locator('tbody tr').count(), 4);
  const notices = await popupOf(() => page.getByTestId('print-reminders').click());
  await notices.getByText('物业服务费用催缴通知单').first().waitFor();
  assert.equal(await notices.locator('.sheet').count(), 4);
  assert.ok((await notices.content()).includes(defaultDueDate(period)));
  await notices.close();
  await e2e.screenshot(page, 'billing-unpaid');
});

test('FEE-6/ORG-2: the cashier asks to waive part of 1-602; the bill stays as it is and she cannot approve it herself', async () => {
  await page.getByTestId('tab-bills').click();
  const before = await outstandingOf('1-602');
  await page.getByTestId('view-1-602').click();
  await page.getByTestId('request-deduction').click();
  await modal().locator('#adjust_amountYuan').fill('10');
  await page.getByTestId('adjust-submit').click();
  await modal().getByText('请填写原因').waitFor();
  await modal().locator('#adjust_reason').fill('抹零');
  await page.getByTestId('adjust-submit').click();
  await page.getByTestId('bill-adjustments').locator('tr', { hasText: '抹零' }).getByText('待审批').waitFor();
  assert.equal(await outstandingOf('1-602'), before);
  await closeDrawer();
  await page.getByTestId('tab-adjustments').click();
  const pending = page.getByTestId('adjustments-table').locator('tbody tr', { hasText: '周敏' });
  await pending.filter({ hasText: '1-602' }).getByText('待审批').waitFor();
  assert.equal(await pending.count(), 2);
  assert.equal(await page.getByTestId('approve').count(), 0, 'the cashier decides nothing');
  await e2e.screenshot(page, 'billing-adjustments-requested');
});

test('FEE-6/ORG-2: the CS manager, told by the bell, approves the waiver and rejects the reversal with a reason; the cashier is told both', async () => {
  const before = await outstandingOf('1-602');
  const manager = await browserOf('csmanager');
  await manager.getByTestId('notification-bell').click();
  await manager
    .getByTestId('notification-list')
    .locator('[data-kind="fee.adjustment_requested"]')
    .getByText('周敏（收费员） 申请减免：1-602 ¥10.00（抹零），请审批')
    .click();
  await manager.waitForURL(/\/billing\?tab=adjustments/);
  const table = manager.getByTestId('adjustments-table');
  await table.locator('tbody tr', { hasText: '1-602' }).getByTestId('approve').click();
  await manager.getByTestId('approve-confirm').click();
  await table.locator('tbody tr', { hasText: '1-602' }).waitFor({ state: 'detached' });
  await table.locator('tbody tr', { hasText: '1-405' }).getByTestId('reject').click();
  await manager.getByTestId('reject-submit').click();
  await manager.locator('.ant-modal').getByText('请填写原因').waitFor();
  await manager.locator('#reject_reason').fill('收据号无误，无需冲正');
  await manager.getByTestId('reject-submit').click();
  await table.locator('tbody tr', { hasText: '1-405' }).waitFor({ state: 'detached' });
  await manager.getByTestId('adjustments-filter').getByText('全部').click();
  await table.locator('tbody tr', { hasText: '1-602' }).getByText('已批准').waitFor();
  await table.locator('tbody tr', { hasText: '1-405' }).getByText('收据号无误，无需冲正').waitFor();
  await e2e.screenshot(manager, 'billing-adjustments-decided');
  assert.deepEqual(e2e.problems(manager), []);
  assert.equal(await outstandingOf('1-602'), before - 1_000);
  assert.equal(await outstandingOf('1-405'), 0, 'the rejected reversal booked nothing');

  await inBell(page, async (list) => {
    await list
      .locator('[data-kind="fee.adjustment_approved"]')
      .getByText('您申请的减免（1-602 ¥10.00）已批准入账')
      .waitFor();
    await list
      .locator('[data-kind="fee.adjustment_rejected"]')
      .getByText('您申请的冲正（1-405 ¥1,000.00）被驳回：收据号无误，无需冲正')
      .waitFor();
  });
  // Her list of pending requests empties as the decisions land (the live event refreshes it).
  await page
    .getByTestId('adjustments-table')
    .locator('tbody tr', { hasText: '周敏' })
    .first()
    .waitFor({ state: 'detached' });
});

test('the page in English', async () => {
  await page.getByTestId('tab-bills').click();
  await switchLanguage(page, 'English');
  await page.getByRole('heading', { name: 'Billing' }).waitFor();
  await row('1-405').getByText('Settled').waitFor();
  await e2e.screenshot(page, 'billing-bills-en');
  await switchLanguage(page, '中文');
  assert.deepEqual(e2e.problems(page), []);
});
