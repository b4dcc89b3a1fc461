/**
 * Journey (MVO-2..6): the clerk records 1-602's move-out notice, the joint inspection with
 * the meter read and the tenant's signature; the clearing is refused showing last month's
 * bill (MVO-4); the cashier takes the payment; the clerk clears, takes the keys back and
 * completes — the deposit refund falls due 15 working days after the inspection and the
 * archive is sealed (MVO-6). The server's clock is real, and so is the demo's data.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, switchLanguage, type E2E } from '../support/browser.ts';
import { pageApi, type PageApi } from '../support/page-api.ts';
import { previousMonth } from '../../src/web/features/billing/periods.ts';
import { todayIn } from '../../src/web/features/reports/week.ts';
import { addWorkingDays, loadWorkCalendar, localDay } from '../../src/server/platform/calendar/index.ts';
import { drawSignature, padIn } from '../support/signature-pad.ts';

let e2e: E2E;
let page: Page;
let cashier: PageApi;
let P = '';
let period = '';

const toast = (text: string | RegExp) => page.locator('.ant-message').getByText(text);
const detail = () => page.getByTestId('moveout-detail');

async function sign(testId: string): Promise<void> {
  await drawSignature(page, padIn(page, testId));
}

before(async () => {
  e2e = await startE2E();
  const cashierPage = await e2e.newPage();
  await e2e.login(cashierPage, 'cashier');
  cashier = await pageApi(cashierPage);
  P = cashier.projectId('CAMPUS');
  const project = await cashier.get(`/api/projects/${P}`);
  period = previousMonth(todayIn(project.timeZone, e2e.clock.now()));
  await cashier.post(`/api/projects/${P}/billing/bill-runs`, { period });

  page = await e2e.newPage();
  await e2e.login(page, 'clerk');
  await page.getByTestId('main-menu').getByText('退租转让').click();
  await page.getByRole('heading', { name: '退租与转让' }).waitFor();
});
after(async () => {
  await e2e?.close();
});

test('MVO-2: the clerk records the move-out notice of 1-602', async () => {
  await page.getByTestId('moveout-start').click();
  await page.getByTestId('moveout-tenant').click();
  await page.keyboard.type('远景');
  await page.getByTestId('moveout-tenant-option').filter({ hasText: '远景律师事务所' }).first().click();
  await page.getByTestId('moveout-unit').getByText('1-602').waitFor();
  const moveDay = page.locator('#start_moveDay');
  await moveDay.click();
  await moveDay.fill(todayIn('Asia/Shanghai', e2e.clock.now()));
  await moveDay.press('Enter');
  await page.locator('#start_contactName').fill('高远');
  await page.locator('#start_contactPhone').fill('13901020003');
  await page.locator('#start_forwardingAddress').fill('北京市朝阳区建国路 88 号 12 层');
  await page.getByTestId('moveout-keep-intact').check();
  await e2e.screenshot(page, 'moveout-1-notice');
  await page.locator('.ant-modal').getByRole('button', { name: '登 记' }).click();
  await detail().getByText('远景律师事务所').waitFor();
  await detail().getByTestId('state-tag').getByText('已接通知').waitFor();
});

test('MVO-3: the joint inspection — fixtures, the meter read, the tenant signs', async () => {
  await page.locator('#inspection_fixtures_0_name').fill('空调');
  await page.locator('#inspection_fixtures_0_quantity').fill('2');
  await page.getByTestId('fixture-add').click();
  await page.locator('#inspection_fixtures_1_name').fill('办公隔断门');
  await page.locator('#inspection_fixtures_1_quantity').fill('3');
  await page
    .locator('input[data-testid="reading-E-1-602"], [data-testid="reading-E-1-602"] input')
    .first()
    .fill('101200');
  await page.getByTestId('inspection-engineer').fill('刘强');
  await sign('inspection-signature');
  await e2e.screenshot(page, 'moveout-2-inspection');
  await page.getByTestId('inspection-submit').click();
  await detail().getByText('验房通过').waitFor();
  await detail().getByTestId('state-tag').getByText('已验房').waitFor();
});

test("MVO-4: the clearing is refused while last month's bill is unpaid, and the bill is shown", async () => {
  const panel = page.getByTestId('arrears-panel');
  await panel.getByText(period).waitFor();
  await panel.getByText(/尚欠 ¥[\d,.]+，须先到收费处结清/).waitFor();
  await page.getByTestId('clear-submit').click();
  await toast(/^客户尚欠费 .* 元（1 笔账单），结清前不能办理退租手续$/).waitFor();
  await detail().getByTestId('state-tag').getByText('已验房').waitFor();
  await e2e.screenshot(page, 'moveout-3-refused-arrears');
});

test('MVO-4: once the cashier has taken the payment the move-out is cleared', async () => {
  const customerId = (
    await cashier.get(`/api/projects/${P}/customers?q=${encodeURIComponent('远景律师事务所')}`)
  ).find((c: { kind: string }) => c.kind === 'company').customerId;
  const statement = await cashier.get(`/api/projects/${P}/billing/statement?customerId=${customerId}`);
  for (const b of statement.bills)
    await cashier.post(`/api/projects/${P}/billing/payments`, {
      billId: b.billId,
      customerId,
      amountFen: b.outstandingFen,
      method: 'transfer',
      receiptNo: `MVO-${b.period}`,
    });
  await page.getByTestId('arrears-panel').getByRole('button').click();
  await page.getByTestId('arrears-panel').getByText('无欠费，可以办理').waitFor();
  await e2e.screenshot(page, 'moveout-4-paid');
  await page.getByTestId('clear-submit').click();
  await detail().getByTestId('state-tag').getByText('费用已结清').waitFor();
});

test('MVO-5: keys and access cards come back, signed by the tenant', async () => {
  await page.locator('#keys_keys').fill('4');
  await page.locator('#keys_accessCards').fill('6');
  await page.locator('#keys_documents').fill('员工出入证 6 张');
  await sign('keys-signature');
  await e2e.screenshot(page, 'moveout-5-keys');
  await page.getByTestId('keys-submit').click();
  await detail().getByTestId('state-tag').getByText('钥匙已交回').waitFor();
});

test('MVO-6: completed — the deposit refund is due 15 working days after the inspection and the archive is sealed', async () => {
  await page.getByTestId('arrears-panel').getByText('无欠费，可以办理').waitFor();
  await page.getByTestId('complete-submit').click();
  await detail().getByTestId('state-tag').getByText('已办结').waitFor();
  const deps = e2e.server.deps;
  const cal = await loadWorkCalendar(deps.db.k, P);
  const moveOut = (await cashier.get(`/api/projects/${P}/move-outs?view=deposits`))[0];
  const due = localDay(addWorkingDays(new Date(moveOut.inspection.passedAt), 15, cal), cal.timeZone);
  assert.equal(await page.getByTestId('deposit-due').innerText(), due);
  await page.getByTestId('refund-status').getByText('待退还').waitFor();
  assert.equal(await page.getByTestId('archive-state').innerText(), '已封存');
  const tenant = await deps.db.k
    .selectFrom('customers')
    .select('archive_state')
    .where('customer_id', '=', moveOut.customerId)
    .executeTakeFirstOrThrow();
  assert.equal(tenant.archive_state, 'sealed');
  await e2e.screenshot(page, 'moveout-6-completed');

  await page.getByTestId('tab-deposits').click();
  await page.getByTestId('deposits-table').getByText('1-602').waitFor();
  await page.getByTestId('deposits-table').getByText(due).waitFor();
  await e2e.screenshot(page, 'moveout-7-deposits');
  await page.getByTestId('tab-leases').click();
  await page.getByTestId('leases-table').getByText('1-808').waitFor();
  await e2e.screenshot(page, 'moveout-8-leases');
  await switchLanguage(page, 'English');
  await page.getByTestId('tab-moveOuts').click();
  await page.getByTestId('moveout-row-1-602').click();
  await detail().getByText('Sealed').waitFor();
  await detail().getByTestId('refund-status').getByText('Due').waitFor();
  await e2e.screenshot(page, 'moveout-9-completed-en');
  assert.deepEqual(e2e.problems(page), []);
});
