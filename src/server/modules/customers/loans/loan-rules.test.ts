import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysBetween, daysOverdue, lendProblems, loanState, returnProblems } from './loan-rules.ts';

const today = '2026-11-25';

test('CUS-4: a file goes out today or earlier and is due back on or after the day it went out', () => {
  assert.deepEqual(lendProblems({ outDay: today, dueDay: today, today }), []);
  assert.deepEqual(
    lendProblems({ outDay: '2026-11-20', dueDay: '2026-12-20', today }),
    [],
    'recorded afterwards',
  );
  assert.deepEqual(lendProblems({ outDay: '2026-11-26', dueDay: '2026-12-01', today }), [
    { path: 'outDay', key: 'loan.out_in_future' },
  ]);
  assert.deepEqual(lendProblems({ outDay: today, dueDay: '2026-11-24', today }), [
    { path: 'dueDay', key: 'loan.due_before_out', params: { outDay: today } },
  ]);
  assert.deepEqual(
    lendProblems({ outDay: '2026-11-27', dueDay: '2026-11-26', today }).map((p) => p.key),
    ['loan.out_in_future', 'loan.due_before_out'],
  );
});

test('CUS-4: a file comes back between the day it went out and today', () => {
  assert.deepEqual(returnProblems({ outDay: '2026-11-20', backDay: '2026-11-20', today }), []);
  assert.deepEqual(returnProblems({ outDay: '2026-11-20', backDay: today, today }), []);
  assert.deepEqual(returnProblems({ outDay: '2026-11-20', backDay: '2026-11-19', today }), [
    { path: 'backDay', key: 'loan.back_before_out', params: { outDay: '2026-11-20' } },
  ]);
  assert.deepEqual(returnProblems({ outDay: '2026-11-20', backDay: '2026-11-26', today }), [
    { path: 'backDay', key: 'loan.back_in_future' },
  ]);
});

test('CUS-4: a loan is out until its due day, overdue from the day after, returned once back', () => {
  assert.equal(loanState({ dueDay: today, backDay: null }, today), 'out', 'due today is not yet overdue');
  assert.equal(loanState({ dueDay: '2026-11-24', backDay: null }, today), 'overdue');
  assert.equal(
    loanState({ dueDay: '2026-11-24', backDay: '2026-11-30' }, today),
    'returned',
    'late but back',
  );
  assert.equal(daysOverdue({ dueDay: '2026-11-24', backDay: null }, today), 1);
  assert.equal(daysOverdue({ dueDay: '2026-10-31', backDay: null }, today), 25);
  assert.equal(daysOverdue({ dueDay: today, backDay: null }, today), 0);
  assert.equal(daysOverdue({ dueDay: '2026-10-31', backDay: '2026-11-02' }, today), 0);
});

test('days between local days cross months, years and leap days', () => {
  assert.equal(daysBetween('2026-11-25', '2026-12-01'), 6);
  assert.equal(daysBetween('2026-12-31', '2027-01-01'), 1);
  assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
  assert.equal(daysBetween('2026-12-01', '2026-11-25'), -6);
});
