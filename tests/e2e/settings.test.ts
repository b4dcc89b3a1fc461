/**
 * Journey: the project manager keeps the project's settings and its working-day calendar —
 * saves working hours, is told when someone else changed the project meanwhile, and imports
 * a year of holidays, with a bad line pointed out by number and nothing half-saved.
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
  await e2e.login(page, 'pm');
  await page.getByTestId('main-menu').getByText('项目设置').click();
  await page.getByRole('heading', { name: '项目设置' }).waitFor();
});
after(async () => {
  await e2e?.close();
});

test('the settings page shows the project with its 2026 holidays marked 休 and 班', async () => {
  await page.locator('#settings_name').waitFor();
  assert.equal(await page.locator('#settings_name').inputValue(), '国际金融中心');
  await page.getByTestId('calendar-list').getByText('国庆节').waitFor();
  await page.getByTestId('calendar-list').getByText('国庆调休').first().waitFor();
  await e2e.screenshot(page, 'settings-zh');
});

test("the greeting is saved, and a save over someone else's change is refused with a reload", async () => {
  await page.locator('#settings_greetingEn').fill('Good morning, IFC Customer Service. How may I help you?');
  await page.getByTestId('settings-save').click();
  await page.getByText('已保存').first().waitFor();

  // Another manager renames the project from their own session while this page is open.
  const projectId = /\/p\/([0-9a-f-]+)\//.exec(page.url())![1]!;
  const other = await e2e.newPage();
  await e2e.login(other, 'csmanager');
  const status = await other.evaluate(async (pid) => {
    const me = await (await fetch('/api/auth/me')).json();
    const p = await (await fetch(`/api/projects/${pid}`)).json();
    const res = await fetch(`/api/projects/${pid}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({ version: p.version, name: '国际金融中心（东区）' }),
    });
    return res.status;
  }, projectId);
  assert.equal(status, 200);

  await page.locator('#settings_greetingZh').fill('您好，国际金融中心客户服务中心。');
  await page.getByTestId('settings-save').click();
  await page.locator('.ant-modal-confirm-title').getByText('记录已被他人修改').waitFor();
  assert.equal(await page.locator('.ant-modal-confirm').count(), 1);
  await e2e.screenshot(page, 'settings-conflict');
  await page.getByRole('button', { name: '重新加载' }).click();
  await page.waitForFunction(
    () =>
      (document.querySelector('#settings_name') as HTMLInputElement | null)?.value === '国际金融中心（东区）',
  );
});

test('a calendar list with a bad line is refused and the line is named', async () => {
  await page.getByTestId('calendar-import').click();
  const text = page.getByTestId('calendar-text');
  assert.match(await text.inputValue(), /2026-10-01\.\.2026-10-07 holiday 国庆节/);
  await text.fill(
    [
      '2026-10-01..2026-10-07 holiday 国庆节',
      '2026-13-40 holiday 不存在的日子',
      '2026-10-10 workday 国庆调休',
    ].join('\n'),
  );
  await page.getByRole('button', { name: '导入并替换' }).click();
  await page
    .getByTestId('calendar-problems')
    .getByText('第 2 行无法识别：2026-13-40 holiday 不存在的日子')
    .waitFor();
  await e2e.screenshot(page, 'calendar-import-error');
  // Nothing was replaced: the spring festival is still there.
  await page
    .locator('.ant-modal')
    .getByRole('button', { name: /取\s*消/ })
    .click();
  await page.getByTestId('calendar-list').getByText('春节', { exact: true }).waitFor();
});

test('a corrected list replaces the year', async () => {
  await page.getByTestId('calendar-import').click();
  await page
    .getByTestId('calendar-text')
    .fill(['2026-10-01..2026-10-08 holiday 国庆节', '2026-10-10 班 国庆调休'].join('\n'));
  await page.getByRole('button', { name: '导入并替换' }).click();
  await page.getByText('2026 年日历已保存，共 9 天').waitFor();
  const list = page.getByTestId('calendar-list');
  await list.getByText('国庆节').waitFor();
  assert.equal(await list.getByText('春节', { exact: true }).count(), 0);
  assert.deepEqual(e2e.problems(page), []);
});

test('the settings page reads well in English', async () => {
  await switchLanguage(page, 'English');
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  await page.getByText('Working-day calendar').waitFor();
  await e2e.screenshot(page, 'settings-en');
});
