/**
 * Journey (ORG-1, ORG-2): the project manager creates an account for a new front-desk clerk,
 * reads the initial password off the screen once, logs out; the new clerk logs in, must
 * choose their own password first, and then works in the project.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, switchLanguage } from '../support/browser.ts';

let e2e: E2E;
let page: Page;
let initialPassword = '';

before(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
  await e2e.login(page, 'pm');
});
after(async () => {
  await e2e?.close();
});

test("the staff page lists the project's people with their roles and departments", async () => {
  await page.getByTestId('main-menu').getByText('员工').click();
  await page.getByRole('heading', { name: '员工' }).waitFor();
  const table = page.getByTestId('staff-table');
  await table.getByText('王芳（前台）').waitFor();
  await table.getByText('前台接待/客户助理 · 客服部').waitFor();
  await table.locator('tr', { hasText: 'pm' }).getByText('项目经理 · 管理部').waitFor();
  await e2e.screenshot(page, 'staff-zh');
});

test('ORG-2: the pm manages only people below him and offers only roles below his own', async () => {
  const own = page.getByTestId('staff-table').locator('tr', { hasText: '陈明（项目经理）' });
  assert.equal(await own.getByTestId('staff-reset').isDisabled(), true);
  assert.equal(await own.getByTestId('staff-disable').isDisabled(), true);
  const clerkRow = page.getByTestId('staff-table').locator('tr', { hasText: '王芳（前台）' });
  assert.equal(await clerkRow.getByTestId('staff-reset').isDisabled(), false);
  await page.getByTestId('new-staff').click();
  await page.locator('#staff_roles').click();
  const options = page.locator('.ant-select-dropdown', { has: page.locator('#staff_roles_list') });
  await options.getByTitle('档案员').waitFor();
  assert.equal(await options.getByTitle('项目经理').count(), 0);
  await page.getByText('只能授予低于您自己的角色').waitFor();
  await page.keyboard.press('Escape');
  await page
    .locator('.ant-modal')
    .filter({ visible: true })
    .getByRole('button', { name: /取\s*消/ })
    .click();
  await page.locator('.ant-modal').filter({ visible: true }).waitFor({ state: 'detached' });
});

test('ORG-2: the pm creates a clerk account and is shown the initial password once', async () => {
  await page.getByTestId('new-staff').click();
  await page.locator('#staff_username').fill('e2e.clerk');
  await page.locator('#staff_displayName').fill('林小雨（新前台）');
  await page.locator('#staff_phone').fill('13800138000');
  initialPassword = await page.locator('#staff_password').inputValue();
  assert.match(initialPassword, /^(?=.*[A-Za-z])(?=.*\d).{8,}$/);
  await page.locator('#staff_roles').click();
  await page
    .locator('.ant-select-dropdown', { has: page.locator('#staff_roles_list') })
    .getByTitle('前台接待/客户助理')
    .click();
  await page.keyboard.press('Escape');
  await e2e.screenshot(page, 'staff-form');
  await page.getByTestId('staff-submit').click();
  const creds = page.getByTestId('credentials');
  await creds.waitFor();
  assert.equal(await creds.getByTestId('cred-username').innerText(), 'e2e.clerk');
  assert.equal(await creds.getByTestId('cred-password').innerText(), initialPassword);
  await e2e.screenshot(page, 'staff-created');
  await page.getByRole('button', { name: '已交给本人' }).click();
  const row = page.getByTestId('staff-table').locator('tr', { hasText: 'e2e.clerk' });
  await row.getByText('前台接待/客户助理').waitFor();
  await row.getByText('待改密').waitFor();
});

test('the pm logs out', async () => {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);
  const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
  assert.equal(me, 401);
});

test('ORG-1: the new clerk logs in, chooses a password first, then sees their project', async () => {
  await e2e.login(page, 'e2e.clerk', initialPassword);
  await page.waitForURL(/\/change-password/);
  await page.getByText('首次登录或密码被重置后，请先设置您自己的密码。').waitFor();
  await e2e.screenshot(page, 'change-password');
  await page.locator('input[autocomplete="current-password"]').fill(initialPassword);
  const fresh = page.locator('input[autocomplete="new-password"]');
  await fresh.nth(0).fill('Frontdesk2026');
  await fresh.nth(1).fill('Frontdesk2026');
  await page.getByTestId('password-submit').click();
  await page.waitForURL(/\/p\/[0-9a-f-]+\/properties/);
  assert.match(await page.getByTestId('project-switcher').innerText(), /国际金融中心/);
  await page.getByTestId('property-tree').getByText('1号楼 写字楼').waitFor();
  await page.getByTestId('user-menu').getByText('林小雨（新前台）').waitFor();
  // A clerk reads the staff list but manages no one.
  await page.getByTestId('main-menu').getByText('员工').click();
  await page.getByTestId('staff-table').getByText('e2e.clerk').waitFor();
  assert.equal(await page.getByTestId('new-staff').count(), 0);
  assert.deepEqual(e2e.problems(page), []);
});

test('the staff page reads well in English', async () => {
  await switchLanguage(page, 'English');
  await page.getByRole('heading', { name: 'Staff' }).waitFor();
  await page.getByTestId('staff-table').getByText('Front-desk clerk · Customer Service').first().waitFor();
  await e2e.screenshot(page, 'staff-en');
});
