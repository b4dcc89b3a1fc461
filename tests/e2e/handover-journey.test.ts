/**
 * Journey (HND-1..5): the estate's clerk hands over a unit of building 2 from the developer's
 * roster — the ID shown is first refused for not matching the roster, then verified with the
 * ID copy; the archive with the safety letter signed on the pad; the fees step says clearly
 * that no management fee is priced until the manager defines it; the cashier takes six months
 * ahead; keys and handbooks with one rectification item and a kept key; the owner signs the
 * document receipt — handed over. A second owner refuses the unit with a reason; the daily
 * report counts both. Skipping to the receipt through the API is refused.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, switchLanguage, type E2E } from '../support/browser.ts';
import { pageApi } from '../support/page-api.ts';
import { drawSignature, padIn } from '../support/signature-pad.ts';

let e2e: E2E;
let clerk: Page;
let P = '';
let handoverId = '';
let units: { unit_id: string; code: string; owner_name: string; id_number: string; contract_no: string }[] =
  [];

const modal = () => clerk.locator('.ant-modal').filter({ visible: true }).last();
const drawer = (page: Page) => page.getByTestId('handover-drawer');

async function sign(page: Page, testId: string): Promise<void> {
  await drawSignature(page, padIn(page, testId));
}

/** A stand-in for the scanner: a small PNG chosen in the upload's file input. */
async function scan(page: Page, within: string, name: string): Promise<void> {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );
  await page
    .getByTestId(within)
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'image/png', buffer: png });
  await page.getByText(`已上传：${name}`).waitFor();
}

async function startHandover(code: string): Promise<void> {
  await clerk.getByTestId('handover-start').click();
  await modal().getByTestId('start-unit').click();
  await clerk.keyboard.type(code);
  await clerk
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: code })
    .first()
    .click();
  await e2e.screenshot(clerk, 'handover-start');
  await modal().getByTestId('start-submit').click();
  await drawer(clerk).getByTestId('step-roster').waitFor();
}

before(async () => {
  e2e = await startE2E();
  clerk = await e2e.newPage();
  await e2e.login(clerk, 'estate.clerk');
  P = (await pageApi(clerk)).projectId('ESTATE');
  // The roster the developer handed over (the owner shows the real ID card; the test reads it here).
  units = await e2e.server.deps.db.k
    .selectFrom('roster_entries as r')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'r.project_id').onRef('u.unit_id', '=', 'r.unit_id'),
    )
    .select(['u.unit_id', 'u.code', 'r.owner_name', 'r.id_number', 'r.contract_no'])
    .where('r.project_id', '=', P)
    .orderBy('u.floor')
    .orderBy('u.code')
    .execute();
  await clerk.getByTestId('main-menu').getByText('交房入住').click();
  await clerk.getByRole('heading', { name: '交房与入住' }).waitFor();
});
after(async () => {
  await e2e?.close();
});

test('HND-1: an ID that does not match the roster is refused on the form; the matching one is verified with the ID copy', async () => {
  const u = units[0]!;
  await startHandover(u.code);
  handoverId = new URL(clerk.url()).searchParams.get('id')!;
  const form = clerk.getByTestId('step-roster');
  await form.getByTestId('roster-id-number').fill(units[1]!.id_number);
  await form.getByTestId('roster-contract').fill(u.contract_no);
  await scan(clerk, 'step-roster', 'id-copy.png');
  await form.getByTestId('step-roster-submit').click();
  await clerk.getByText(`出示的证件或购房合同与开发商业主清册（${u.owner_name}）不符`).first().waitFor();
  await form.getByText('证件号码与业主清册不符').waitFor();
  await e2e.screenshot(clerk, 'handover-roster-refused');

  await form.getByTestId('roster-id-number').fill(u.id_number.toLowerCase());
  await form.getByTestId('step-roster-submit').click();
  await drawer(clerk).getByTestId('step-archive').waitFor();
  await drawer(clerk).getByTestId('handover-facts').getByText(u.owner_name).waitFor();
});

