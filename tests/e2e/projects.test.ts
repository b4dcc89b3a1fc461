/**
 * Journey (ORG-1): the company admin sees every project, opens a new one, and finds it in
 * the project switcher; a project's own staff do not get the company page.
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
  await e2e.login(page, 'admin');
});
after(async () => {
  await e2e?.close();
});

test('ORG-1: the company admin sees all projects on the company page', async () => {
  await page.getByTestId('main-menu').getByText('公司项目').click();
  await page.getByRole('heading', { name: '公司项目' }).waitFor();
  await page.getByText('国际金融中心').first().waitFor();
  await page.getByText('翠湖花园').first().waitFor();
  await e2e.screenshot(page, 'projects-zh');
});

test('ORG-1: a new project is created and opens on its settings', async () => {
  await page.getByTestId('new-project').click();
  const modal = page.locator('.ant-modal');
  await modal.locator('#code').fill('PARK');
  await modal.locator('#name').fill('科技园公寓');
  await modal.getByRole('button', { name: /创\s*建/ }).click();
  await page.getByText('项目 科技园公寓 已创建').waitFor();
  await page.getByRole('heading', { name: '项目设置' }).waitFor();
  assert.match(await page.getByTestId('project-switcher').innerText(), /科技园公寓/);
  // Departments (ORG-3) and the default working hours come with every new project.
  assert.equal(await page.locator('#settings_name').inputValue(), '科技园公寓');
  await page.getByTestId('project-switcher').click();
  await page.getByRole('menuitem', { name: /翠湖花园/ }).click();
  await page.getByRole('heading', { name: '项目设置' }).waitFor();
  await page.waitForFunction(
    () => (document.querySelector('#settings_name') as HTMLInputElement | null)?.value === '翠湖花园',
  );
});

test('the company page reads well in English', async () => {
  await switchLanguage(page, 'English');
  await page.getByTestId('main-menu').getByText('Projects').click();
  await page.getByRole('heading', { name: 'Projects' }).waitFor();
  await page.getByText('Residential estate').waitFor();
  await e2e.screenshot(page, 'projects-en');
  assert.deepEqual(e2e.problems(page), []);
});

test('a project clerk is not offered the company page and is refused it by address', async () => {
  const clerk = await e2e.newPage();
  await e2e.login(clerk, 'clerk');
  assert.equal(await clerk.getByTestId('main-menu').getByText('公司项目').count(), 0);
  await clerk.goto('/admin/projects');
  await clerk.getByText('您没有访问此页面的权限').waitFor();
});
