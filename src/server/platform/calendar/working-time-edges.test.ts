/** A project in a zone with DST, unusual working hours, invalid input and broken calendars. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addClockMinutes,
  addWorkingDays,
  addWorkingMinutes,
  assertWorkCalendar,
  endOfLocalDay,
  isWorkingDay,
  nextWorkingDay,
  workingIntervalsOn,
  workingMinutesBetween,
  type WorkCalendar,
} from './working-time.ts';
import { CN_2026, at, createTestCalendar } from '../../../../tests/support/factory/calendars.ts';

/** A New York office, 09:00–17:00, Thanksgiving off. EST = UTC−5, EDT = UTC−4. */
const NEW_YORK = createTestCalendar('2026-11-26 holiday Thanksgiving', {
  timeZone: 'America/New_York',
  periods: [{ start: '09:00', end: '17:00' }],
});

test('DST project: working minutes over the spring-forward weekend count working time, not the lost hour', () => {
  // Fri 2026-03-06 16:00 EST + 120: 60 on Friday, 60 on Monday from 09:00 EDT.
  assert.equal(
    addWorkingMinutes(at('2026-03-06T16:00-05:00'), 120, NEW_YORK).toISOString(),
    '2026-03-09T14:00:00.000Z',
  );
  assert.equal(
    workingMinutesBetween(at('2026-03-06T16:00-05:00'), at('2026-03-09T10:00-04:00'), NEW_YORK),
    120,
  );
  assert.deepEqual(
    workingIntervalsOn('2026-03-09', NEW_YORK).map((i) => [i.start.toISOString(), i.end.toISOString()]),
    [['2026-03-09T13:00:00.000Z', '2026-03-09T21:00:00.000Z']],
  );
});

test('DST project: working days end at 17:00 local whatever the offset', () => {
  assert.equal(
    addWorkingDays(at('2026-03-05T10:00-05:00'), 1, NEW_YORK).toISOString(),
    '2026-03-06T22:00:00.000Z',
  ); // Fri 17:00 EST
  assert.equal(
    addWorkingDays(at('2026-03-06T10:00-05:00'), 1, NEW_YORK).toISOString(),
    '2026-03-09T21:00:00.000Z',
  ); // Mon 17:00 EDT
  assert.equal(
    addWorkingDays(at('2026-10-30T10:00-04:00'), 1, NEW_YORK).toISOString(),
    '2026-11-02T22:00:00.000Z',
  ); // Mon 17:00 EST
  assert.equal(
    addWorkingMinutes(at('2026-10-30T16:00-04:00'), 120, NEW_YORK).toISOString(),
    '2026-11-02T15:00:00.000Z',
  ); // Mon 10:00 EST
  assert.equal(
    addWorkingDays(at('2026-11-25T10:00-05:00'), 1, NEW_YORK).toISOString(),
    '2026-11-27T22:00:00.000Z',
  ); // over Thanksgiving
});

test("DST project: the receipt day is New York's local day", () => {
  // 2026-11-25T03:00Z is still Tuesday 22:00 in New York: day 1 is Wednesday.
  assert.equal(
    addWorkingDays(new Date('2026-11-25T03:00:00Z'), 1, NEW_YORK).toISOString(),
    '2026-11-25T22:00:00.000Z',
  );
  assert.equal(
    addWorkingDays(new Date('2026-11-25T03:00:00Z'), 1, CN_2026).toISOString(),
    '2026-11-26T09:10:00.000Z',
  );
});

test('DST project: a local day is 23 or 25 hours long when the clocks change', () => {
  assert.equal(
    endOfLocalDay(at('2026-03-08T12:00-04:00'), NEW_YORK).toISOString(),
    '2026-03-09T04:00:00.000Z',
  );
  assert.equal(
    endOfLocalDay(at('2026-03-08T00:30-05:00'), NEW_YORK).toISOString(),
    '2026-03-09T04:00:00.000Z',
  );
  assert.equal(
    endOfLocalDay(at('2026-11-01T12:00-05:00'), NEW_YORK).toISOString(),
    '2026-11-02T05:00:00.000Z',
  );
  // Santiago's clocks jump from 00:00 to 01:00 on 2026-09-06: that day starts at 01:00 (04:00Z).
  assert.equal(
    endOfLocalDay(at('2026-09-05T12:00-04:00'), { timeZone: 'America/Santiago' }).toISOString(),
    '2026-09-06T04:00:00.000Z',
  );
});