test('HND-2: the archive with the emergency mobile, and the safety letter signed on the pad', async () => {
  const form = clerk.getByTestId('step-archive');
  await form.getByTestId('archive-emergency').fill('13700001111');
  await sign(clerk, 'safety-letter');
  await e2e.screenshot(clerk, 'handover-archive');
  await form.getByTestId('step-archive-submit').click();
  await drawer(clerk).getByText('无法计算费用').waitFor();
});

test('HND-3: no management fee priced → a clear message; once priced, six months from today, taken by the cashier', async () => {
  await drawer(clerk).getByText('没有生效的物业管理费收费项目').waitFor();
  await e2e.screenshot(clerk, 'handover-fees-no-fee');
  const pmPage = await e2e.newPage();
  await e2e.login(pmPage, 'estate.pm');
  await (
    await pageApi(pmPage)
  ).post(`/api/projects/${P}/billing/fee-items`, {
    code: 'MGMT',
    name: '物业管理费',
    kind: 'area',
    areaBasis: 'building',
    rateMillifen: 250_000,
    effectiveFrom: '2020-01-01',
  });

  await clerk.reload();
  await drawer(clerk).getByTestId('fees-waiting').waitFor();
  assert.equal(await drawer(clerk).getByTestId('fees-total').innerText(), '¥1,481.40');
  await e2e.screenshot(clerk, 'handover-fees-waiting');

  const cashier = await e2e.newPage();
  await e2e.login(cashier, 'estate.cashier');
  await cashier.goto(`/p/${P}/occupancy?tab=handover&id=${handoverId}`);
  const form = drawer(cashier).getByTestId('step-fees');
  await form.getByTestId('fees-receipt').fill('SJ-2026-0001');
  await e2e.screenshot(cashier, 'handover-fees-cashier');
  await form.getByTestId('step-fees-submit').click();
  await drawer(cashier).getByTestId('facts-fees-period').waitFor();
  const period = await drawer(cashier).getByTestId('facts-fees-period').innerText();
  assert.match(period, /^\d{4}-\d\d-\d\d ~ \d{4}-\d\d-\d\d$/);
  assert.deepEqual(e2e.problems(cashier), []);
});

test('HND-5: the receipt cannot be signed before the keys — the UI offers only the keys step and the API refuses', async () => {
  await clerk.reload();
  await drawer(clerk).getByTestId('step-keys').waitFor();
  assert.equal(await drawer(clerk).getByTestId('step-receipt').count(), 0);
  const me = await (await clerk.request.get('/api/auth/me')).json();
  const r = await clerk.request.post(`/api/projects/${P}/handovers/${handoverId}/receipt`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      signature: {
        signerName: units[0]!.owner_name,
        method: 'pad',
        image:
          'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      },
    },
  });
  assert.equal(r.status(), 409);
  assert.equal((await r.json()).error.message, '请先完成「钥匙与手册」这一步');
});

test('HND-4/KEY-1: keys and both handbooks, one rectification item, a key kept with the owner’s consent and put in the key register', async () => {
  const form = clerk.getByTestId('step-keys');
  await form.getByTestId('keys-owner-handbook').check();
  await form.getByTestId('keys-renovation-handbook').check();
  await form.getByTestId('item-add').click();
  await form.getByTestId('item-location-0').fill('主卧');
  await form.getByTestId('item-description-0').fill('窗框渗水');
  await form.getByTestId('keys-kept').check();
  await form.getByTestId('keys-consent').check();
  // The kept key goes into the key register: without its cabinet slot the step is refused on the field.
  await form.getByTestId('step-keys-submit').click();
  await form.getByText('留存的钥匙须登记放入的钥匙柜柜位').waitFor();
  await form.getByTestId('keys-slot').fill('H-01');
  await e2e.screenshot(clerk, 'handover-keys');
  await form.getByTestId('step-keys-submit').click();
  await drawer(clerk).getByTestId('step-receipt').waitFor();
  await drawer(clerk).getByText('留存整改钥匙 1 把').waitFor();
  await drawer(clerk)
    .getByTestId('kept-key')
    .getByText(/^K-\d{4} · 柜位 H-01 · 在柜$/)
    .waitFor();
});

