/**
 * Draws on a signature pad the way a hand would: mouse down, a few moves, mouse up.
 * The pads sit in dialogs and drawers that zoom or slide in; strokes drawn mid-animation
 * land beside the pad — on a dialog's mask that closes it. So the pad's box is read until
 * it stands still (and is inside the viewport) before the first stroke.
 */
import type { Locator, Page } from 'playwright-core';

type Stroke = readonly [x0: number, y0: number, x1: number, y1: number];

const DEFAULT_STROKES: readonly Stroke[] = [
  [40, 40, 160, 60],
  [60, 90, 150, 80],
  [200, 50, 300, 110],
];

export async function drawSignature(
  page: Page,
  pad: Locator,
  strokes: readonly Stroke[] = DEFAULT_STROKES,
): Promise<void> {
  await pad.waitFor();
  await pad.scrollIntoViewIfNeeded();
  let box = (await pad.boundingBox())!;
  for (let last: typeof box | null = null; JSON.stringify(last) !== JSON.stringify(box);) {
    last = box;
    await page.waitForTimeout(150);
    box = (await pad.boundingBox())!;
  }
  for (const [x0, y0, x1, y1] of strokes) {
    await page.mouse.move(box.x + x0, box.y + y0);
    await page.mouse.down();
    await page.mouse.move(box.x + (x0 + x1) / 2, box.y + (y0 + y1) / 2 + 6, { steps: 4 });
    await page.mouse.move(box.x + x1, box.y + y1, { steps: 4 });
    await page.mouse.up();
  }
}

/** The pad inside the element with `testId`. */
export function padIn(page: Page, testId: string): Locator {
  return page.getByTestId(testId).getByTestId('signature-pad');
}
