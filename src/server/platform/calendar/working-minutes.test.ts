/**
 * Clock minutes, working minutes and "the same day", Asia/Shanghai, 08:30–12:20 and
 * 13:30–17:10 (450 working minutes a day), on the 2026 mainland-China calendar.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addClockMinutes,
  addWorkingMinutes,
  endOfLocalDay,
  workingIntervalsOn,
  workingMinutesBetween,
} from './working-time.ts';
import { CN_2026, at } from '../../../../tests/support/factory/calendars.ts';

const plus = (from: string, minutes: number) => addWorkingMinutes(at(from), minutes, CN_2026).toISOString();
const between = (a: string, b: string) => workingMinutesBetween(at(a), at(b), CN_2026);

test('CMP-6: clock-hour deadlines (2 hours, 10 minutes, half a day) run on wall-clock time, holidays or not', () => {
  assert.equal(addClockMinutes(at('2026-10-01T10:00+08:00'), 120).toISOString(), '2026-10-01T04:00:00.000Z');
  assert.equal(addClockMinutes(at('2026-11-27T17:05+08:00'), 10).toISOString(), '2026-11-27T09:15:00.000Z');
  assert.equal(
    addClockMinutes(at('2026-11-27T20:00+08:00'), 12 * 60).toISOString(),
    '2026-11-28T00:00:00.000Z',
  ); // Sat 08:00
  assert.equal(addClockMinutes(at('2026-11-27T20:00+08:00'), -30).toISOString(), '2026-11-27T11:30:00.000Z');
  assert.equal(addClockMinutes(at('2026-11-27T20:00+08:00'), 0).toISOString(), '2026-11-27T12:00:00.000Z');
});

test('time words: a working day has the configured periods as instants', () => {
  assert.deepEqual(
    workingIntervalsOn('2026-10-10', CN_2026).map((i) => [i.start.toISOString(), i.end.toISOString()]),
    [
      ['2026-10-10T00:30:00.000Z', '2026-10-10T04:20:00.000Z'],
      ['2026-10-10T05:30:00.000Z', '2026-10-10T09:10:00.000Z'],
    ],
  );
  assert.deepEqual(workingIntervalsOn('2026-10-01', CN_2026), []);
  assert.deepEqual(workingIntervalsOn('2026-11-28', CN_2026), []);
});

test('time words: working minutes inside one period', () => {
  assert.equal(plus('2026-11-25T09:00+08:00', 60), '2026-11-25T02:00:00.000Z'); // 10:00
  assert.equal(plus('2026-11-25T13:30+08:00', 100), '2026-11-25T07:10:00.000Z'); // 15:10
});

test('time words: the lunch break does not count', () => {
  assert.equal(plus('2026-11-25T11:50+08:00', 60), '2026-11-25T06:00:00.000Z'); // 30 before, 30 after → 14:00
  assert.equal(plus('2026-11-25T12:45+08:00', 10), '2026-11-25T05:40:00.000Z'); // received at lunch → 13:40
  assert.equal(between('2026-11-25T11:50+08:00', '2026-11-25T14:00+08:00'), 60);
  assert.equal(between('2026-11-25T12:30+08:00', '2026-11-25T13:00+08:00'), 0);
});

test('time words: exactly at period boundaries', () => {
  assert.equal(plus('2026-11-25T08:30+08:00', 0), '2026-11-25T00:30:00.000Z'); // opening: counts at once
  assert.equal(plus('2026-11-25T08:30+08:00', 230), '2026-11-25T04:20:00.000Z'); // uses the morning: 12:20, not 13:30
  assert.equal(plus('2026-11-25T08:30+08:00', 231), '2026-11-25T05:31:00.000Z'); // 13:31
  assert.equal(plus('2026-11-25T12:20+08:00', 0), '2026-11-25T05:30:00.000Z'); // 12:20 is outside: starts 13:30
  assert.equal(plus('2026-11-25T12:20+08:00', 1), '2026-11-25T05:31:00.000Z');
  assert.equal(plus('2026-11-25T17:09+08:00', 1), '2026-11-25T09:10:00.000Z'); // 17:10 the same day
  assert.equal(plus('2026-11-25T17:10+08:00', 0), '2026-11-26T00:30:00.000Z'); // closed: Thu 08:30
  assert.equal(plus('2026-11-25T08:30+08:00', 450), '2026-11-25T09:10:00.000Z'); // a whole day: 17:10
  assert.equal(plus('2026-11-25T08:30+08:00', 451), '2026-11-26T00:31:00.000Z');
  assert.equal(between('2026-11-25T00:00+08:00', '2026-11-26T00:00+08:00'), 450);
  assert.equal(between('2026-11-25T08:30+08:00', '2026-11-25T12:20+08:00'), 230);
  assert.equal(between('2026-11-25T12:20+08:00', '2026-11-25T13:30+08:00'), 0);
});

test('time words: outside working hours counting starts at the next period start', () => {
  assert.equal(plus('2026-11-25T07:00+08:00', 30), '2026-11-25T01:00:00.000Z'); // 09:00
  assert.equal(plus('2026-11-27T19:00+08:00', 60), '2026-11-30T01:30:00.000Z'); // Fri evening → Mon 09:30
  assert.equal(plus('2026-11-28T10:00+08:00', 60), '2026-11-30T01:30:00.000Z'); // Saturday
  assert.equal(plus('2026-11-29T23:59+08:00', 60), '2026-11-30T01:30:00.000Z'); // Sunday night
  assert.equal(plus('2026-11-27T16:10+08:00', 120), '2026-11-30T01:30:00.000Z'); // 60 Fri + 60 Mon
  assert.equal(between('2026-11-27T16:10+08:00', '2026-11-30T09:30+08:00'), 120);
  assert.equal(between('2026-11-23T00:00+08:00', '2026-11-30T00:00+08:00'), 5 * 450);
});

test('time words: working minutes across Spring Festival and National Day', () => {
  assert.equal(plus('2026-02-13T16:10+08:00', 120), '2026-02-14T01:30:00.000Z'); // Fri 60 + make-up Sat 60
  assert.equal(plus('2026-02-14T17:00+08:00', 30), '2026-02-24T00:50:00.000Z'); // Sat 10 + Tue 02-24 20
  assert.equal(plus('2026-09-30T17:00+08:00', 20), '2026-10-08T00:40:00.000Z'); // Wed 10 + Thu 10-08 10
  assert.equal(between('2026-09-30T17:00+08:00', '2026-10-08T08:40+08:00'), 20);
  assert.equal(between('2026-10-01T00:00+08:00', '2026-10-08T00:00+08:00'), 0);
  assert.equal(
    between('2026-09-19T00:00+08:00', '2026-09-21T00:00+08:00'),
    450,
    'Sat off, Sun 09-20 make-up on',
  );
});

test('time words: elapsed working minutes are 0 for an empty or reversed range and exact below a minute', () => {
  assert.equal(between('2026-11-25T10:00+08:00', '2026-11-25T10:00+08:00'), 0);
  assert.equal(between('2026-11-25T11:00+08:00', '2026-11-25T10:00+08:00'), 0);
  assert.equal(between('2026-11-25T08:30:00+08:00', '2026-11-25T08:30:30+08:00'), 0.5);
  assert.equal(plus('2026-11-25T08:30+08:00', 0.5), '2026-11-25T00:30:30.000Z');
});

test('time words: adding working minutes and measuring them back agree (2 000 deterministic samples over 2026)', () => {
  let seed = 20260101;
  const rand = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  const yearStart = Date.parse('2025-12-31T16:00:00Z');
  for (let i = 0; i < 2000; i++) {
    const from = new Date(yearStart + rand(365 * 24 * 60) * 60_000);
    const minutes = rand(20) === 0 ? 0 : rand(6000);
    const to = addWorkingMinutes(from, minutes, CN_2026);
    assert.ok(to >= from, `${from.toISOString()} + ${minutes}`);
    assert.equal(workingMinutesBetween(from, to, CN_2026), minutes, `${from.toISOString()} + ${minutes}`);
  }
});

test('CMP-6: "not solved the same day" ends at the next local midnight', () => {
  const shanghai = { timeZone: 'Asia/Shanghai' };
  assert.equal(
    endOfLocalDay(at('2026-10-09T10:00+08:00'), shanghai).toISOString(),
    '2026-10-09T16:00:00.000Z',
  );
  assert.equal(
    endOfLocalDay(at('2026-10-09T00:00+08:00'), shanghai).toISOString(),
    '2026-10-09T16:00:00.000Z',
  );
  assert.equal(
    endOfLocalDay(at('2026-10-09T23:59:59.999+08:00'), shanghai).toISOString(),
    '2026-10-09T16:00:00.000Z',
  );
  assert.equal(
    endOfLocalDay(at('2026-10-10T00:00+08:00'), shanghai).toISOString(),
    '2026-10-10T16:00:00.000Z',
  );
  assert.equal(
    endOfLocalDay(at('2026-12-31T20:00+08:00'), CN_2026).toISOString(),
    '2026-12-31T16:00:00.000Z',
  );
  // The UTC date differs from the local one for half of Shanghai's day.
  assert.equal(
    endOfLocalDay(new Date('2026-10-09T17:00:00Z'), shanghai).toISOString(),
    '2026-10-10T16:00:00.000Z',
  );
});