test('HND-5: the owner signs the document receipt on the pad — the handover is complete', async () => {
  await sign(clerk, 'receipt-signature');
  await e2e.screenshot(clerk, 'handover-receipt');
  await clerk.getByTestId('step-receipt-submit').click();
  await drawer(clerk).getByText('交房已完成').waitFor();
  await drawer(clerk).getByTestId('run-state').getByText('已交房').waitFor();
  await e2e.screenshot(clerk, 'handover-completed');
  const period = await drawer(clerk).getByTestId('facts-fees-period').innerText();
  const [print] = await Promise.all([
    clerk.context().waitForEvent('page'),
    drawer(clerk).getByText('打印房屋交接表').click(),
  ]);
  await print.getByText('房屋交接表').first().waitFor();
  const html = await print.content();
  for (const day of period.split(' ~ '))
    assert.ok(html.includes(day), `HND-3: the form records the fee dates (${day})`);
  assert.ok(!html.includes(units[0]!.id_number), 'the ID number is masked');
  await e2e.screenshot(print, 'handover-form-print');
  await print.close();
});

test('HND-5: another owner does not accept the unit — the reason is recorded', async () => {
  await clerk.goto(`/p/${P}/occupancy?tab=handover`);
  await startHandover(units[1]!.code);
  await drawer(clerk).getByTestId('handover-decline').click();
  await modal().getByTestId('reason-note').fill('客厅墙面开裂，要求修复后再接房');
  await e2e.screenshot(clerk, 'handover-decline');
  await modal().getByTestId('reason-submit').click();
  await drawer(clerk).getByTestId('handover-declined').getByText('业主未接房：房屋质量问题').waitFor();
  await e2e.screenshot(clerk, 'handover-declined');
});

test('HND-5: the daily report counts the unit handed over and lists the refusal with its reason; HND-4 the item stays open', async () => {
  await clerk.goto(`/p/${P}/occupancy?tab=daily`);
  const report = clerk.getByTestId('daily-report');
  await report.getByTestId('daily-handed-over').getByText(units[0]!.code).waitFor();
  await report
    .getByTestId('daily-not-accepted')
    .getByText('房屋质量问题：客厅墙面开裂，要求修复后再接房')
    .waitFor();
  assert.equal(
    await report.getByTestId('daily-handedOver').locator('.ant-statistic-content-value').innerText(),
    '1',
  );
  assert.equal(
    await report.getByTestId('daily-notAccepted').locator('.ant-statistic-content-value').innerText(),
    '1',
  );
  await e2e.screenshot(clerk, 'handover-daily');
  const [print] = await Promise.all([
    clerk.context().waitForEvent('page'),
    report.getByText('打印交房日报表').click(),
  ]);
  await print.getByText('交房日报表').first().waitFor();
  assert.match(await print.content(), /当日交房 1 套，未接房 1 套/);
  await e2e.screenshot(print, 'handover-daily-print');
  await print.close();

  await clerk.getByTestId('tab-rectification').click();
  await clerk.getByTestId('rectification-list').getByText('窗框渗水').waitFor();
  await e2e.screenshot(clerk, 'handover-rectification');
  assert.deepEqual(e2e.problems(clerk), []);
});

test('the handover screens in English', async () => {
  await switchLanguage(clerk, 'English');
  await clerk.getByTestId('tab-daily').click();
  await clerk.getByText('Handed over to date').waitFor();
  await e2e.screenshot(clerk, 'handover-daily-en');
  await clerk.goto(`/p/${P}/occupancy?tab=handover&id=${handoverId}`);
  await drawer(clerk).getByText('Handover complete').waitFor();
  await e2e.screenshot(clerk, 'handover-completed-en');
});
