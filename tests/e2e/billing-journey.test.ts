/**
 * Journey (FEE-1, FEE-2, FEE-3, FEE-6): the cashier generates last month's bills for the
 * campus, takes a part payment for 1-405 and prints its receipt, is refused a receipt number
 * already used, settles the rest, prints the month's bills for delivery, looks the company up
 * in its account, and sees the other four on the unpaid list of their due date.
 * The server's clock is real, and so is the demo's data: payers since the month before last.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { E2E_START, startE2E, type E2E, switchLanguage } from '../support/browser.ts';
import { pageApi } from '../support/page-api.ts';
import { defaultDueDate, previousMonth } from '../../src/web/features/billing/periods.ts';
import { todayIn } from '../../src/web/features/reports/week.ts';
import { RunningClock } from '../../src/server/platform/clock.ts';

let e2e: E2E;
let page: Page;
let period = '';

const row = (unit: string) => page.getByTestId('bills-table').locator('tr', { hasText: unit });
const modal = () => page.locator('.ant-modal').filter({ visible: true }).last();

async function popupOf(click: () => Promise<void>): Promise<Page> {
  const [popup] = await Promise.all([page.context().waitForEvent('page'), click()]);
  await popup.waitForLoadState();
  return popup;
}

/**
 * The cashier bills last month in the first days of this one, before the bills fall due on the
 * 10th — so the journey runs on the 3rd of the harness's month (after the 10th the same bills
 * would rightly show as overdue, not unpaid).
 */
const BILLING_DAY = `${todayIn('Asia/Shanghai', new Date(E2E_START)).slice(0, 8)}03T02:00:00.000Z`;

before(async () => {
  e2e = await startE2E({ clock: new RunningClock(BILLING_DAY) });
  page = await e2e.newPage();
  await e2e.login(page, 'cashier');
  const api = await pageApi(page);
  const project = await api.get(`/api/projects/${api.projectId('CAMPUS')}`);
  period = previousMonth(todayIn(project.timeZone, e2e.clock.now()));
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

test('FEE-6: a part payment with its printed receipt; a used receipt number is refused', async () => {
  await page.getByTestId('pay-1-405').click();
  const outstanding = await page.getByTestId('pay-outstanding').innerText();
  await modal().locator('#money_amountYuan').fill('1000');
  await modal().getByText('银行转账').click();
  await modal().locator('#money_receiptNo').fill('SK-0001');
  await e2e.screenshot(page, 'billing-pay');
  await page.getByTestId('money-submit').click();
  await modal().getByText('已入账 ¥1,000.00').waitFor();
  const receipt = await popupOf(() => page.getByTestId('print-receipt').click());
  await receipt.getByText('壹仟元整').first().waitFor();
  assert.match(await receipt.content(), /收款收据[\s\S]*SK-0001[\s\S]*华信证券北京分公司[\s\S]*银行转账[\s\S]*周敏/);
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

test('FEE-2: the month’s bills print one sheet per payer with the signature line', async () => {
  const sheets = await popupOf(() => page.getByTestId('print-bills').click());
  await sheets.getByText('物业服务费用缴费通知单').first().waitFor();
  assert.equal(await sheets.locator('.sheet').count(), 5);
  assert.equal(await sheets.getByText('客户签收').count(), 5);
  await e2e.screenshot(sheets, 'billing-bill-sheet');
  await sheets.close();
});

test('the bill’s lines and entries; the company’s account shows nothing owed on 1-405', async () => {
  await page.getByTestId('view-1-405').click();
  await page.getByTestId('bill-lines').getByText('物业管理费').waitFor();
  await page.getByTestId('bill-entries').getByText('SK-0002').waitFor();
  await e2e.screenshot(page, 'billing-bill-detail');
  await page.keyboard.press('Escape');

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

test('the page in English', async () => {
  await page.getByTestId('tab-bills').click();
  await switchLanguage(page, 'English');
  await page.getByRole('heading', { name: 'Billing' }).waitFor();
  await row('1-405').getByText('Settled').waitFor();
  await e2e.screenshot(page, 'billing-bills-en');
  await switchLanguage(page, '中文');
  assert.deepEqual(e2e.problems(page), []);
});