test('DST project: periods touching the transition hour measure real elapsed time, each instant once', () => {
  const nightShift = (periods: { start: string; end: string }[]): WorkCalendar =>
    createTestCalendar('2026-03-08 workday\n2026-11-01 workday', { timeZone: 'America/New_York', periods });
  // 00:00–02:00 EST then 03:00–05:00 EDT: 02:30 does not exist, the union is 05:00Z–09:00Z.
  const spring = nightShift([
    { start: '00:00', end: '02:30' },
    { start: '03:00', end: '05:00' },
  ]);
  assert.deepEqual(
    workingIntervalsOn('2026-03-08', spring).map((i) => [i.start.toISOString(), i.end.toISOString()]),
    [['2026-03-08T05:00:00.000Z', '2026-03-08T09:00:00.000Z']],
  );
  assert.equal(
    workingMinutesBetween(at('2026-03-08T00:00-05:00'), at('2026-03-09T00:00-04:00'), spring),
    240,
  );
  assert.equal(
    addWorkingMinutes(at('2026-03-08T00:00-05:00'), 150, spring).toISOString(),
    '2026-03-08T07:30:00.000Z',
  );
  // A period wholly inside the gap adds nothing.
  const gap = nightShift([
    { start: '01:00', end: '02:00' },
    { start: '02:15', end: '02:45' },
    { start: '03:00', end: '04:00' },
  ]);
  assert.equal(workingMinutesBetween(at('2026-03-08T00:00-05:00'), at('2026-03-09T00:00-04:00'), gap), 120);
  // Fall back: 00:00 EDT to 03:00 EST is four real hours.
  const fall = nightShift([{ start: '00:00', end: '03:00' }]);
  assert.equal(workingMinutesBetween(at('2026-11-01T00:00-04:00'), at('2026-11-02T00:00-05:00'), fall), 240);
});

test('round-the-clock hours: a period may end at 24:00', () => {
  const allDay = createTestCalendar('', { periods: [{ start: '00:00', end: '24:00' }] });
  assert.doesNotThrow(() => assertWorkCalendar(allDay));
  assert.equal(
    workingMinutesBetween(at('2026-11-23T00:00+08:00'), at('2026-11-30T00:00+08:00'), allDay),
    5 * 1440,
  );
  assert.equal(
    addWorkingMinutes(at('2026-11-27T23:00+08:00'), 120, allDay).toISOString(),
    '2026-11-29T17:00:00.000Z',
  ); // Mon 01:00
  assert.equal(
    addWorkingDays(at('2026-11-25T10:00+08:00'), 1, allDay).toISOString(),
    '2026-11-26T16:00:00.000Z',
  ); // Thu 24:00
});

test('invalid input: instants, amounts and days are refused with a RangeError that says why', () => {
  const bad = new Date('nope');
  assert.throws(() => addWorkingMinutes(bad, 10, CN_2026), {
    name: 'RangeError',
    message: /Invalid instant/,
  });
  assert.throws(() => addWorkingDays(bad, 1, CN_2026), { name: 'RangeError', message: /Invalid instant/ });
  assert.throws(() => addClockMinutes(bad, 1), { name: 'RangeError', message: /Invalid instant/ });
  assert.throws(() => endOfLocalDay(bad, CN_2026), { name: 'RangeError', message: /Invalid instant/ });
  assert.throws(() => workingMinutesBetween(bad, new Date(), CN_2026), {
    name: 'RangeError',
    message: /Invalid start instant/,
  });
  assert.throws(() => workingMinutesBetween(new Date(), bad, CN_2026), {
    name: 'RangeError',
    message: /Invalid end instant/,
  });
  const now = at('2026-11-25T10:00+08:00');
  for (const m of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
    assert.throws(
      () => addWorkingMinutes(now, m, CN_2026),
      { name: 'RangeError', message: /Invalid working minutes/ },
      String(m),
    );
  }
  assert.throws(() => addClockMinutes(now, Number.NaN), { name: 'RangeError', message: /Invalid minutes/ });
  for (const n of [-1, 1.5, Number.NaN]) {
    assert.throws(
      () => addWorkingDays(now, n, CN_2026),
      { name: 'RangeError', message: /Invalid working day count/ },
      String(n),
    );
  }
  for (const day of ['2026-02-30', '2026/10/01', '']) {
    assert.throws(() => isWorkingDay(day, CN_2026), { name: 'RangeError', message: /Invalid day/ }, day);
    assert.throws(() => nextWorkingDay(day, CN_2026), { name: 'RangeError', message: /Invalid day/ }, day);
  }
});

