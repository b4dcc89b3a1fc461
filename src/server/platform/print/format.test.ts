import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fenToYuan, yuanInWords } from './format.ts';

test('yuanInWords writes receipts’ capitals (人民币大写) from fen', () => {
  const cases: [number, string][] = [
    [0, '零元整'],
    [1, '壹分'],
    [10, '壹角整'],
    [5000, '伍拾元整'],
    [105769, '壹仟零伍拾柒元陆角玖分'],
    [100005, '壹仟元零伍分'],
    [1000000, '壹万元整'],
    [10010000, '壹拾万零壹佰元整'],
    [100000000, '壹佰万元整'],
    [1234567890, '壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角整'],
    [10000000000, '壹亿元整'],
    [10000010000, '壹亿零壹佰元整'],
    [20304, '贰佰零叁元零肆分'],
    [45600, '肆佰伍拾陆元整'],
  ];
  for (const [fen, words] of cases) assert.equal(yuanInWords(fen), words, `${fen} fen`);
  assert.throws(() => yuanInWords(-1), RangeError);
  assert.throws(() => yuanInWords(1.5), RangeError);
});

test('fenToYuan is exact for large amounts', () => {
  assert.equal(fenToYuan(900_719_925_474_099), '9007199254740.99');
});
