/**
 * Journey (TRF-1, TRF-2): the clerk records the transfer of 1-407 — the new title
 * certificate's scan, the old owner's settlement signed, the new owner's archive and safety
 * letter — is refused until the cashier has taken six months in advance, then completes it.
 */
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from '../support/browser.ts';
import { pageApi, type PageApi } from '../support/page-api.ts';
import { todayIn } from '../../src/web/features/reports/week.ts';
import { drawSignature, padIn } from '../support/signature-pad.ts';
import { createTestCustomer } from '../support/factory/index.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
let e2e: E2E;
let page: Page;
let cashier: PageApi;
let P = '';
let unitId = '';

const detail = () => page.getByTestId('transfer-detail');
const toast = (text: RegExp) => page.locator('.ant-message').getByText(text);

async function sign(testId: string): Promise<void> {
  await drawSignature(page, padIn(page, testId));
}

before(async () => {
  e2e = await startE2E();
  const cashierPage = await e2e.newPage();
  await e2e.login(cashierPage, 'cashier');
  cashier = await pageApi(cashierPage);
  P = cashier.projectId('CAMPUS');
  page = await e2e.newPage();
  await e2e.login(page, 'clerk');
  unitId = (
    await e2e.server.deps.db.k
      .selectFrom('units')
      .select('unit_id')
      .where('project_id', '=', P)
      .where('code', '=', '1-407')
      .executeTakeFirstOrThrow()
  ).unit_id;
  await createTestCustomer(e2e.server.deps, {
    projectId: P,
    kind: 'company',
    name: '金石投资有限公司',
    company: '金石投资有限公司',
    phone: '01065990001',
    unitId,
    relation: 'owner',
  });
  await page.getByTestId('main-menu').getByText('退租转让').click();
  await page.getByTestId('tab-transfers').click();
});
after(async () => {
  await e2e?.close();
});

test("TRF-1: the transfer is recorded with the new title certificate and the old owner's settlement", async () => {
  await page.getByTestId('transfer-start').click();
  await page.getByTestId('transfer-owner').click();
  await page.keyboard.type('金石');
  await page.getByTestId('transfer-owner-option').first().click();
  const day = page.locator('.ant-modal .ant-picker input');
  await day.click();
  await day.fill(todayIn('Asia/Shanghai', e2e.clock.now()));
  await day.press('Enter');
  await e2e.screenshot(page, 'transfer-1-start');
  await page.locator('.ant-modal').getByRole('button', { name: '登 记' }).click();
  await detail().getByText('已登记').waitFor();
  await detail().locator('input').first().fill('京(2026)朝阳区不动产权第0012345号');
  await detail()
    .locator('input[type=file]')
    .setInputFiles({ name: 'certificate.png', mimeType: 'image/png', buffer: PNG });
  await detail().getByText('已上传 certificate.png').waitFor();
  await e2e.screenshot(page, 'transfer-2-certificate');
  await detail().getByRole('button', { name: '登记产权证' }).click();
  await detail().getByText('已验产权证').waitFor();
  await sign('settle-signature');
  await detail().getByRole('button', { name: '结算并确认读数' }).click();
  await detail().getByText('原业主已结清').waitFor();
});

test("TRF-2/TRF-1: the new owner's archive and safety letter; six months ahead before completion", async () => {
  await detail().locator('#newName').fill('林晓东');
  await detail().locator('#newPhone').fill('13911112222');
  await detail().locator('#idNumber').fill('11010519491231002X');
  await sign('owner-signature');
  await e2e.screenshot(page, 'transfer-3-new-owner');
  await detail().getByRole('button', { name: '保存新业主档案' }).click();
  await detail().getByText('新业主已建档').waitFor();
  await detail().getByRole('button', { name: '核对预交款' }).click();
  await toast(/新业主须预交至少六个月物业费 27354\.00 元/).waitFor();
  await e2e.screenshot(page, 'transfer-4-prepay-refused');
  const newOwner = (await cashier.get(`/api/projects/${P}/customers?q=${encodeURIComponent('林晓东')}`))[0]
    .customerId;
  await cashier.post(`/api/projects/${P}/billing/prepayments`, {
    customerId: newOwner,
    unitId,
    amountFen: 2_735_400,
    method: 'transfer',
    receiptNo: 'TRF-PRE-1',
  });
  await detail().getByRole('button', { name: '核对预交款' }).click();
  await detail().getByText('已预交', { exact: true }).waitFor();
  await detail().getByRole('button', { name: '办结转让' }).click();
  await detail().getByText('已办结：原业主档案已标注转让，业主清册已更新').waitFor();
  await e2e.screenshot(page, 'transfer-5-completed');
});
