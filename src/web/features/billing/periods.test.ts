import { test } from 'node:test';
import assert from 'node:assert/strict';
import { billState, defaultDueDate, previousMonth } from './periods.ts';

test('previousMonth crosses the year', () => {
  assert.equal(previousMonth('2026-12-01'), '2026-11');
  assert.equal(previousMonth('2027-01-31'), '2026-12');
});

test('defaultDueDate is the 10th of the next month, as the server bills', () => {
  assert.equal(defaultDueDate('2026-11'), '2026-12-10');
  assert.equal(defaultDueDate('2026-12'), '2027-01-10');
});

test('FEE-3: a bill is overdue only after its due date and while money is owed', () => {
  assert.equal(billState({ outstandingFen: 0, dueDate: '2026-11-10' }, '2026-12-01'), 'paid');
  assert.equal(billState({ outstandingFen: 1, dueDate: '2026-12-10' }, '2026-12-10'), 'open');
  assert.equal(billState({ outstandingFen: 1, dueDate: '2026-12-10' }, '2026-12-11'), 'overdue');
});
