/**
 * Journey (HND-6, MVI-1..2): a company moves into a vacant office of the campus. The clerk
 * records the lease copy and move-in notice from leasing and the owner party's letter; the
 * project manager approves; the cashier takes the management-fee deposit; the clerk has the
 * documents signed (scans), does the joint inspection (fixtures, the first electricity
 * reading, the customer's signature on the pad) and sends the internal notice — moved in,
 * billed from the lease's first day, the notice printable.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from '../support/browser.ts';
import { pageApi } from '../support/page-api.ts';
import { drawSignature, padIn } from '../support/signature-pad.ts';

let e2e: E2E;
let clerk: Page;
let P = '';
let unit = { unit_id: '', code: '' };
let moveInId = '';

const drawer = (page: Page) => page.getByTestId('move-in-drawer');
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

async function scan(page: Page, within: string, name: string): Promise<void> {
  await page
    .getByTestId(within)
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name, mimeType: 'image/png', buffer: png });
  await page.getByTestId(within).getByText(name).waitFor();
}

async function sign(page: Page, testId: string): Promise<void> {
  await drawSignature(page, padIn(page, testId));
}

async function as(username: string): Promise<Page> {
  const page = await e2e.newPage();
  await e2e.login(page, username);
  await page.goto(`/p/${P}/occupancy?tab=moveIn&id=${moveInId}`);
  return page;
}

before(async () => {
  e2e = await startE2E();
  clerk = await e2e.newPage();
  await e2e.login(clerk, 'clerk');
  P = (await pageApi(clerk)).projectId('CAMPUS');
  const k = e2e.server.deps.db.k;
  unit = await k
    .selectFrom('units')
    .select(['unit_id', 'code'])
    .where('project_id', '=', P)
    .where('status', '=', 'vacant')
    .where('use', '=', 'office')
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const pm = await e2e.newPage();
  await e2e.login(pm, 'pm');
  await (
    await pageApi(pm)
  ).post(`/api/projects/${P}/billing/meters`, {
    code: `E-${unit.code}`,
    kind: 'electricity',
    unitId: unit.unit_id,
  });
});
after(async () => {
  await e2e?.close();
});

test('HND-6, MVI-1: the lease copy and move-in notice from leasing, a new company tenant identified by its licence', async () => {
  await clerk.goto(`/p/${P}/occupancy?tab=moveIn`);
  await clerk.getByTestId('move-in-start').click();
  const modal = clerk.locator('.ant-modal').filter({ visible: true }).last();
  await modal.getByTestId('start-unit').click();
  await clerk.keyboard.type(unit.code);
  await clerk
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: unit.code })
    .first()
    .click();
  await modal.getByTestId('start-submit').click();
  const form = drawer(clerk).getByTestId('step-lease');
  await form.waitFor();
  moveInId = new URL(clerk.url()).searchParams.get('id')!;
  await form.getByTestId('lease-name').fill('星河数据科技有限公司');
  await form.getByTestId('lease-phone').fill('010-65080001');
  await form.getByTestId('lease-id-number').fill('91110105MA01ABCD3X');
  await form.locator('.ant-picker-range input').first().click();
  await clerk.keyboard.type('2026-12-15');
  await clerk.keyboard.press('Enter');
  await clerk.keyboard.type('2028-12-14');
  await clerk.keyboard.press('Enter');
  await scan(clerk, 'lease-copy', 'lease.png');
  await scan(clerk, 'lease-notice', 'notice.png');
  await e2e.screenshot(clerk, 'move-in-lease');
  await form.getByTestId('step-lease-submit').click();
  await drawer(clerk).getByTestId('step-owner').waitFor();
});

test('MVI-1: the owner party confirms with its signed letter (scan); then the manager’s approval is awaited', async () => {
  const form = drawer(clerk).getByTestId('step-owner');
  await form.getByText('该单元没有登记业主，由产权方确认：金融中心置业有限公司').waitFor();
  await form.getByTestId('owner-letter-name').fill('金融中心置业 王总');
  await scan(clerk, 'owner-letter', 'letter.png');
  await e2e.screenshot(clerk, 'move-in-owner');
  await form.getByTestId('step-owner-submit').click();
  await drawer(clerk).getByTestId('approval-waiting').waitFor();
});

test('HND-6: the project manager approves; the cashier takes the management-fee deposit', async () => {
  const pm = await as('pm');
  await drawer(pm).getByTestId('step-approval').waitFor();
  await e2e.screenshot(pm, 'move-in-approval');
  await drawer(pm).getByTestId('approval-approve').click();
  await drawer(pm).getByText('等待：收费员收费').waitFor();

  const cashier = await as('cashier');
  const form = drawer(cashier).getByTestId('step-payment');
  await form.locator('#depositYuan').fill('10000');
  await form.locator('#depositReceipt').fill('YJ-2026-0101');
  await form.locator('#rentReceiptNo').fill('ZJ-2026-0101');
  await form.locator('#rentDepositReceiptNo').fill('ZY-2026-0101');
  await e2e.screenshot(cashier, 'move-in-payment');
  await form.getByTestId('step-payment-submit').click();
  await drawer(cashier)
    .getByText('这一步由客服办理')
    .or(drawer(cashier).getByText('客户签署安全消防责任书'))
    .first()
    .waitFor();
});

test('HND-6, MVI-2: the documents signed on paper and scanned; the archive gets the emergency contact', async () => {
  await clerk.reload();
  const form = drawer(clerk).getByTestId('step-documents');
  await form.locator('#emergencyPhone').fill('13911112222');
  for (const d of ['safety_fire_letter', 'handbook_pledge', 'emergency_contact_form', 'tenant_info_form']) {
    await form.getByTestId(`doc-${d}-name`).fill('李经理');
    await scan(clerk, `doc-${d}`, `${d}.png`);
  }
  await e2e.screenshot(clerk, 'move-in-documents');
  await form.getByTestId('step-documents-submit').click();
  await drawer(clerk).getByTestId('step-inspection').waitFor();
});

test('HND-6: the joint inspection — fixtures, the first meter reading, keys, parking; the customer signs', async () => {
  const form = drawer(clerk).getByTestId('step-inspection');
  await form.locator('#engineeringName').fill('刘强');
  await form.locator('#securityName').fill('赵军');
  await form.locator('#fixtures_0_name').fill('空调室内机');
  await form.locator('#fixtures_0_quantity').fill('4');
  await form.locator('input[placeholder="读数"]').fill('1234.56');
  await sign(clerk, 'inspection-signature');
  await e2e.screenshot(clerk, 'move-in-inspection');
  await form.getByTestId('step-inspection-submit').click();
  await drawer(clerk).getByTestId('step-notice').waitFor();
});

test('MVI-2: the internal notice goes out, billing starts on the lease’s first day, the office is in use; the notice prints', async () => {
  const form = drawer(clerk).getByTestId('step-notice');
  for (const label of ['服务热线及服务内容', '协助开通电话、网络、有线电视'])
    await form.getByText(label).click();
  await e2e.screenshot(clerk, 'move-in-notice');
  await form.getByTestId('step-notice-submit').click();
  await drawer(clerk).getByText('2026-12-15 起计费').waitFor();
  await e2e.screenshot(clerk, 'move-in-completed');
  const [print] = await Promise.all([
    clerk.context().waitForEvent('page'),
    drawer(clerk).getByText('打印入住知会单').click(),
  ]);
  await print.getByText('入住知会单').first().waitFor();
  const html = await print.content();
  assert.match(html, /星河数据科技有限公司/);
  assert.match(html, /1234\.56/);
  await e2e.screenshot(print, 'move-in-notice-print');
  const status = await e2e.server.deps.db.k
    .selectFrom('units')
    .select('status')
    .where('unit_id', '=', unit.unit_id)
    .executeTakeFirstOrThrow();
  assert.equal(status.status, 'office_in_use');
  assert.deepEqual(e2e.problems(clerk), []);
});
