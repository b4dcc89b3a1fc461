/** REP-3 prices: fen on the wire, 元 with two decimals on screen. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatYuan, yuanToFen } from './money.ts';

test('REP-3: a price list entry in fen reads as 元 with two decimals', () => {
  assert.equal(formatYuan(8000), '¥80.00');
  assert.equal(formatYuan(1234567), '¥12,345.67');
  assert.equal(formatYuan(5), '¥0.05');
});

test('a quoted price typed in 元 becomes whole fen', () => {
  assert.equal(yuanToFen(12.5), 1250);
  assert.equal(yuanToFen(0.1 + 0.2), 30);
});
