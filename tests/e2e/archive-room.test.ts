/**
 * Journey (CUS-1, CUS-3, CUS-4, CUS-5) on the campus: the archivist files a service contract,
 * edits an owner's archive from the masked drawer, lends the owner's paper file with the CS
 * manager's approval, asks to export owner data, which the manager approves and she downloads
 * once; the night manager prints the emergency contact list; a moved-out tenant's archive is
 * sealed and reads as such.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from '../support/browser.ts';
import { pageApi } from '../support/page-api.ts';
import { residentId, rosterXlsx } from '../../src/server/modules/customers/roster/roster-file.ts';
import { XLSX_TYPE } from '../../src/server/modules/customers/roster/read-xlsx.ts';

let e2e: E2E;
let page: Page;
let campus = '';

// The newest toast of that text: the previous save's toast can still be on screen (3 s) when
// the next one appears; what was saved is then checked on the page itself.
const toast = (text: string) => page.locator('.ant-message').getByText(text).last();

async function openArchive(p: Page, name: string): Promise<void> {
  await p.getByTestId('tab-list').click();
  await p.getByTestId('archive-search').locator('input').fill(name);
  await p.getByTestId('archive-search').locator('input').press('Enter');
  await p.locator(`[data-testid="archive-row"][data-title="${name}"]`).click();
  await p.getByTestId('archive-drawer').waitFor();
}

async function closeDrawer(p: Page): Promise<void> {
  await p.locator('.ant-drawer-close').click();
  await p.getByTestId('archive-drawer').waitFor({ state: 'detached' });
}

before(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
  await e2e.login(page, 'archivist');
  const api = await pageApi(page);
  campus = api.projectId('CAMPUS');
  // Two owners of building 2 come in through the roster, as in production.
  const me = await (await page.request.get('/api/auth/me')).json();
  const file = await rosterXlsx([
    ['2-701', '贺知章', '身份证', residentId('110105', '19700302', 41), '13611112222', 'HT-2-701'],
    ['2-702', '明日科技有限公司', '营业执照', '91110000600037341L', '010-6501 0702', 'HT-2-702'],
  ]);
  const preview = await page.request.post(
    `/api/projects/${campus}/archives/roster/imports?fileName=roster.xlsx`,
    { data: Buffer.from(file), headers: { 'content-type': XLSX_TYPE, 'x-csrf-token': me.csrfToken } },
  );
  assert.ok(preview.ok(), await preview.text());
  await api.post(
    `/api/projects/${campus}/archives/roster/imports/${(await preview.json()).importId}/commit`,
    { skipBadRows: false },
  );
  await page.goto(`/p/${campus}/archives`);
  await page.getByRole('heading', { name: '客户档案' }).waitFor();
});
after(async () => {
  await e2e?.close();
});

test('CUS-5: a service contract is registered and listed with the customers’ archives under its class', async () => {
  await page.getByTestId('new-record').click();
  await page.locator('#record_title').fill('电梯维保服务合同');
  await page.locator('#record_reference').fill('WB-2026-018');
  await page.locator('#record_counterparty').fill('迅达电梯北京分公司');
  await e2e.screenshot(page, 'archive-record-new');
  await page.getByRole('button', { name: '保 存' }).click();
  await toast('已保存').waitFor();
  await page.getByTestId('archive-search').locator('input').fill('WB-2026');
  await page.getByTestId('archive-search').locator('input').press('Enter');
  const row = page.locator('[data-testid="archive-row"][data-title="电梯维保服务合同"]');
  await row.locator('.ant-tag', { hasText: '服务合同' }).waitFor();
  await row.getByText('迅达电梯北京分公司').waitFor();
  await page.getByTestId('archive-search').locator('input').fill('');
  await page.getByTestId('archive-search').locator('input').press('Enter');
  await page.locator('[data-testid="archive-row"][data-title="贺知章"]').waitFor();
  await e2e.screenshot(page, 'archive-list');
});

test('CUS-1: the emergency phone and a vehicle are added from the masked drawer without ever showing the stored numbers', async () => {
  await openArchive(page, '贺知章');
  await page.getByTestId('edit-archive').click();
  await page.locator('#edit-archive_emergencyPhone').fill('13700001234');
  await page.getByRole('button', { name: '添加车辆' }).click();
  await page.locator('#edit-archive_vehicles_0_plate').fill('京Q·88888');
  await page.locator('#edit-archive_vehicles_0_model').fill('比亚迪汉');
  await e2e.screenshot(page, 'archive-edit');
  await page.getByRole('button', { name: '保 存' }).click();
  await toast('已保存').waitFor();
  const facts = page.getByTestId('archive-facts');
  await facts.getByText('137****1234').waitFor();
  await facts.getByText('京Q·88888 比亚迪汉').waitFor();
  assert.equal(
    await page.getByTestId('archive-phones').innerText(),
    '136****2222',
    'the stored phone is untouched',
  );
  await facts.getByText('****-03-02').waitFor();
  await e2e.screenshot(page, 'archive-drawer-edited');
  await closeDrawer(page);
});

test('CUS-4: the owner’s paper file is lent with the CS manager’s approval and shows as out', async () => {
  await page.getByTestId('tab-loans').click();
  await page.getByTestId('new-loan').click();
  await page.locator('#lend_subjectId').fill('贺知章');
  await page.locator('.ant-select-item-option', { hasText: '贺知章' }).click();
  await page.locator('#lend_borrower').fill('工程部 刘强');
  await page.locator('#lend_purpose').fill('核对装修图纸');
  await page.locator('#lend_approverId').click();
  await page.locator('.ant-select-item-option', { hasText: '张伟（客服经理）' }).click();
  await e2e.screenshot(page, 'archive-lend');
  await page.getByRole('button', { name: '借 出' }).click();
  await toast('“贺知章”已借给工程部 刘强').waitFor();
  const row = page.locator('[data-testid="loan-row"][data-state="out"]');
  await row.getByText('工程部 刘强').waitFor();
  await row.getByText('张伟（客服经理）').waitFor();
  await e2e.screenshot(page, 'archive-loans');
});

test('CUS-3: an owner-data export is asked for, approved by the CS manager and downloaded once by the archivist', async () => {
  await page.getByTestId('tab-exports').click();
  await page.getByTestId('new-export').click();
  await page.locator('#export_purpose').fill('移交业主委员会核对业主名册');
  await page.locator('#export_recipient').fill('业主委员会');
  await e2e.screenshot(page, 'archive-export-request');
  await page.getByRole('button', { name: '提交申请' }).click();
  await toast('导出申请已提交，请等待经理审批').waitFor();
  await page.getByText('待审批').waitFor();
  assert.equal(
    await page.getByRole('button', { name: '下载' }).count(),
    0,
    'nothing to download before the approval',
  );

  const manager = await e2e.newPage();
  await e2e.login(manager, 'csmanager');
  await manager.goto(`/p/${campus}/archives?tab=exports`);
  await manager.getByRole('button', { name: '批 准' }).click();
  await manager.locator('#export-decision_note').fill('同意，仅限核对使用');
  await e2e.screenshot(manager, 'archive-export-approve');
  await manager.locator('.ant-modal-footer').getByRole('button', { name: '批 准' }).click();
  await manager.getByText('已批准', { exact: true }).waitFor();
  await e2e.screenshot(manager, 'archive-export-approved');
  assert.deepEqual(e2e.problems(manager), []);

  await page.reload();
  await page.getByRole('button', { name: '下载' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^owners-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await page.getByText('已下载').waitFor();
  assert.equal(await page.getByRole('button', { name: '下载' }).count(), 0, 'one download per approval');
  await e2e.screenshot(page, 'archive-exports');
});

test('CUS-3: the night manager prints the emergency contact list after giving its purpose', async () => {
  const night = await e2e.newPage();
  await e2e.login(night, 'nightmgr');
  await night.goto(`/p/${campus}/archives`);
  await night.getByTestId('emergency-list').click();
  await e2e.screenshot(night, 'archive-emergency-modal');
  const [print] = await Promise.all([
    night.waitForEvent('popup'),
    night.getByTestId('emergency-print').click(),
  ]);
  await print.getByRole('heading', { name: '紧急联系人名单' }).waitFor();
  await print.locator('td', { hasText: '13700001234' }).waitFor();
  await e2e.screenshot(print, 'archive-emergency-print');
  assert.equal(
    await night.getByTestId('tab-log').count(),
    0,
    'the night manager does not read the access log',
  );
});

test('CUS-5: a moved-out tenant’s archive is sealed and becomes read-only', async () => {
  await openArchive(page, '明日科技有限公司');
  await page.getByTestId('seal-archive').click();
  await page.locator('#seal-archive_reason').fill('租户已迁出');
  await page.locator('.ant-modal-footer').getByRole('button', { name: '封 存' }).click();
  await toast('档案已封存').waitFor();
  await page.getByText('该档案已封存，只能查看，不能修改。').waitFor();
  assert.equal(await page.getByTestId('edit-archive').count(), 0);
  assert.equal(await page.getByTestId('upload-scan').count(), 0);
  await e2e.screenshot(page, 'archive-sealed');
  assert.deepEqual(e2e.problems(page), []);
});
