/**
 * Journey (TKT-5, CMP-6): a minor complaint, found valid, must be solved within half a day
 * (4 hours). The queue is open in the browser; the server's clock is moved past the deadline
 * and its sweeper fires — the row turns red without a reload, and the engineering department
 * head's bell says the complaint was escalated to them.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { E2E_START, startE2E, type E2E, switchLanguage } from '../support/browser.ts';
import { pageApi } from '../support/page-api.ts';
import { FixedClock } from '../../src/server/platform/clock.ts';

// The journeys' working day (never the real date); the server's time stands still until moved.
const clock = new FixedClock(E2E_START);
let e2e: E2E;
let sup: Page;
let head: Page;
let pid = '';
let number = '';

before(async () => {
  e2e = await startE2E({ clock });
  sup = await e2e.newPage();
  await e2e.login(sup, 'supervisor');
  head = await e2e.newPage();
  await e2e.login(head, 'enghead');
  const api = await pageApi(sup);
  pid = api.projectId('CAMPUS');
  let t = await api.post(`/api/projects/${pid}/tickets`, {
    kind: 'complaint',
    customerName: '林晓梅',
    company: '华信证券北京分公司',
    contactPhone: '13801010002',
    publicArea: '1号楼 B1 车库入口',
    description: '车库入口道闸抬杆很慢，早高峰排队',
  });
  t = await api.post(`/api/projects/${pid}/tickets/${t.ticketId}/classify`, {
    version: t.version,
    validity: 'valid',
    level: 'minor',
    complaintType: 'equipment',
  });
  t = await api.post(`/api/projects/${pid}/tickets/${t.ticketId}/forward`, {
    version: t.version,
    department: 'engineering',
  });
  assert.equal(t.nextDueKind, 'resolve');
  assert.equal(Date.parse(t.nextDueAt) - Date.parse(t.receivedAt), 4 * 3600_000, 'CMP-6 minor: half a day');
  number = t.number;
});
after(async () => {
  await e2e?.close();
});

const row = () => sup.locator(`tr[data-number="${number}"]`);

test("TKT-5: the queue counts down to the complaint's 4-hour deadline in the server's time", async () => {
  await sup.getByTestId('main-menu').getByText('工单队列').click();
  await row().waitFor();
  assert.equal(await row().getAttribute('data-overdue'), '0');
  assert.match(await row().getByTestId('countdown').innerText(), /^解决\s*3:59:\d\d$/);
  await sup.evaluate(() => ((window as unknown as { stillThisPage: boolean }).stillThisPage = true));
  await head.getByTestId('main-menu').getByText('工单队列').click();
  await head.locator(`tr[data-number="${number}"]`).waitFor();
  assert.equal(await head.getByTestId('notification-count').locator('.ant-badge-count').count(), 0);
  await e2e.screenshot(sup, 'queue-countdown-zh');
});

test('TKT-5/CMP-6: past the deadline the sweeper escalates it; the row turns red without a reload', async () => {
  clock.advanceMinutes(4 * 60 + 1);
  await sup.locator(`tr[data-number="${number}"][data-overdue="1"]`).waitFor({ timeout: 15_000 });
  assert.equal(
    await sup.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage),
    true,
    'the same page, not reloaded',
  );
  assert.match(await row().getByTestId('countdown').innerText(), /^解决\s*超时 0[01]:\d\d$/);
  const background = await row().evaluate((tr) => getComputedStyle(tr).backgroundColor);
  assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the row is tinted');
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  assert.ok(r! > g! && r! > b!, `the row is red: ${background}`);
  await e2e.screenshot(sup, 'queue-overdue-zh');
  // CMP-6: not solved in time → the department manager is told.
  const count = head.getByTestId('notification-count').locator('.ant-badge-count');
  await count.waitFor();
  await head.getByTestId('notification-bell').click();
  await head
    .getByTestId('notification')
    .filter({ hasText: `${number} 未按时解决，已上报部门经理` })
    .waitFor();
  await e2e.screenshot(head, 'notifications-escalated-zh');
  assert.deepEqual(e2e.problems(sup), []);
  assert.deepEqual(e2e.problems(head), []);
});

test('the overdue complaint reads well on its own page and in English', async () => {
  await row().click();
  await sup.getByRole('heading', { name: number }).waitFor();
  await sup
    .getByTestId('timeline')
    .getByText(/解决期限已过（应于 .+ 前），已上报部门经理/)
    .waitFor();
  assert.equal(await sup.getByTestId('countdown').first().getAttribute('data-overdue'), '1');
  await e2e.screenshot(sup, 'ticket-overdue-zh');
  await switchLanguage(sup, 'English');
  await sup.getByTestId('main-menu').getByText('Queue').click();
  await sup.locator(`tr[data-number="${number}"][data-overdue="1"]`).waitFor();
  await e2e.screenshot(sup, 'queue-overdue-en');
  assert.deepEqual(e2e.problems(sup), []);
});
