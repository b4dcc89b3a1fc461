/**
 * Working days and "within n working days" deadlines on the 2026 mainland-China calendar
 * (Asia/Shanghai, 08:30–12:20 and 13:30–17:10; 17:10 Shanghai = 09:10Z).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addWorkingDays, isWorkingDay, nextWorkingDay } from './working-time.ts';
import { CN_2026, at, createTestCalendar } from '../../../../tests/support/factory/calendars.ts';

const due = (receivedAt: string, n: number) => addWorkingDays(at(receivedAt), n, CN_2026).toISOString();

test('time words: an ordinary week is Mon–Fri', () => {
  const week = [
    '2026-11-23',
    '2026-11-24',
    '2026-11-25',
    '2026-11-26',
    '2026-11-27',
    '2026-11-28',
    '2026-11-29',
  ];
  assert.deepEqual(
    week.map((d) => isWorkingDay(d, CN_2026)),
    [true, true, true, true, true, false, false],
  );
});

test('time words: public holidays are off even on weekdays, make-up days (调休) are on even at weekends', () => {
  assert.equal(isWorkingDay('2026-10-01', CN_2026), false, 'Thursday, National Day');
  assert.equal(isWorkingDay('2026-09-25', CN_2026), false, 'Friday, Mid-Autumn');
  assert.equal(isWorkingDay('2026-02-16', CN_2026), false, 'Monday, Spring Festival');
  assert.equal(isWorkingDay('2026-02-23', CN_2026), false, 'Monday, last day of Spring Festival');
  assert.equal(isWorkingDay('2026-02-24', CN_2026), true, 'Tuesday after Spring Festival');
  assert.equal(isWorkingDay('2026-02-14', CN_2026), true, 'Saturday, make-up day');
  assert.equal(isWorkingDay('2026-02-28', CN_2026), true, 'Saturday, make-up day');
  assert.equal(isWorkingDay('2026-09-20', CN_2026), true, 'Sunday, make-up day');
  assert.equal(isWorkingDay('2026-10-10', CN_2026), true, 'Saturday, make-up day');
  assert.equal(isWorkingDay('2026-10-11', CN_2026), false, 'the Sunday after stays off');
});

test('time words: the calendar is data, not weekday logic alone', () => {
  const plain = createTestCalendar('');
  assert.equal(
    isWorkingDay('2026-10-01', plain),
    true,
    'without the 2026 list National Day is an ordinary Thursday',
  );
  assert.equal(isWorkingDay('2026-10-10', plain), false);
  const edited = createTestCalendar('2026-11-27 休 公司活动\n2026-11-28 班 补班');
  assert.equal(isWorkingDay('2026-11-27', edited), false);
  assert.equal(isWorkingDay('2026-11-28', edited), true);
});

test('time words: the next working day skips weekends, holidays and lands on make-up days', () => {
  const cases: [string, string][] = [
    ['2026-11-25', '2026-11-26'], // Wed → Thu
    ['2026-11-27', '2026-11-30'], // Fri → Mon
    ['2026-11-28', '2026-11-30'], // Sat → Mon
    ['2026-11-29', '2026-11-30'], // Sun → Mon
    ['2026-02-13', '2026-02-14'], // Fri → Saturday make-up day
    ['2026-02-14', '2026-02-24'], // over the whole Spring Festival
    ['2026-02-18', '2026-02-24'], // from inside the holiday
    ['2026-02-27', '2026-02-28'], // Fri → Saturday make-up day
    ['2026-09-18', '2026-09-20'], // Fri → Sunday make-up day
    ['2026-09-24', '2026-09-28'], // over Mid-Autumn and the weekend
    ['2026-09-30', '2026-10-08'], // over National Day
    ['2026-10-09', '2026-10-10'], // Fri → Saturday make-up day
    ['2026-10-10', '2026-10-12'], // Sat → Mon
    ['2026-12-31', '2027-01-01'], // the 2027 list is not loaded: plain Friday
  ];
  for (const [from, expected] of cases) assert.equal(nextWorkingDay(from, CN_2026), expected, from);
});

test('time words: n working days after receipt ends at 17:10 of the n-th working day after the receipt day (ordinary week)', () => {
  assert.equal(due('2026-11-25T10:00+08:00', 1), '2026-11-26T09:10:00.000Z'); // Wed → Thu 17:10
  assert.equal(due('2026-11-25T10:00+08:00', 2), '2026-11-27T09:10:00.000Z'); // Fri
  assert.equal(due('2026-11-25T10:00+08:00', 3), '2026-11-30T09:10:00.000Z'); // Mon, over the weekend
  assert.equal(due('2026-11-25T10:00+08:00', 5), '2026-12-02T09:10:00.000Z'); // Wed next week
  // The hour of receipt does not matter within the day.
  assert.equal(due('2026-11-25T00:00+08:00', 1), '2026-11-26T09:10:00.000Z');
  assert.equal(due('2026-11-25T07:00+08:00', 1), '2026-11-26T09:10:00.000Z');
  assert.equal(due('2026-11-25T17:10+08:00', 1), '2026-11-26T09:10:00.000Z');
  assert.equal(due('2026-11-25T23:59:59.999+08:00', 1), '2026-11-26T09:10:00.000Z');
});

test('time words: receipt on Friday evening, Saturday or Sunday — day 1 is Monday', () => {
  assert.equal(due('2026-11-27T19:00+08:00', 1), '2026-11-30T09:10:00.000Z');
  assert.equal(due('2026-11-28T10:00+08:00', 1), '2026-11-30T09:10:00.000Z');
  assert.equal(due('2026-11-29T23:30+08:00', 1), '2026-11-30T09:10:00.000Z');
  assert.equal(due('2026-11-27T19:00+08:00', 2), '2026-12-01T09:10:00.000Z');
  assert.equal(due('2026-11-28T10:00+08:00', 2), '2026-12-01T09:10:00.000Z');
});

test("time words: the receipt day is the project's local day, not the UTC day", () => {
  // 2026-11-25T17:00Z is already Thursday 01:00 in Shanghai.
  assert.equal(
    addWorkingDays(new Date('2026-11-25T17:00:00Z'), 1, CN_2026).toISOString(),
    '2026-11-27T09:10:00.000Z',
  );
  assert.equal(
    addWorkingDays(new Date('2026-11-25T15:59:59Z'), 1, CN_2026).toISOString(),
    '2026-11-26T09:10:00.000Z',
  );
});

test('time words: n = 0 is close of business today, or of the next working day when today has none left', () => {
  assert.equal(due('2026-11-25T10:00+08:00', 0), '2026-11-25T09:10:00.000Z'); // Wed 17:10
  assert.equal(due('2026-11-25T07:00+08:00', 0), '2026-11-25T09:10:00.000Z'); // before opening
  assert.equal(due('2026-11-25T17:09+08:00', 0), '2026-11-25T09:10:00.000Z');
  assert.equal(due('2026-11-25T17:10+08:00', 0), '2026-11-26T09:10:00.000Z'); // closed: Thu
  assert.equal(due('2026-11-25T20:00+08:00', 0), '2026-11-26T09:10:00.000Z');
  assert.equal(due('2026-11-28T10:00+08:00', 0), '2026-11-30T09:10:00.000Z'); // Sat → Mon
  assert.equal(due('2026-10-01T10:00+08:00', 0), '2026-10-08T09:10:00.000Z'); // holiday → after National Day
  assert.equal(due('2026-10-10T10:00+08:00', 0), '2026-10-10T09:10:00.000Z'); // make-up Saturday works
});

test('time words: Spring Festival 2026 (holiday 02-15..02-23, make-up Saturdays 02-14 and 02-28)', () => {
  assert.equal(due('2026-02-13T10:00+08:00', 1), '2026-02-14T09:10:00.000Z'); // Fri → make-up Sat
  assert.equal(due('2026-02-13T10:00+08:00', 2), '2026-02-24T09:10:00.000Z'); // then over the holiday
  assert.equal(due('2026-02-14T16:00+08:00', 1), '2026-02-24T09:10:00.000Z');
  assert.equal(due('2026-02-18T10:00+08:00', 1), '2026-02-24T09:10:00.000Z'); // received during the holiday
  assert.equal(due('2026-02-18T10:00+08:00', 4), '2026-02-27T09:10:00.000Z');
  assert.equal(due('2026-02-18T10:00+08:00', 5), '2026-02-28T09:10:00.000Z'); // make-up Sat
  assert.equal(due('2026-02-18T10:00+08:00', 6), '2026-03-02T09:10:00.000Z');
});

test('time words: National Day 2026 (Mid-Autumn 09-25..09-27, holiday 10-01..10-07, make-up Sun 09-20 and Sat 10-10)', () => {
  assert.equal(due('2026-09-18T18:00+08:00', 1), '2026-09-20T09:10:00.000Z'); // Fri evening → make-up Sun
  assert.equal(due('2026-09-24T10:00+08:00', 1), '2026-09-28T09:10:00.000Z');
  assert.equal(due('2026-09-30T10:00+08:00', 1), '2026-10-08T09:10:00.000Z');
  assert.equal(due('2026-10-03T10:00+08:00', 2), '2026-10-09T09:10:00.000Z');
  assert.equal(due('2026-10-09T10:00+08:00', 1), '2026-10-10T09:10:00.000Z'); // make-up Sat
  assert.equal(due('2026-10-10T10:00+08:00', 1), '2026-10-12T09:10:00.000Z');
});

test('MVO-6: deposit refund within 15 working days of a passed inspection, across National Day', () => {
  // 09-24 Thu → 09-28, 29, 30 | 10-08, 09, 10 (Sat), 12–16, 19–22: the 15th is Thu 10-22.
  assert.equal(due('2026-09-24T15:00+08:00', 15), '2026-10-22T09:10:00.000Z');
  // 09-30 → 10-08, 09, 10, 12–16, 19–23, 26, 27: the 15th is Tue 10-27.
  assert.equal(due('2026-09-30T09:00+08:00', 15), '2026-10-27T09:10:00.000Z');
  // Without the holiday list it would have been 10-15: the calendar data moves the deadline.
  assert.equal(
    addWorkingDays(at('2026-09-24T15:00+08:00'), 15, createTestCalendar('')).toISOString(),
    '2026-10-15T09:10:00.000Z',
  );
});

test('time words: every n from 1 to 60 lands at 17:10 on a working day, with exactly n working days after the receipt day', () => {
  const received = at('2026-09-10T11:00+08:00');
  for (let n = 1; n <= 60; n++) {
    const d = addWorkingDays(received, n, CN_2026);
    const local = new Date(d.getTime() + 8 * 3_600_000).toISOString(); // Shanghai has no DST
    assert.equal(local.slice(11, 16), '17:10', `n=${n}`);
    const lastDay = local.slice(0, 10);
    assert.ok(isWorkingDay(lastDay, CN_2026), `n=${n}`);
    let count = 0;
    for (
      let t = Date.parse('2026-09-11T00:00:00Z');
      new Date(t).toISOString().slice(0, 10) <= lastDay;
      t += 86_400_000
    ) {
      if (isWorkingDay(new Date(t).toISOString().slice(0, 10), CN_2026)) count++;
    }
    assert.equal(count, n, `n=${n}`);
  }
});
