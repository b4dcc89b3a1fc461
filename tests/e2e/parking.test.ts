/**
 * Journey (PRP-1): the project manager looks over the parking areas, opens a new area with
 * its spaces numbered in one go, and takes a space out of service and back.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, switchLanguage } from '../support/browser.ts';
import { pickOption } from '../support/select-option.ts';

let e2e: E2E;
let page: Page;

before(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
  await e2e.login(page, 'pm');
  await page.getByTestId('main-menu').getByText('停车场').click();
  await page.getByRole('heading', { name: '停车场' }).waitFor();
});
after(async () => {
  await e2e?.close();
});

test('PRP-1: the parking page lists the 790 underground and 28 surface spaces', async () => {
  await page.getByText('2 个停车区，共 818 个车位').waitFor();
  const rowB = page.locator('tr', { hasText: '地下停车场' });
  await rowB.getByText('790', { exact: true }).first().waitFor();
  await page.getByTestId('space-B001').waitFor();
  await e2e.screenshot(page, 'parking-zh');
});

test('PRP-1: a new area is created with its spaces numbered from a prefix and a start', async () => {
  await page.getByTestId('new-area').click();
  await page.locator('#area_code').fill('C');
  await page.locator('#area_name').fill('访客临时车位');
  await pickOption(page, {
    open: page.locator('#area_kind'),
    option: page
      .locator('.ant-select-dropdown', { has: page.locator('#area_kind_list') })
      .getByTitle('地面', { exact: true }),
    took: page
      .locator('.ant-select', { has: page.locator('#area_kind') })
      .locator('.ant-select-content', { hasText: '地面' }),
  });
  await page.locator('#area_spaces_count').fill('24');
  await page.locator('#area_spaces_prefix').fill('V');
  await page.locator('#area_spaces_width').fill('2');
  await page.getByTestId('spaces-preview').getByText('V01').waitFor();
  await page.getByTestId('spaces-preview').getByText('V24').waitFor();
  await e2e.screenshot(page, 'parking-new-area');
  await page
    .locator('.ant-modal')
    .getByRole('button', { name: /创\s*建/ })
    .click();
  await page.getByText('已创建 访客临时车位，共 24 个车位').waitFor();
  await page.getByTestId('space-V24').waitFor();
});

test('a space is taken out of service and put back', async () => {
  await page.getByTestId('space-V03').click();
  await page.getByTestId('space-actions').getByText('空闲').waitFor();
  await page.getByTestId('space-toggle').click();
  await page.getByText('车位 V03 已停用').waitFor();
  await page.getByTestId('space-actions').getByText('停用', { exact: true }).waitFor();
  const rowC = page.locator('tr', { hasText: '访客临时车位' });
  assert.deepEqual(await rowC.locator('td').allInnerTexts(), [
    'C',
    '访客临时车位',
    '地面',
    '24',
    '23',
    '0',
    '0',
    '0',
    '1',
  ]);
  await e2e.screenshot(page, 'parking-disabled');
  await page.getByTestId('space-toggle').click();
  await page.getByText('车位 V03 已恢复启用').waitFor();
  await page.getByTestId('space-actions').getByText('空闲').waitFor();
  assert.deepEqual(e2e.problems(page), []);
});

test('the parking page reads well in English', async () => {
  await switchLanguage(page, 'English');
  await page.getByRole('heading', { name: 'Parking' }).waitFor();
  await page.getByText('3 areas, 842 spaces').waitFor();
  await e2e.screenshot(page, 'parking-en');
});
