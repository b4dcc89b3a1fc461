/**
 * Picks an option from an Ant Design select (or a date in a picker) the way a clerk does — open it, maybe type,
 * click the option — and makes sure the pick took. A click that arrives while the list is
 * still animating open can land on nothing (seen on slow CI machines), so the pick is
 * retried until `took` shows, at most three times.
 */
import type { Locator, Page } from 'playwright-core';

export interface PickOption {
  /** What opens the list (the select, or its input). */
  open: Locator;
  /** The option to click. */
  option: Locator;
  /** Typed after opening, to narrow a searchable list. */
  type?: string;
  /** Visible once the pick took (the value in the box, a field that appears…). */
  took: Locator;
}

export async function pickOption(page: Page, { open, option, type, took }: PickOption): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    // Open (and type) only when the list is not still open from a pick that missed.
    if (!(await option.first().isVisible())) {
      await open.click();
      if (type) await page.keyboard.type(type);
    }
    await option.first().waitFor();
    await page.waitForTimeout(200); // the list's opening animation
    await option.first().click();
    try {
      await took.first().waitFor({ timeout: 3_000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}
