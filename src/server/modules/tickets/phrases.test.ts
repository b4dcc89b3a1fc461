import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagTaboo, STANDARD_PHRASES } from './phrases.ts';

test('PHR-1: the standard phrases exist in Chinese and English for every situation the manual names', () => {
  for (const group of ['greeting', 'hold', 'take_message', 'absent_colleague', 'closing']) {
    assert.ok(STANDARD_PHRASES[group]!.length > 0, group);
    for (const p of STANDARD_PHRASES[group]!) {
      assert.match(p.zh, /[\u4e00-\u9fff]/);
      assert.match(p.en, /^[\x20-\x7e…]+$/);
    }
  }
});

test('PHR-1: taboo phrases are flagged with the polite alternative', () => {
  assert.deepEqual(
    flagTaboo('他不在，你晚点再打吧').map((h) => h.phrase),
    ['他不在'],
  );
  assert.deepEqual(
    flagTaboo('她不知道去了哪里').map((h) => h.phrase),
    ['不知道去哪了'],
  );
  assert.deepEqual(
    flagTaboo('他仍未上班').map((h) => h.phrase),
    ['仍未上班'],
  );
  assert.deepEqual(
    flagTaboo('这个不归我管').map((h) => h.phrase),
    ['不归我管'],
  );
  assert.deepEqual(
    flagTaboo('请稍等').map((h) => h.phrase),
    ['稍等'],
  );
  assert.match(flagTaboo('他不在')[0]!.alternativeZh, /出去办点事/);
  assert.deepEqual(flagTaboo('周先生，请您稍等，我马上为您查询。'), []);
  assert.deepEqual(flagTaboo('很抱歉，他刚刚出去办点事，很快就回来。'), []);
});
