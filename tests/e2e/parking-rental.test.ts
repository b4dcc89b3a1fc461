/**
 * Journey (PRK-1..4): the cashier on the campus rents a monthly space to the tenant company
 * of 1-405 (refused first while the licence is unchecked), finds it in the register, issues
 * its IC card against the 50 元 deposit and takes the card back with the deposit refunded,
 * prints the register for the garage cashier, and prices a visitor's 2 h 30 min stay.
 * The server's clock is real: the rental starts on the project's today.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import dayjs from 'dayjs';
import { startE2E, type E2E, switchLanguage } from '../support/browser.ts';
import { todayIn } from '../../src/web/features/reports/week.ts';
import { pickOption } from '../support/select-option.ts';

const PLATE = '京A12345';
let e2e: E2E;
let page: Page;

const row = (): Locator => page.locator(`[data-testid="rental-row"][data-plate="${PLATE}"]`);
const toast = (text: string) => page.locator('.ant-message').getByText(text);
/** antd's date pickers take typed text and confirm it with Enter. */
async function typeDate(id: string, text: string): Promise<void> {
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

before(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
  await e2e.login(page, 'cashier');
  await page.getByTestId('main-menu').getByText('停车场').click();
  await page.getByRole('heading', { name: '停车场' }).waitFor();
  await page.getByTestId('parking-nav').getByText('月租登记').click();
  await page.getByRole('heading', { name: '月租车位登记' }).waitFor();
});
after(async () => {
  await e2e?.close();
});

test('PRK-2/PRK-3: the page shows the register, the prices in effect and the parking menu still selected', async () => {
  await page.getByText(/在租 0 辆/).waitFor();
  const terms = page.getByTestId('parking-terms');
  await terms.getByText('¥100.00 / 月').waitFor();
  await terms.getByText('¥50.00（退卡退还）').waitFor();
  await terms.getByText('前 2 小时 ¥2.00，之后每小时 ¥1.00').waitFor();
  await terms.getByText('每天最多 ¥6.00').waitFor();
  assert.equal(await page.getByTestId('main-menu').locator('.ant-menu-item-selected').innerText(), '停车场');
  await e2e.screenshot(page, 'parking-rental-empty');
});

test('PRK-1: a rental with the vehicle licence not checked is refused on the checkbox', async () => {
  await page.getByTestId('new-rental').click();
  await page.getByTestId('renter-select').click();
  await page.keyboard.type('1-405');
  await page.getByTestId('renter-select-option').filter({ hasText: '华信证券北京分公司' }).click();
  // The tenant's one unit is filled in; the phone is left empty — the archive's number is kept, shown masked (CUS-3).
  await page.getByTestId('rental-unit').getByText('1-405（租户）').waitFor();
  assert.equal(await page.locator('#rental_phone').inputValue(), '');
  assert.equal(
    await page.locator('#rental_phone').getAttribute('placeholder'),
    '留空则用档案号码 010****0001',
  );
  await page.locator('#rental_plate').fill(PLATE);
  await page.locator('#rental_carModel').fill('大众帕萨特 黑色');
  await pickOption(page, {
    open: page.getByTestId('space-select'),
    type: 'B018',
    option: page.locator('.ant-select-item-option[title="B018"]'),
    took: page.getByTestId('space-select').locator('.ant-select-content', { hasText: 'B018' }),
  });
  await page.getByTestId('rental-submit').click();
  const licence = page.locator('.ant-form-item', { has: page.getByTestId('licence-checked') });
  await licence.locator('.ant-form-item-explain-error').getByText('请先查验行驶证').waitFor();
  await e2e.screenshot(page, 'parking-rental-refused');
});

