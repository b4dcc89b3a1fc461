/**
 * Journeys of the cashier's setup tabs on the campus demo (FEE-1, FEE-5): the cashier reads
 * office 1-405's electricity meter (and fixes a replaced meter), the project manager
 * decides next month's electricity price, and the cashier registers the prepaid meter of
 * 华信证券北京分公司, tops it up and sees the low-balance notice once usage brings it low.
 * The server runs on the real clock (startE2E without a clock), like the demo's readings.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, switchLanguage, type E2E } from '../support/browser.ts';
import { pickOption } from '../support/select-option.ts';

let e2e: E2E;
let cashier: Page;

/** The first day of next month where the campus is (its price changes start with a month). */
function firstOfNextMonth(): string {
  const today = e2e.clock.now().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

async function openTab(page: Page, tab: 'readings' | 'items' | 'prepaid'): Promise<void> {
  await page.getByTestId('main-menu').getByText('收费管理').click();
  await page.getByTestId(`tab-${tab}`).click();
}

before(async () => {
  e2e = await startE2E();
  cashier = await e2e.newPage();
  await e2e.login(cashier, 'cashier');
});
after(async () => {
  await e2e?.close();
});

test('FEE-1: the cashier records a reading and sees the previous reading and the consumption', async () => {
  await openTab(cashier, 'readings');
  const row = cashier.getByTestId('meter-E-1-405');
  await row.getByText('157,200.00 kWh').waitFor();
  // The shared meter comes first in the round.
  assert.equal(
    await cashier
      .getByTestId('meters-table')
      .locator('tbody tr.ant-table-row')
      .first()
      .getAttribute('data-testid'),
    'meter-E-1-公摊',
  );
  await e2e.screenshot(cashier, 'billing-readings-zh');

  await cashier.getByTestId('read-E-1-405').click();
  const modal = cashier.locator('.ant-modal', { hasText: '录入读数 · E-1-405' });
  await modal.locator('#reading_value').fill('157300');
  await modal.getByTestId('reading-preview').getByText('100.00 kWh').waitFor();
  await modal.locator('#reading_value').press('Enter');
  const result = modal.getByTestId('reading-result');
  await result.getByText('157,200.00 kWh').waitFor();
  assert.equal(await modal.getByTestId('reading-consumption').innerText(), '100.00 kWh');
  await modal.getByTestId('reading-next').getByText('E-1-602').waitFor();
  await e2e.screenshot(cashier, 'billing-reading-saved');
  await modal.getByRole('button', { name: /完\s*成/ }).click();
  await row.getByText('157,300.00 kWh').waitFor();
  await row.getByText('100.00 kWh').waitFor();
});

test('FEE-1: a reading below the last is refused with the server’s message, and accepted as a meter replacement', async () => {
  await cashier.getByTestId('read-E-1-405').click();
  const modal = cashier.locator('.ant-modal', { hasText: '录入读数 · E-1-405' });
  await modal.locator('#reading_value').fill('12.5');
  await modal.getByTestId('reading-preview').getByText('低于上次读数').waitFor();
  await modal.getByTestId('reading-submit').click();
  // The server's own refusal, on the reading field.
  await modal
    .locator('#reading_value_help')
    .getByText(/读数低于上次读数（157300\.00）；如为换表请勾选“换表”/)
    .waitFor();
  assert.equal(await modal.getByTestId('reading-result').count(), 0);

  await modal.getByTestId('reading-replaced').click();
  await modal.locator('#reading_oldFinal').fill('157350');
  await modal.getByTestId('reading-preview').getByText('62.50 kWh').waitFor();
  await e2e.screenshot(cashier, 'billing-reading-replacement');
  await modal.getByTestId('reading-submit').click();
  await modal.getByTestId('reading-result').getByText('换表').waitFor();
  assert.equal(await modal.getByTestId('reading-consumption').innerText(), '62.50 kWh');
  await modal.getByRole('button', { name: /完\s*成/ }).click();
  await cashier.getByTestId('meter-E-1-405').getByText('12.50 kWh').waitFor();
  assert.deepEqual(e2e.problems(cashier), []);
});

test('FEE-1: the project manager adds next month’s electricity price and sees both versions', async () => {
  const pm = await e2e.newPage();
  await e2e.login(pm, 'pm');
  await openTab(pm, 'items');
  const elec = pm.getByTestId('fee-ELEC');
  await elec.getByText('¥1.20 /kWh').waitFor();
  await pm.getByTestId('reprice-ELEC').click();
  const modal = pm.locator('.ant-modal', { hasText: '调价 · 电费（ELEC）' });
  const from = firstOfNextMonth();
  assert.equal(await modal.locator('#fee_effectiveFrom').inputValue(), from);
  await modal.locator('#fee_rateYuan').fill('1.35');
  await e2e.screenshot(pm, 'billing-reprice');
  await modal.getByTestId('fee-submit').click();
  await pm.getByText(`已保存 电费，自 ${from} 起生效`).waitFor();

  // The price in effect stays until the new one starts; the change is announced on the row.
  await elec.getByText(`${from} 起调价`).waitFor();
  await elec.getByText('¥1.20 /kWh').waitFor();
  await elec.locator('.ant-table-row-expand-icon').click();
  const versions = pm.getByTestId('fee-versions-ELEC');
  const v2 = versions.locator('tr', { hasText: 'v2' });
  const v1 = versions.locator('tr', { hasText: 'v1' });
  await v2.getByText('¥1.35 /kWh').waitFor();
  await v2.getByText('待生效').waitFor();
  await v1.getByText('现行').waitFor();
  await e2e.screenshot(pm, 'billing-items-zh');

  // A new item asks for what its kind is priced by: visitor parking for its tariff.
  await pm.getByTestId('new-fee-item').click();
  const add = pm.locator('.ant-modal', { hasText: '新增收费项目' });
  await pickOption(pm, {
    open: add.locator('#fee_kind'),
    option: pm.locator('.ant-select-item-option[title="临时停车"]'),
    took: add.locator('#fee_tariff_dailyCapYuan'),
  });
  assert.equal(await add.locator('#fee_rateYuan').count(), 0);
  await e2e.screenshot(pm, 'billing-fee-new');
  await add.getByRole('button', { name: /取\s*消/ }).click();

  // Meters are set up by the manager; reading them is the cashier's.
  await pm.getByTestId('tab-readings').click();
  await pm.getByTestId('meter-E-1-405').waitFor();
  assert.equal(await pm.getByTestId('read-E-1-405').count(), 0);
  await pm.getByTestId('new-meter').click();
  const meter = pm.locator('.ant-modal', { hasText: '新建表具' });
  await meter.getByText('水表').click();
  await pickOption(pm, {
    open: meter.locator('#meter_unitId'),
    type: '1-405',
    option: pm.locator('.ant-select-item-option[title="1-405"]'),
    took: meter
      .locator('.ant-select', { has: pm.locator('#meter_unitId') })
      .locator('.ant-select-content', { hasText: '1-405' }),
  });
  assert.equal(await meter.locator('#meter_code').inputValue(), 'W-1-405');
  await e2e.screenshot(pm, 'billing-meter-new');
  await meter.getByTestId('meter-submit').click();
  await pm.getByText('已新建表具 W-1-405').waitFor();
  await pm.getByTestId('meter-W-1-405').getByText('尚未抄表').waitFor();
  assert.deepEqual(e2e.problems(pm), []);
});

test('FEE-5: a prepaid meter for 华信证券北京分公司 is topped up, runs low and gets a low-balance notice', async () => {
  await cashier.getByTestId('tab-items').click();
  await cashier.getByTestId('fee-ELEC').waitFor();
  assert.equal(await cashier.getByTestId('reprice-ELEC').count(), 0, 'the cashier does not set prices');

  await cashier.getByTestId('tab-prepaid').click();
  await cashier.getByTestId('new-prepaid').click();
  const form = cashier.locator('.ant-modal', { hasText: '登记预付费电表' });
  await form.locator('#prepaid_meterNo').fill('PP-1-405');
  // The company itself, not one of its staff (they are customers too).
  await pickOption(cashier, {
    open: form.getByTestId('customer-picker'),
    type: '华信',
    option: cashier.locator('.ant-select-item-option[title^="华信证券北京分公司"]'),
    took: form.getByTestId('prepaid-unit').getByText('1-405（租户）'),
  });
  await form.locator('#prepaid_thresholdYuan').fill('50');
  await form.getByTestId('prepaid-submit').click();
  await cashier.getByText('已登记预付费电表 PP-1-405').waitFor();

  const row = cashier.getByTestId('prepaid-PP-1-405');
  await row.getByText('华信证券北京分公司').waitFor();
  await cashier.getByTestId('topup-PP-1-405').click();
  const topUp = cashier.locator('.ant-modal', { hasText: '充值 · PP-1-405' });
  await topUp.locator('#prepaidEntry_amountYuan').fill('100');
  await topUp.locator('#prepaidEntry_receiptNo').fill('YF-0001');
  await topUp.locator('#prepaidEntry_receiptNo').press('Enter');
  await cashier.getByText('PP-1-405 当前余额 ¥100.00').waitFor();
  await row.getByText('正常').waitFor();

  await cashier.getByTestId('usage-PP-1-405').click();
  const usage = cashier.locator('.ant-modal', { hasText: '记录用电 · PP-1-405' });
  await usage.locator('#prepaidEntry_amountYuan').fill('60');
  await usage.locator('#prepaidEntry_amountYuan').press('Enter');
  await cashier.getByText('PP-1-405 余额 ¥40.00 低于提醒值 ¥50.00，已记录低余额通知，请告知业主').waitFor();
  await row.getByText('余额不足').waitFor();
  assert.equal(await row.getByTestId('prepaid-balance').innerText(), '¥40.00');

  const notice = cashier.getByTestId('low-balance-notices').locator('tbody tr.ant-table-row').first();
  assert.deepEqual((await notice.locator('td').allInnerTexts()).slice(1), [
    'PP-1-405',
    '1-405',
    '华信证券北京分公司',
    '¥40.00',
    '¥50.00',
  ]);
  await e2e.screenshot(cashier, 'billing-prepaid-zh');
  assert.deepEqual(e2e.problems(cashier), []);
});

test('the setup tabs read well in English', async () => {
  await switchLanguage(cashier, 'English');
  // A fresh page, without the Chinese toasts of the last journey over the pictures.
  await cashier.reload();
  await cashier.getByTestId('tab-prepaid').getByText('Prepaid meters').waitFor();
  await cashier.locator('.ant-card-head-title', { hasText: 'Low-balance notices' }).waitFor();
  await e2e.screenshot(cashier, 'billing-prepaid-en');
  await cashier.getByTestId('tab-items').click();
  await cashier
    .getByTestId('fee-ELEC')
    .getByText(/New price \d{4}-/)
    .waitFor();
  await e2e.screenshot(cashier, 'billing-items-en');
  await cashier.getByTestId('tab-readings').click();
  await cashier.getByTestId('meter-E-1-405').waitFor();
  await e2e.screenshot(cashier, 'billing-readings-en');
  await cashier.getByTestId('read-E-1-602').click();
  await cashier
    .locator('.ant-modal', { hasText: 'Enter reading · E-1-602 (1-602)' })
    .getByText('Previous reading')
    .waitFor();
  await e2e.screenshot(cashier, 'billing-reading-en');
  await cashier.keyboard.press('Escape');
});
