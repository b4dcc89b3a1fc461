/**
 * Journey (CUS-2, CUS-3): the archivist of the residential estate imports the developer's
 * owner roster for building 3. The first file has a malformed ID number and one unit twice:
 * the preview names the rows and columns and nothing is imported; she skips the bad rows on
 * purpose, then uploads the corrected rows and imports them. An imported owner appears in
 * the archive list masked; she opens the full archive with a reason; the project manager
 * finds that view in the access log.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, switchLanguage, type E2E } from '../support/browser.ts';
import { pageApi } from '../support/page-api.ts';
import { residentId, rosterXlsx } from '../../src/server/modules/customers/roster/roster-file.ts';
import { XLSX_TYPE } from '../../src/server/modules/customers/roster/read-xlsx.ts';
import type { Cell } from '../../src/server/modules/customers/roster/roster-rules.ts';

const ID = (seq: number) => residentId('110105', '19850615', seq);
const BAD_ID = '110105198506150010';
const FIRST: Cell[][] = [
  ['3-101', '陶然', '身份证', ID(11), '13900000001', 'CH-3-101'],
  ['3-102', '苏晴', '身份证', BAD_ID, '13900000002', 'CH-3-102'], // row 3: check digit
  ['3-103', '顾北', '身份证', ID(13), '13900000003', 'CH-3-103'],
  ['3-104', '林夕', '身份证', ID(15), '13900000005', 'CH-3-104'], // rows 5 and 6: the same unit
  ['3-104', '林朝', '身份证', ID(16), '13900000006', 'CH-3-104'],
  ['3-201', '翠湖物业服务中心', '营业执照', '91110000600037341L', '010-6501 0201', 'CH-3-201'],
];
const FIXED: Cell[][] = [
  ['3-102', '苏晴', '身份证', ID(12), '13900000002', 'CH-3-102'],
  ['3-104', '林夕', '身份证', ID(15), '13900000005', 'CH-3-104'],
];

let e2e: E2E;
let page: Page;
let estate = '';

async function upload(rows: Cell[][], name: string): Promise<void> {
  await page
    .getByTestId('roster-upload')
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: XLSX_TYPE, buffer: Buffer.from(await rosterXlsx(rows)) });
  await page.getByTestId('preview-summary').waitFor();
}

before(async () => {
  e2e = await startE2E();
  // The demo's archivist works on the campus; the estate gives her the same role for its roster.
  const admin = await e2e.newPage();
  await e2e.login(admin, 'admin');
  const adminApi = await pageApi(admin);
  estate = adminApi.projectId('ESTATE');
  const archivist = (await adminApi.get<{ username: string; userId: string }[]>('/api/staff')).find(
    (s) => s.username === 'archivist',
  )!;
  const me = await (await admin.request.get('/api/auth/me')).json();
  const granted = await admin.request.put(`/api/projects/${estate}/members/${archivist.userId}/roles`, {
    data: { roles: [{ role: 'archivist', department: 'cs' }] },
    headers: { 'x-csrf-token': me.csrfToken },
  });
  assert.ok(granted.ok(), await granted.text());
  await admin.context().close();

  page = await e2e.newPage();
  await e2e.login(page, 'archivist');
  await page.goto(`/p/${estate}/archives?tab=import`);
  await page.getByRole('heading', { name: '客户档案' }).waitFor();
});
after(async () => {
  await e2e?.close();
});

test('CUS-2: a roster with a malformed ID number and a repeated unit is previewed with every bad row and column named; nothing is imported', async () => {
  await upload(FIRST, '翠湖3栋业主清册.xlsx');
  await page
    .getByTestId('preview-summary')
    .getByText('共 6 行，其中 3 行有问题，尚未导入任何数据。')
    .waitFor();
  const problems = page.getByTestId('row-problems');
  await problems
    .getByText('第 3 行 D 列（证件号码）：证件号码与证件类型不符（身份证须 18 位且校验位正确）')
    .waitFor();
  await problems.getByText('第 5 行 A 列（房号）：房号 3-104 在第 5、6 行重复出现').waitFor();
  await problems.getByText('第 6 行 A 列（房号）：房号 3-104 在第 5、6 行重复出现').waitFor();
  // The cell to fix is shown in full and in red; the others keep their numbers masked (CUS-3).
  const bad = page.locator('[data-testid="preview-row"][data-row="3"] [data-testid="cell-problem"]');
  assert.equal(await bad.getAttribute('data-column'), 'D');
  assert.equal(await bad.innerText(), BAD_ID);
  await page.getByTestId('only-problems').click();
  await page.locator('[data-testid="preview-row"][data-row="2"]').getByText('139****0001').waitFor();
  await page.getByTestId('only-problems').click();
  await page.getByTestId('commit-import').waitFor({ state: 'detached' });
  const api = await pageApi(page);
  const found = await api.get<{ total: number }>(
    `/api/projects/${estate}/archives?q=${encodeURIComponent('陶然')}`,
  );
  assert.equal(found.total, 0, 'nothing imported while the file has problems');
  await e2e.screenshot(page, 'roster-import-preview');
});

test('CUS-2: skipping the bad rows on purpose imports the other three', async () => {
  await page.getByTestId('skip-import').click();
  await page.getByText('3 个有问题的行不会导入，只导入其余 3 行。被跳过的业主需要另行补录。').waitFor();
  await e2e.screenshot(page, 'roster-import-skip-confirm');
  await page.getByTestId('skip-confirm').click();
  const done = page.getByTestId('import-done');
  await done.getByText('已导入 3 行').waitFor();
  await done.getByText('按您的选择跳过了 3 个问题行。').waitFor();
  await e2e.screenshot(page, 'roster-import-skipped');
});

test('CUS-2: the corrected rows, uploaded again, pass the check and are imported', async () => {
  await page.getByRole('button', { name: '继续导入' }).click();
  await upload(FIXED, '翠湖3栋业主清册（更正）.xlsx');
  await page.getByTestId('preview-summary').getByText('共 2 行，全部通过检查，可以导入。').waitFor();
  await e2e.screenshot(page, 'roster-import-fixed');
  await page.getByTestId('commit-import').click();
  await page.getByTestId('import-done').getByText('已导入 2 行', { exact: true }).waitFor();
  await page.getByText('清册中的所有行都已导入，业主档案已建立。').waitFor();
  // The imports list shows both files and what became of them.
  await page.locator('.ant-tag', { hasText: '已导入 3 行' }).waitFor();
  await page.locator('.ant-tag', { hasText: '已导入 2 行' }).waitFor();
  await e2e.screenshot(page, 'roster-import-done');
});

test('CUS-3: an imported owner appears in the archive list with phone and ID number masked', async () => {
  await page.getByTestId('tab-list').click();
  await page.getByTestId('archive-search').locator('input').fill('苏晴');
  await page.getByTestId('archive-search').locator('input').press('Enter');
  const row = page.locator('[data-testid="archive-row"][data-title="苏晴"]');
  await row.waitFor();
  assert.equal(await row.getByTestId('masked-phone').innerText(), '139****0002');
  assert.equal(await row.getByTestId('masked-id').innerText(), `110***********${ID(12).slice(-4)}`);
  await row.getByText('3-102（业主）').waitFor();
  await e2e.screenshot(page, 'roster-import-archive-list');
});

test('CUS-3: opening the full archive asks for a reason and shows the numbers for this view', async () => {
  await page.locator('[data-testid="archive-row"][data-title="苏晴"]').click();
  const drawer = page.getByTestId('archive-drawer');
  await drawer.waitFor();
  assert.equal(
    await drawer.getByTestId('archive-id-number').innerText(),
    `110***********${ID(12).slice(-4)}`,
  );
  await e2e.screenshot(page, 'roster-import-drawer-masked');
  await drawer.getByTestId('open-full').click();
  await page.getByTestId('open-submit').click();
  await page.getByText('请填写查看原因').waitFor();
  await page.locator('#open-archive_reason').fill('业主来电办理交房预约，核对身份');
  await e2e.screenshot(page, 'roster-import-open-reason');
  await page.getByTestId('open-submit').click();
  await drawer.getByTestId('full-view-notice').waitFor();
  assert.equal(await drawer.getByTestId('archive-id-number').innerText(), ID(12));
  assert.equal(await drawer.getByTestId('archive-phones').innerText(), '13900000002');
  await e2e.screenshot(page, 'roster-import-drawer-full');
  // Closing the drawer forgets the full view: opened again, it is masked.
  await page.locator('.ant-drawer-close').click();
  await drawer.waitFor({ state: 'detached' });
  await page.locator('[data-testid="archive-row"][data-title="苏晴"]').click();
  assert.equal(
    await page.getByTestId('archive-drawer').getByTestId('archive-id-number').innerText(),
    `110***********${ID(12).slice(-4)}`,
  );
  await page.locator('.ant-drawer-close').click();
  await page.getByTestId('archive-drawer').waitFor({ state: 'detached' });
});

test('CUS-3: the project manager sees the view in the access log: who, when, why', async () => {
  const pm = await e2e.newPage();
  await e2e.login(pm, 'estate.pm');
  await pm.goto(`/p/${estate}/archives?tab=log`);
  const row = pm.getByTestId('log-row').first();
  await row.getByText('业主来电办理交房预约，核对身份').waitFor();
  await row.getByText('吴红（档案员）').waitFor();
  await row.getByText('苏晴').waitFor();
  await row.getByText('查看完整档案').waitFor();
  await e2e.screenshot(pm, 'roster-import-access-log');
  assert.deepEqual(e2e.problems(pm), []);
});

test('the import tab reads in English too', async () => {
  await page.getByTestId('tab-import').click();
  await switchLanguage(page, 'English');
  await page.getByText('Click or drop the owner roster (.xlsx) here').waitFor();
  await page.getByText('Recent imports').waitFor();
  await e2e.screenshot(page, 'roster-import-en');
  await switchLanguage(page, '中文');
  assert.deepEqual(e2e.problems(page), []);
});