test('PRK-1/PRK-4: with the licence checked the tenant of 1-405 rents the space and is in the register', async () => {
  await page.getByTestId('licence-checked').check();
  await page.getByTestId('rental-submit').click();
  await toast(`已登记 ${PLATE} 的月租车位`).waitFor();
  await row().waitFor();
  const today = todayIn('Asia/Shanghai', e2e.clock.now());
  // A month by default: today to the day before the same date next month.
  const end = dayjs(today).add(1, 'month').subtract(1, 'day').format('YYYY-MM-DD');
  const cells = await row().locator('td').allInnerTexts();
  assert.deepEqual(cells.slice(0, 9), [
    today,
    '华信证券北京分公司\n1-405',
    '010****0001',
    '大众帕萨特 黑色',
    PLATE,
    today,
    end,
    'B018',
    '未发卡',
  ]);
  await page.getByText(/在租 1 辆/).waitFor();
  await e2e.screenshot(page, 'parking-rental-registered');
});

test('PRK-3: an IC card is issued against the 50 元 deposit from the fee item', async () => {
  await row().getByTestId('issue-card').click();
  const amount = page.getByTestId('issue-card-amount');
  await amount.waitFor();
  assert.equal(await amount.innerText(), '¥50.00');
  await page.locator('#issue-card_cardNo').fill('IC-0001');
  await page.locator('#issue-card_receiptNo').fill('D-0001');
  await e2e.screenshot(page, 'parking-rental-issue-card');
  await page.getByTestId('issue-card-submit').click();
  await toast('已发放IC卡 IC-0001，收取押金 ¥50.00').waitFor();
  await row().getByTestId('card-cell').getByText('IC-0001').waitFor();
  await row().getByText('押金 ¥50.00').waitFor();
});

test('PRK-3: the card comes back and its 50 元 deposit is refunded; the register no longer shows the card', async () => {
  await row().getByTestId('return-card').click();
  const amount = page.getByTestId('return-card-amount');
  await amount.waitFor();
  assert.equal(await amount.innerText(), '¥50.00');
  await page.locator('#return-card_method').getByText('转账').click();
  await page.locator('#return-card_receiptNo').fill('D-0002');
  await e2e.screenshot(page, 'parking-rental-return-card');
  await page.getByTestId('return-card-submit').click();
  await toast('IC卡 IC-0001 已收回，退还押金 ¥50.00').waitFor();
  await row().getByText('未发卡').waitFor();
  assert.equal(await row().getByText('IC-0001').count(), 0);
});

test('PRK-4: the register prints for the garage cashier with the rental on it', async () => {
  const [print] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('register-print').click()]);
  await print.getByRole('heading', { name: '月租车位登记表' }).waitFor();
  await print.locator('td', { hasText: PLATE }).waitFor();
  assert.equal(await print.getByText('IC-0001').count(), 0, 'the returned card is off the register');
  await e2e.screenshot(print, 'parking-rental-print');
  await print.close();
  assert.match(
    (await page.getByTestId('register-xlsx').getAttribute('href')) ?? '',
    /\/parking\/register\.xlsx\?lang=zh-CN$/,
  );
});

test('PRK-2: a visitor parked 2 h 30 min pays 3 元 (2 元 for the first two hours, 1 元 for the started hour)', async () => {
  const day = todayIn('Asia/Shanghai', e2e.clock.now());
  await typeDate('stay_entryAt', `${day} 10:00`);
  await typeDate('stay_exitAt', `${day} 12:30`);
  const card = page.getByTestId('temporary-fee');
  await card.getByTestId('fee-total').getByText('¥3.00').waitFor();
  await card.getByTestId('fee-duration').getByText('2 小时 30 分钟').waitFor();
  await card.getByTestId('fee-days').getByText('¥3.00').waitFor();
  await e2e.screenshot(page, 'parking-rental-fee');
  assert.deepEqual(e2e.problems(page), []);
});

test('PRK-1..4: the page reads well in English', async () => {
  await switchLanguage(page, 'English');
  await page.getByRole('heading', { name: 'Monthly parking' }).waitFor();
  await page.getByText(/^1 vehicle in force on/).waitFor();
  await page.getByTestId('parking-terms').getByText('first 2 h ¥2.00, then ¥1.00 per started hour').waitFor();
  await e2e.screenshot(page, 'parking-rental-en');
  await page.getByTestId('new-rental').click();
  await page.getByText('New monthly rental').waitFor();
  await e2e.screenshot(page, 'parking-rental-form-en');
});
