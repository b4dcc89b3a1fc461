import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  canPrepare,
  dueDate,
  isLate,
  isMonth,
  nextMonth,
  previousMonth,
  recentMonths,
  statusAt,
  surveyDeadline,
} from './rules.ts';
import { nextReminderMonth, reminderAt } from './reminder.ts';

test('STA-1: the report of a month is due by the 3rd of the next, across the year end', () => {
  assert.equal(dueDate('2026-11'), '2026-12-03');
  assert.equal(dueDate('2026-12'), '2027-01-03');
  assert.equal(dueDate('2027-01'), '2027-02-03');
  for (let m = 1; m <= 12; m++) {
    const month = `2026-${String(m).padStart(2, '0')}`;
    assert.equal(previousMonth(nextMonth(month)), month);
    assert.equal(dueDate(month).slice(8), '03');
  }
});

test('STA-1: the survey runs before the 30th, or by the last day of a shorter month', () => {
  assert.equal(surveyDeadline('2026-11'), '2026-11-30');
  assert.equal(surveyDeadline('2026-12'), '2026-12-30');
  assert.equal(surveyDeadline('2026-02'), '2026-02-28');
  assert.equal(surveyDeadline('2028-02'), '2028-02-29');
});

test('STA-1: late when signed after the due date, or still unsigned past it', () => {
  assert.equal(isLate({ month: '2026-10', signedOn: '2026-11-03', today: '2026-11-25' }), false);
  assert.equal(isLate({ month: '2026-10', signedOn: '2026-11-04', today: '2026-11-25' }), true);
  assert.equal(isLate({ month: '2026-10', signedOn: null, today: '2026-11-03' }), false);
  assert.equal(isLate({ month: '2026-10', signedOn: null, today: '2026-11-04' }), true);
  assert.equal(isLate({ month: '2026-11', signedOn: null, today: '2026-11-25' }), false);
});

test('STA-1: a month is drawn up once it has begun; the list shows twelve months back from this one', () => {
  assert.equal(canPrepare('2026-11', '2026-11-01'), true);
  assert.equal(canPrepare('2026-10', '2026-11-25'), true);
  assert.equal(canPrepare('2026-12', '2026-11-30'), false);
  const months = recentMonths('2026-02-10');
  assert.equal(months.length, 12);
  assert.deepEqual(
    [months[0], months[1], months[2], months[11]],
    ['2026-02', '2026-01', '2025-12', '2025-03'],
  );
  assert.equal(isMonth('2026-13'), false);
  assert.equal(isMonth('2026-1'), false);
});

test('STA-1/PRP-2: a unit’s status at a moment comes from its first later change, else it is the current one', () => {
  assert.equal(statusAt('renovating', []), 'renovating');
  assert.equal(statusAt('renovating', [{ fromStatus: 'vacant' }, { fromStatus: 'not_received' }]), 'vacant');
  assert.equal(statusAt('vacant', [{ fromStatus: null }]), null);
});

test('STA-1: the reminder goes out at 09:00 the day before the due date; the next one to schedule is the nearest still ahead', () => {
  const tz = 'Asia/Shanghai';
  assert.equal(reminderAt('2026-11', tz).toISOString(), '2026-12-02T01:00:00.000Z');
  assert.equal(nextReminderMonth(new Date('2026-11-25T01:00:00Z'), tz), '2026-11');
  assert.equal(nextReminderMonth(new Date('2026-12-01T01:00:00Z'), tz), '2026-11');
  assert.equal(nextReminderMonth(new Date('2026-12-02T02:00:00Z'), tz), '2026-12');
});
