/**
 * Journey: a front-desk clerk logs in and lands on the properties page; the screen switches
 * to English and back to 中文, and the server's messages follow the language. Repeated
 * failures are told when they may try again.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, switchLanguage } from '../support/browser.ts';

let e2e: E2E;
let page: Page;

before(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
});
after(async () => {
  await e2e?.close();
});

test('the login page is in Chinese by default and lists the demo logins, a click filling the form', async () => {
  await page.goto('/');
  await page.waitForURL(/\/login/);
  await page.getByRole('heading', { name: '登录' }).waitFor();
  const demo = page.getByTestId('demo-logins');
  await demo.getByText('密码均为 Demo2026').waitFor();
  await page.getByTestId('demo-login-clerk').getByText('前台接待/客户助理').waitFor();
  await page.getByTestId('demo-login-admin').getByText('公司管理员').waitFor();
  await page.getByTestId('demo-login-estate.pm').getByText('ESTATE', { exact: true }).waitFor();
  await page.getByTestId('demo-login-supervisor').click();
  assert.equal(await page.locator('#login-username').inputValue(), 'supervisor');
  assert.equal(await page.locator('#login-password').inputValue(), 'Demo2026');
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  await e2e.screenshot(page, 'login-zh');
});

test('a wrong password is refused with the server message in the chosen language', async () => {
  await page.getByTestId('lang-switch').getByText('English').click();
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await page.locator('#login-username').fill('clerk');
  await page.locator('#login-password').fill('not-the-password');
  await page.getByTestId('login-submit').click();
  await assert.doesNotReject(
    page.getByTestId('login-error').getByText('Wrong username or password').waitFor(),
  );
  await e2e.screenshot(page, 'login-en-error');
  await page.getByTestId('lang-switch').getByText('中文').click();
  await page.getByRole('heading', { name: '登录' }).waitFor();
});

test('after repeated failures the login page says when to try again and counts down until then', async () => {
  await page.locator('#login-username').fill('temp-guard');
  await page.locator('#login-password').fill('not-the-password');
  const submit = page.getByTestId('login-submit');
  // Five failures are free; the sixth attempt is refused before the password is checked.
  for (let i = 0; i < 6; i++) {
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await submit.click();
    await answered;
  }
  // The lock runs from the fifth failure, so the sixth answer says what is left of its 30 seconds
  // (29 when the machine took over a second between the two answers).
  const refusal = page.getByTestId('login-error').getByText(/^登录失败次数过多，请 \d+ 秒后再试$/);
  await refusal.waitFor();
  const left = Number(/(\d+) 秒/.exec(await refusal.innerText())![1]);
  assert.ok(left > 20 && left <= 30, `${left} seconds left of the 30-second lock`);
  assert.match(await page.getByTestId('login-retry-at').innerText(), /^可于 \d{2}:\d{2}:\d{2} 再次登录$/);
  assert.match(await submit.innerText(), /\d+ 秒后可再试/);
  assert.equal(await submit.isDisabled(), true);
  await e2e.screenshot(page, 'login-zh-retry');
});

test('the clerk logs in and lands on the properties page of their project', async () => {
  await e2e.login(page, 'clerk');
  await page.waitForURL(/\/p\/[0-9a-f-]+\/properties/);
  await page.getByRole('heading', { name: '楼宇房产' }).waitFor();
  await page.getByTestId('property-tree').getByText('1号楼 写字楼').waitFor();
  await page.getByTestId('unit-tile-1-2008').waitFor();
  assert.match(await page.getByTestId('project-switcher').innerText(), /国际金融中心/);
  // A clerk may look but not build: no 新建楼栋 button.
  assert.equal(await page.getByTestId('new-building').count(), 0);
  await e2e.screenshot(page, 'properties-zh');
});

test('a link naming the project by its code opens the same project, its address rewritten to the id', async () => {
  const byId = new URL(page.url()).pathname.split('/')[2]!;
  await page.goto('/p/CAMPUS/properties');
  await page.waitForURL(new RegExp(`/p/${byId}/properties$`));
  await page.getByTestId('property-tree').getByText('1号楼 写字楼').waitFor();
  await page.goto('/p/campus/properties?x=1');
  await page.waitForURL(new RegExp(`/p/${byId}/properties\\?x=1$`));
  await page.goto('/p/ESTATE/properties');
  await page.getByText('您不在该项目中').waitFor(); // the clerk is not in ESTATE: its code opens nothing
  await page.goBack();
});

test('switching to English relabels the menu, the page and the statuses', async () => {
  await switchLanguage(page, 'English');
  await page.getByRole('heading', { name: 'Properties' }).waitFor();
  const menu = page.getByTestId('main-menu');
  for (const label of ['Properties', 'Parking', 'Staff', 'Settings'])
    await menu.getByText(label, { exact: true }).waitFor();
  await page.getByTestId('status-legend').getByText('Not received').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.match(await page.evaluate(() => document.cookie), /pd_lang=en/);
  await e2e.screenshot(page, 'properties-en');
});

test('the language choice survives a reload, and switching back restores 中文', async () => {
  await page.reload();
  await page.getByRole('heading', { name: 'Properties' }).waitFor();
  await switchLanguage(page, '中文');
  await page.getByRole('heading', { name: '楼宇房产' }).waitFor();
  await page.getByTestId('main-menu').getByText('停车场').waitFor();
  assert.match(await page.evaluate(() => document.cookie), /pd_lang=zh-CN/);
  assert.deepEqual(e2e.problems(page), []);
});
