/** Server field problems land on the form items they name; the rest are handed back. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFieldErrors, toNamePath } from './field-errors.ts';

test('dotted paths become antd name paths with numeric list indexes', () => {
  assert.deepEqual(toNamePath('segments.0.fromFloor'), ['segments', 0, 'fromFloor']);
  assert.deepEqual(toNamePath('code'), ['code']);
});

test('problems on fields the form has are set there; others are returned to be shown elsewhere', () => {
  const set: unknown[] = [];
  const form = {
    getFieldsValue: () => ({ code: '5', segments: [{ fromFloor: 1 }, { fromFloor: 9 }] }),
    setFields: (fields: unknown[]) => set.push(...fields),
  } as unknown as Parameters<typeof applyFieldErrors>[0];
  const rest = applyFieldErrors(form, [
    { path: 'segments.1.fromFloor', message: '楼层范围超出楼栋层数（1–6）' },
    { path: 'code', message: '编号已存在' },
    { path: 'numberingPattern', message: '编号规则生成了重复的房号' },
  ]);
  assert.deepEqual(set, [
    { name: ['segments', 1, 'fromFloor'], errors: ['楼层范围超出楼栋层数（1–6）'] },
    { name: ['code'], errors: ['编号已存在'] },
  ]);
  assert.deepEqual(rest, [{ path: 'numberingPattern', message: '编号规则生成了重复的房号' }]);
});
