/**
 * Journey (RPT-1): the supervisor's weekly statistics page. A complaint is taken and classified
 * through the API; the page, set to this week with the week picker, counts it in the type ×
 * level matrix (CMP-10) and shows the requests (REQ-3) and callbacks (CBK-2) sections as the
 * API reports them; the Excel link downloads the workbook. A clerk has no menu entry.
 * The server and the page live on the harness's chosen day (E2E_START), so "this week" is the
 * week holding that day in the project's zone, whatever day the suite runs on; the same page
 * on the days a calendar turns is tests/e2e/report-dates.test.ts.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, switchLanguage } from '../support/browser.ts';
import { pageApi, type PageApi } from '../support/page-api.ts';
import {
  formatRate,
  lastCompleteMonday,
  mondayOf,
  todayIn,
  weekQuery,
} from '../../src/web/features/reports/week.ts';
import { pickOption } from '../support/select-option.ts';

let e2e: E2E;
let sup: Page;
let api: PageApi;
let pid = '';
let monday = '';
let before0: any;
let number = '';

const report = (): Promise<any> => api.get(`/api/projects/${pid}/reports/weekly?${weekQuery(monday)}`);
const cell = (type: string, col: string) =>
  sup.getByTestId('complaint-matrix').locator(`tr[data-type="${type}"] [data-col="${col}"]`);

before(async () => {
  e2e = await startE2E();
  sup = await e2e.newPage();
  await e2e.login(sup, 'supervisor');
  api = await pageApi(sup);
  pid = api.projectId('CAMPUS');
  const project = await api.get(`/api/projects/${pid}`);
  monday = mondayOf(todayIn(project.timeZone, e2e.clock.now()));
  before0 = await report();
  let t = await api.post(`/api/projects/${pid}/tickets`, {
    kind: 'complaint',
    customerName: '周建国',
    company: '华信证券北京分公司',
    contactPhone: '13801010001',
    publicArea: '2号楼大堂',
    description: '大堂空调不制冷，下午闷热',
  });
  t = await api.post(`/api/projects/${pid}/tickets/${t.ticketId}/classify`, {
    version: t.version,
    validity: 'valid',
    level: 'important',
    complaintType: 'energy',
  });
  assert.equal(t.level, 'important');
  number = t.number;
});
after(async () => {
  await e2e?.close();
});

test('CMP-10: the supervisor picks this week and sees the new complaint counted by type and level', async () => {
  await sup.getByTestId('main-menu').getByText('周报统计').click();
  await sup.getByTestId('weekly-report').waitFor();
  // Default: the last complete week.
  const today = todayIn('Asia/Shanghai', e2e.clock.now());
  await sup.locator(`[data-testid="weekly-report"][data-from="${lastCompleteMonday(today)}"]`).waitFor();
  // Any week from the picker: the week holding the 1st of the month on show.
  const first = `${today.slice(0, 8)}01`;
  await pickOption(sup, {
    open: sup.getByTestId('week-picker'),
    option: sup.locator(`.ant-picker-dropdown td[title="${first}"]`),
    took: sup.locator(`[data-testid="weekly-report"][data-from="${mondayOf(first)}"]`),
  });
  // This week in one click, from whatever week is on show.
  await sup.getByTestId('week-this').click();
  await sup.locator(`[data-testid="weekly-report"][data-from="${monday}"]`).waitFor();
  assert.equal(new URL(sup.url()).searchParams.get('week'), monday);
  assert.equal(await sup.getByTestId('week-this').isDisabled(), true, 'already on this week');

  const now = await report();
  const type = (r: any, ty: string) => r.complaints.matrix.find((m: any) => m.type === ty);
  assert.equal(type(now, 'energy').important, type(before0, 'energy').important + 1, 'the API counts it');
  assert.equal(now.complaints.totals.total, before0.complaints.totals.total + 1);
  await sup
    .locator(`[data-testid="complaint-matrix"] tr[data-type="energy"] [data-col="important"]`)
    .filter({ hasText: String(type(now, 'energy').important) })
    .waitFor();
  assert.equal((await cell('energy', 'total').innerText()).trim(), String(type(now, 'energy').total));
  assert.equal((await cell('total', 'total').innerText()).trim(), String(now.complaints.totals.total));
  assert.equal(
    (await sup.getByTestId('complaints-received').locator('.ant-statistic-content-value').innerText()).trim(),
    String(now.complaints.received),
  );
  assert.ok(number.length > 0);
  await e2e.screenshot(sup, 'weekly-report-zh');
  await sup.screenshot({ path: 'test-results/screenshots/weekly-report-zh-full.png', fullPage: true });
  assert.deepEqual(e2e.problems(sup), []);
});

test('REQ-3 and CBK-2: requests and callbacks read as the API reports them; a rate with nothing to rate is "—"', async () => {
  const now = await report();
  const requests = sup.getByTestId('requests-card');
  await requests.getByText(formatRate(now.requests.onTimeRate), { exact: true }).first().waitFor();
  const total = sup.getByTestId('callbacks-card').locator('tr[data-kind="total"]');
  assert.equal(
    (await total.locator('[data-col="callbackRate"]').innerText()).trim(),
    formatRate(now.callbacks.total.callbackRate),
  );
  assert.equal(
    (await total.locator('[data-col="satisfactionRate"]').innerText()).trim(),
    formatRate(now.callbacks.total.satisfactionRate),
  );
  const nullRow = now.callbacks.rows.find((r: any) => r.kind !== 'total' && r.callbackRate === null);
  if (nullRow)
    assert.equal(
      (
        await sup
          .locator(`[data-testid="callbacks-card"] tr[data-kind="${nullRow.kind}"] [data-col="callbackRate"]`)
          .innerText()
      ).trim(),
      '—',
    );
  const paid = (await sup.getByTestId('paid-sum').innerText()).trim();
  assert.match(paid, /^¥[\d,]+\.\d\d$/, `money in 元 with two decimals: ${paid}`);
});

test("RPT-1: the Excel link downloads this week's workbook in the screen language", async () => {
  const href = await sup.getByTestId('weekly-export').getAttribute('href');
  assert.ok(href, 'a plain link');
  const u = new URL(href, 'http://x');
  assert.equal(u.searchParams.get('from'), monday);
  assert.equal(u.searchParams.get('lang'), 'zh-CN');
  const res = await sup.evaluate(async (url) => {
    const r = await fetch(url, { credentials: 'same-origin' });
    const body = new Uint8Array(await r.arrayBuffer());
    return {
      status: r.status,
      type: r.headers.get('content-type'),
      zip: body[0] === 0x50 && body[1] === 0x4b,
      size: body.length,
    };
  }, href);
  assert.equal(res.status, 200);
  assert.equal(res.type, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.ok(res.zip && res.size > 1000, 'an xlsx (zip) file');
});

test('the page reads in English, and the export follows the language', async () => {
  await switchLanguage(sup, 'English');
  await sup.getByRole('heading', { name: 'Weekly report' }).waitFor();
  await sup.getByTestId('main-menu').getByText('Weekly report').waitFor();
  await sup.getByTestId('complaint-matrix').getByText('Important').waitFor();
  const href = await sup.getByTestId('weekly-export').getAttribute('href');
  assert.equal(new URL(href!, 'http://x').searchParams.get('lang'), 'en');
  await e2e.screenshot(sup, 'weekly-report-en');
  await sup.screenshot({ path: 'test-results/screenshots/weekly-report-en-full.png', fullPage: true });
  assert.deepEqual(e2e.problems(sup), []);
});

test('a clerk has no weekly report in the menu', async () => {
  const clerk = await e2e.newPage();
  await e2e.login(clerk, 'clerk');
  await clerk.getByTestId('main-menu').getByText('工单队列').waitFor();
  assert.equal(await clerk.getByTestId('main-menu').getByText('周报统计').count(), 0);
});
