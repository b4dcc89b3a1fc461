/**
 * Journey: a release pass checked at the gate (REL-1..5), and the key register (KEY-1, KEY-2).
 * The clerk writes a temporary pass for company staff of 1-405 carrying two computers, records
 * the company head's agreement, has it signed three times on the pad, issues and prints it
 * (two copies); a move-out of 1-602 is refused because the unit owes after the cashier's bill
 * run, and a pass for 1-1101 is refused because the owner cannot be reached. The guard checks
 * the first pass by its number at the gate and lets it out; checked again it shows it was used.
 * Then a key entrusted by an owner is registered, refused to a person not entrusted, and
 * handed to the owner with a signature. The server's clock is real.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, switchLanguage, type E2E } from '../support/browser.ts';
import { pageApi, type PageApi } from '../support/page-api.ts';
import { previousMonth } from '../../src/web/features/billing/periods.ts';
import { todayIn } from '../../src/web/features/reports/week.ts';
import { drawSignature, padIn } from '../support/signature-pad.ts';
import { createTestCustomer } from '../support/factory/index.ts';

let e2e: E2E;
let page: Page;
let clerkApi: PageApi;
let P = '';
let year = '';
let number = '';

const drawer = () => page.getByTestId('pass-drawer');
const toast = (text: string | RegExp) => page.locator('.ant-message').getByText(text);

async function pickUnit(code: string, within = drawer()): Promise<void> {
  await within.getByTestId('unit-select').click();
  await page.keyboard.type(code);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${code}`) })
    .first()
    .click();
}

async function pickOption(testId: string, text: string, within = drawer()): Promise<void> {
  await within.getByTestId(testId).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
}

async function sign(testId: string): Promise<void> {
  await drawSignature(page, padIn(page, testId));
}

before(async () => {
  e2e = await startE2E();
  const cashierPage = await e2e.newPage();
  await e2e.login(cashierPage, 'cashier');
  const cashier = await pageApi(cashierPage);
  P = cashier.projectId('CAMPUS');
  const project = await cashier.get(`/api/projects/${P}`);
  const today = todayIn(project.timeZone, e2e.clock.now());
  year = today.slice(0, 4);
  await cashier.post(`/api/projects/${P}/billing/bill-runs`, { period: previousMonth(today) });

  page = await e2e.newPage();
  await e2e.login(page, 'clerk');
  clerkApi = await pageApi(page);
  const units = { '1-1101': await findUnit('1-1101'), '1-403': await findUnit('1-403') };
  await createTestCustomer(e2e.server.deps, {
    projectId: P,
    name: '钱卫东',
    phone: '13911110001',
    unitId: units['1-1101'],
    relation: 'owner',
  });
  await createTestCustomer(e2e.server.deps, {
    projectId: P,
    name: '吴业主',
    phone: '13922220001',
    unitId: units['1-403'],
    relation: 'owner',
  });
  await createTestCustomer(e2e.server.deps, {
    projectId: P,
    name: '李四',
    phone: '13922220003',
    unitId: units['1-403'],
    relation: 'occupant',
  });
  await page.getByTestId('main-menu').getByText('钥匙放行').click();
  await page.getByRole('heading', { name: '钥匙放行' }).waitFor();
});
after(async () => {
  await e2e?.close();
});

async function findUnit(code: string): Promise<string> {
  const buildings = (await clerkApi.get(`/api/projects/${P}/buildings`)) as {
    buildingId: string;
    code: string;
  }[];
  const b = buildings.find((x) => x.code === code.split('-')[0])!;
  const floors = (await clerkApi.get(`/api/projects/${P}/buildings/${b.buildingId}/floors`)) as {
    floors: { units: { unitId: string; code: string }[] }[];
  };
  return floors.floors.flatMap((f) => f.units).find((u) => u.code === code)!.unitId;
}

test('REL-1/REL-4/REL-5: company staff of 1-405 carry 2 computers — the company head agrees, three signatures, issued and printed in two copies', async () => {
  await page.getByTestId('new-pass').click();
  await pickUnit('1-405');
  await drawer().getByTestId('pass-context').getByText('华信证券北京分公司').first().waitFor();
  await pickOption('pass-carrier-pick', '周建国');
  assert.equal(await drawer().locator('#pass_carrierName').inputValue(), '周建国');
  await drawer().getByTestId('item-name-0').fill('台式电脑');
  await drawer().locator('#pass_items_0_quantity').fill('2');
  await e2e.screenshot(page, 'pass-new');
  await drawer().getByTestId('pass-create').click();

  await drawer().getByText('电话核实：致电公司负责人').waitFor();
  assert.equal(await drawer().locator('#call_calledName').inputValue(), '华信证券北京分公司');
  // CUS-3: the people are listed masked; the number on file is shown for the call (and logged).
  assert.equal(await drawer().locator('#call_calledPhone').inputValue(), '');
  await drawer().getByTestId('call-reveal').click();
  await page.waitForFunction(
    () => (document.querySelector('#call_calledPhone') as HTMLInputElement | null)?.value === '01065010001',
  );
  await drawer().getByTestId('answer-agreed').click();
  await e2e.screenshot(page, 'pass-call');
  await drawer().getByTestId('call-submit').click();

  for (const role of ['clerk', 'carrier', 'owner']) {
    if (role === 'owner') await drawer().getByTestId('signer-name-owner').fill('林总');
    await sign(`signature-${role}`);
    if (role === 'owner') await e2e.screenshot(page, 'pass-signing');
    await drawer().getByTestId(`sign-${role}`).click();
    await drawer().getByTestId(`signed-${role}`).waitFor();
  }
  await drawer().getByTestId('issue-pass').click();
  number = `FX-${year}-0001`;
  await drawer().getByTestId('pass-number').getByText(number).waitFor();
  await e2e.screenshot(page, 'pass-issued');

  const [popup] = await Promise.all([
    page.context().waitForEvent('page'),
    drawer().getByTestId('print-pass').click(),
  ]);
  await popup.waitForLoadState();
  await popup.getByText('第二联 门卫联（出门时交保安）').waitFor();
  const html = await popup.content();
  assert.equal(html.match(/<h1>物品放行条<\/h1>/g)?.length, 2);
  assert.match(html, /第一联 存档联[\s\S]*第二联 门卫联/);
  assert.match(html, /台式电脑<\/td><td class="num">2</);
  assert.equal(html.match(/<img src="data:image\/png;base64,/g)?.length, 6);
  await e2e.screenshot(popup, 'pass-print');
  // Both copies fit on one A4 sheet.
  const pdf = (await popup.pdf({ format: 'A4' })).toString('latin1');
  assert.equal(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, 1);
  await popup.close();
  await page.keyboard.press('Escape');
  await page.getByTestId('passes-table').getByText(number).waitFor();
});

test('REL-3: moving out of 1-602 while it owes after the bill run — the owed bills show and the pass is refused', async () => {
  await page.getByTestId('new-pass').click();
  await pickUnit('1-602');
  await drawer().getByTestId('pass-purpose').getByText('搬家迁出').click();
  await drawer().getByTestId('pass-owed').getByText('搬家迁出须先结清全部欠费，否则不能放行').waitFor();
  await drawer().locator('#pass_carrierName').fill('高远');
  await pickOption('item-category-0', '家具');
  await drawer().getByTestId('item-name-0').fill('文件柜');
  await e2e.screenshot(page, 'pass-moveout-owed');
  await drawer().getByTestId('pass-create').click();
  await drawer().getByTestId('arrears-check').click();
  await drawer().getByTestId('pass-refused').getByText('放行条已拒绝：欠费未结清').waitFor();
  await e2e.screenshot(page, 'pass-moveout-refused');
  assert.equal(await drawer().getByTestId('call-submit').count(), 0);
  await page.keyboard.press('Escape');
});

test('REL-4: the owner of 1-1101 cannot be reached — the pass is refused and goes no further', async () => {
  await page.getByTestId('new-pass').click();
  await pickUnit('1-1101');
  await drawer().getByTestId('pass-context').getByText('钱卫东').waitFor();
  await pickOption('pass-carrier-type', '家属');
  await drawer().locator('#pass_carrierName').fill('钱小宝');
  await pickOption('item-category-0', '家具');
  await drawer().getByTestId('item-name-0').fill('沙发');
  await drawer().getByTestId('pass-create').click();
  await drawer().getByText('电话核实：致电业主').waitFor();
  assert.equal(await drawer().locator('#call_calledName').inputValue(), '钱卫东');
  await drawer().getByTestId('call-reveal').click();
  await page.waitForFunction(
    () => (document.querySelector('#call_calledPhone') as HTMLInputElement | null)?.value === '13911110001',
  );
  await drawer().getByTestId('answer-unreachable').click();
  await drawer().getByTestId('call-submit').click();
  await drawer().getByTestId('pass-refused').getByText('放行条已拒绝：联系不上业主').waitFor();
  await drawer()
    .getByTestId('pass-call')
    .getByText(/意见：联系不上/)
    .waitFor();
  await e2e.screenshot(page, 'pass-unreachable');
  await page.keyboard.press('Escape');
  assert.deepEqual(e2e.problems(page), []);
});

test('REL-5: the guard checks the pass by its number at the gate and lets it out; checked again it was already used', async () => {
  const guard = await e2e.newPage();
  await e2e.login(guard, 'guard');
  await guard.getByTestId('main-menu').getByText('门岗放行').click();
  const input = guard.getByTestId('gate-number').locator('input');
  await input.fill(number.toLowerCase());
  await input.press('Enter');
  await guard.getByTestId('gate-verdict').getByText(`${number} · 有效，可以放行`).waitFor();
  await guard.getByTestId('gate-items').getByText('台式电脑').waitFor();
  assert.equal(await guard.getByTestId('gate-signatures').locator('img').count(), 3);
  await e2e.screenshot(guard, 'gate-valid');
  await guard.getByTestId('gate-release').click();
  await guard.getByTestId('gate-verdict').getByText(`${number} · 已使用`).waitFor();
  assert.equal(await guard.getByTestId('gate-release').count(), 0);

  await input.fill(number);
  await input.press('Enter');
  await guard
    .getByTestId('gate-verdict')
    .getByText(/已于 .* 由 赵军（安保部） 放行/)
    .waitFor();
  await e2e.screenshot(guard, 'gate-used');
  await input.fill('FX-1999-0001');
  await input.press('Enter');
  await guard.getByTestId('gate-not-found').getByText('没有编号为 FX-1999-0001 的放行条').waitFor();
  await switchLanguage(guard, 'English');
  await input.fill(number);
  await input.press('Enter');
  await guard.getByTestId('gate-verdict').getByText(`${number} · Already used`).waitFor();
  await e2e.screenshot(guard, 'gate-used-en');
  assert.deepEqual(e2e.problems(guard), []);
});

test('KEY-1/KEY-2: a key an owner entrusts is registered, refused to a person not entrusted, handed to the owner with a signature', async () => {
  await page.getByTestId('tab-keys').click();
  await page.getByTestId('register-key').click();
  const modal = page.locator('.ant-modal').filter({ visible: true }).last();
  await pickUnit('1-403', modal);
  await modal.getByTestId('key-kind').getByText('业主委托').click();
  await modal.getByTestId('key-slot').fill('A-01');
  await pickOption('key-entrusted-by', '吴业主', modal);
  await e2e.screenshot(page, 'key-register');
  await page.getByTestId('register-key-submit').click();
  const keyDrawer = page.getByTestId('key-drawer');
  await keyDrawer.getByTestId('key-state').getByText('在柜').waitFor();

  await keyDrawer.getByTestId('key-action-issue').click();
  const issue = page.locator('.ant-modal').filter({ visible: true }).last();
  await pickOption('key-collector', '李四', issue);
  await issue.getByTestId('key-id-number').fill('110101199909099999');
  await sign('key-signature');
  await page.getByTestId('key-action-submit').click();
  await toast('李四 不是该钥匙的托管领取人，非托管人一概不得领取').waitFor();
  await e2e.screenshot(page, 'key-refused');

  await pickOption('key-collector', '吴业主', issue);
  await page.getByTestId('key-action-submit').click();
  await keyDrawer.getByTestId('key-state').getByText('已交业主').waitFor();
  await keyDrawer.getByTestId('key-log').getByText('交付领取 · 吴业主').waitFor();
  await e2e.screenshot(page, 'key-handed-over');
  assert.deepEqual(e2e.problems(page), []);
});

test('STA-1: the project manager draws this month’s property status up, signs it, and it is sent to security and the cashier', async () => {
  const pm = await e2e.newPage();
  await e2e.login(pm, 'pm');
  await pm.getByTestId('main-menu').getByText('钥匙放行').click();
  await pm.getByTestId('tab-status').click();
  const report = pm.getByTestId('status-report');
  await report.getByTestId('report-state').getByText('未制表').waitFor();
  await report.getByTestId('report-counts').getByText('1号楼 写字楼').waitFor();
  await report.getByTestId('prepare-report').click();
  await report.getByTestId('report-state').getByText('已制表待签阅').waitFor();
  await report.getByTestId('sign-report').click();
  await drawSignature(pm, padIn(pm, 'report-signature'));
  await e2e.screenshot(pm, 'status-sign');
  await pm.getByTestId('sign-report-submit').click();
  await report
    .getByTestId('report-signed')
    .getByText(/陈明（项目经理） 于 .* 签阅，已报送安保部、收费员/)
    .waitFor();
  await e2e.screenshot(pm, 'status-sent');
  await switchLanguage(pm, 'English');
  await report.getByTestId('report-state').getByText('Signed and sent').waitFor();
  await e2e.screenshot(pm, 'status-sent-en');
  await pm.getByTestId('tab-passes').click();
  await pm.getByTestId('passes-table').getByText(number).waitFor();
  await e2e.screenshot(pm, 'passes-en');
  assert.deepEqual(e2e.problems(pm), []);
});