test('invalid input: an unusable calendar is refused before any arithmetic', () => {
  const now = at('2026-11-25T10:00+08:00');
  const broken: [Partial<WorkCalendar>, RegExp][] = [
    [{ timeZone: 'Mars/Olympus' }, /Unknown time zone "Mars\/Olympus"/],
    [{ periods: [] }, /at least one period/],
    [{ periods: [{ start: '17:10', end: '08:30' }] }, /periods\[0\] 17:10–08:30 must start before it ends/],
    [
      {
        periods: [
          { start: '08:30', end: '12:20' },
          { start: '12:00', end: '17:10' },
        ],
      },
      /periods\[1\] .* overlaps/,
    ],
    [
      {
        periods: [
          { start: '13:30', end: '17:10' },
          { start: '08:30', end: '12:20' },
        ],
      },
      /periods\[1\] .* comes before/,
    ],
    [{ periods: [{ start: '8:30', end: '12:20' }] }, /periods\[0\]\.start is "8:30", expected HH:MM/],
    [{ periods: [{ start: '08:30', end: '24:30' }] }, /periods\[0\]\.end is "24:30"/],
  ];
  for (const [patch, message] of broken) {
    const cal = { ...CN_2026, ...patch };
    assert.throws(() => assertWorkCalendar(cal), { name: 'RangeError', message }, String(message));
    assert.throws(() => addWorkingMinutes(now, 10, cal), { name: 'RangeError', message }, String(message));
    assert.throws(() => addWorkingDays(now, 1, cal), { name: 'RangeError', message }, String(message));
    assert.throws(
      () => workingMinutesBetween(now, new Date(now.getTime() + 1), cal),
      { name: 'RangeError', message },
      String(message),
    );
  }
  assert.throws(
    () => addWorkingDays(now, 1, { ...CN_2026, exceptions: {} as Map<string, 'holiday'> }),
    TypeError,
  );
});

/** Every day from 2026-01-01 on for `days` days is a holiday (native Date arithmetic). */
function holidays(days: number): WorkCalendar {
  const exceptions = new Map<string, 'holiday'>();
  for (let i = 0; i < days; i++)
    exceptions.set(new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10), 'holiday');
  return { ...CN_2026, exceptions };
}

test('a calendar with no working day for 400 days is an error, not an endless loop', () => {
  const broken = holidays(400); // 2026-01-01 … 2027-02-04
  const lateOn = at('2025-12-31T20:00+08:00');
  for (const run of [
    () => nextWorkingDay('2025-12-31', broken),
    () => addWorkingMinutes(lateOn, 1, broken),
    () => addWorkingDays(lateOn, 1, broken),
    () => addWorkingDays(lateOn, 0, broken),
  ]) {
    assert.throws(run, { name: 'Error', message: /No working day within 400 days after 2025-12-31/ });
  }
  // Measuring elapsed time over it is fine: there is simply none.
  assert.equal(workingMinutesBetween(lateOn, at('2027-01-31T00:00+08:00'), broken), 0);
});

test('399 days of holidays in a row are still a (strange) calendar', () => {
  const long = holidays(399); // 2026-01-01 … 2027-02-03; 2027-02-04 is a Thursday
  const lateOn = at('2025-12-31T20:00+08:00');
  assert.equal(nextWorkingDay('2025-12-31', long), '2027-02-04');
  assert.equal(addWorkingMinutes(lateOn, 1, long).toISOString(), '2027-02-04T00:31:00.000Z');
  assert.equal(addWorkingDays(lateOn, 1, long).toISOString(), '2027-02-04T09:10:00.000Z');
});
