import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatRate,
  lastCompleteMonday,
  mondayOf,
  todayIn,
  weekFromParam,
  weekQuery,
  weekRange,
  xlsxUrl,
} from './week.ts';

test('mondayOf: any day of a week gives its Monday, Sunday included', () => {
  assert.equal(mondayOf('2026-11-25'), '2026-11-23');
  assert.equal(mondayOf('2026-11-23'), '2026-11-23');
  assert.equal(mondayOf('2026-11-29'), '2026-11-23');
  assert.equal(mondayOf('2027-01-01'), '2026-12-28');
});

test('weekRange and the last complete week', () => {
  assert.deepEqual(weekRange('2026-12-28'), { from: '2026-12-28', to: '2027-01-03' });
  assert.equal(lastCompleteMonday('2026-11-25'), '2026-11-16');
  assert.equal(lastCompleteMonday('2026-11-23'), '2026-11-16');
});

test('todayIn reads the day in the project zone', () => {
  assert.equal(todayIn('Asia/Shanghai', new Date('2026-11-22T17:00:00Z')), '2026-11-23');
  assert.equal(todayIn('UTC', new Date('2026-11-22T17:00:00Z')), '2026-11-22');
});

test('formatRate: a null rate is a dash, not 0%', () => {
  assert.equal(formatRate(null), '—');
  assert.equal(formatRate(1), '100%');
  assert.equal(formatRate(0), '0%');
  assert.equal(formatRate(2 / 3), '66.7%');
});

test('URLs name the week by from/to and carry the language', () => {
  assert.equal(weekQuery('2026-11-23'), 'from=2026-11-23&to=2026-11-29');
  assert.equal(
    xlsxUrl('p1', '2026-11-23', 'zh-CN'),
    '/api/projects/p1/reports/weekly.xlsx?from=2026-11-23&to=2026-11-29&lang=zh-CN',
  );
  assert.equal(weekFromParam('2026-11-26'), '2026-11-23');
  assert.equal(weekFromParam('x'), null);
  assert.equal(weekFromParam(null), null);
});
