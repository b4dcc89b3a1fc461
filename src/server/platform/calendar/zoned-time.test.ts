import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  assertTimeZone,
  instantAt,
  instantAtMinute,
  isLocalDay,
  isoWeekday,
  localDay,
  localTime,
  toLocal,
  utcOffsetMinutes,
} from './zoned-time.ts';

const iso = (d: Date) => d.toISOString();
const SH = 'Asia/Shanghai';
const NY = 'America/New_York';

test('Shanghai: local day and wall time of an instant (UTC+8, no DST)', () => {
  assert.deepEqual(toLocal(new Date('2026-10-01T09:10:00Z'), SH), {
    day: '2026-10-01',
    hour: 17,
    minute: 10,
    second: 0,
    millisecond: 0,
  });
  assert.deepEqual(toLocal(new Date('2026-09-30T15:59:59.999Z'), SH), {
    day: '2026-09-30',
    hour: 23,
    minute: 59,
    second: 59,
    millisecond: 999,
  });
  assert.equal(localDay(new Date('2026-09-30T16:00:00Z'), SH), '2026-10-01');
  assert.equal(localTime(new Date('2026-09-30T16:00:00Z'), SH), '00:00');
  assert.equal(localTime(new Date('2026-10-09T00:30:59Z'), SH), '08:30');
  assert.equal(utcOffsetMinutes(new Date('2026-07-01T00:00:00Z'), SH), 480);
});

test('Shanghai: instant of a local date and wall time', () => {
  assert.equal(iso(instantAt('2026-10-01', '17:10', SH)), '2026-10-01T09:10:00.000Z');
  assert.equal(iso(instantAt('2026-10-09', '08:30', SH)), '2026-10-09T00:30:00.000Z');
  assert.equal(iso(instantAt('2026-10-01', '00:00', SH)), '2026-09-30T16:00:00.000Z');
  assert.equal(iso(instantAt('2026-10-01', '23:59:59', SH)), '2026-10-01T15:59:59.000Z');
  assert.equal(
    iso(instantAt('2026-12-31', '24:00', SH)),
    '2026-12-31T16:00:00.000Z',
    '24:00 is the start of the next day',
  );
  assert.equal(iso(instantAtMinute('2026-10-01', 17 * 60 + 10, SH)), '2026-10-01T09:10:00.000Z');
});

test('zones with half- and quarter-hour offsets', () => {
  assert.equal(utcOffsetMinutes(new Date('2026-01-15T00:00:00Z'), 'Asia/Kolkata'), 330);
  assert.equal(utcOffsetMinutes(new Date('2026-01-15T00:00:00Z'), 'Asia/Kathmandu'), 345);
  assert.equal(iso(instantAt('2026-01-15', '09:00', 'Asia/Kathmandu')), '2026-01-15T03:15:00.000Z');
  assert.equal(iso(instantAt('2026-01-15', '09:00', 'UTC')), '2026-01-15T09:00:00.000Z');
});

test('New York DST: offsets in winter and summer', () => {
  assert.equal(utcOffsetMinutes(new Date('2026-01-15T12:00:00Z'), NY), -300);
  assert.equal(utcOffsetMinutes(new Date('2026-07-15T12:00:00Z'), NY), -240);
  assert.equal(iso(instantAt('2026-01-15', '09:00', NY)), '2026-01-15T14:00:00.000Z');
  assert.equal(iso(instantAt('2026-07-15', '09:00', NY)), '2026-07-15T13:00:00.000Z');
});

test('New York spring forward (2026-03-08 02:00 → 03:00): a wall time in the gap takes the later instant', () => {
  assert.equal(iso(instantAt('2026-03-08', '01:59', NY)), '2026-03-08T06:59:00.000Z'); // EST
  assert.equal(iso(instantAt('2026-03-08', '02:00', NY)), '2026-03-08T07:00:00.000Z'); // = 03:00 EDT
  assert.equal(iso(instantAt('2026-03-08', '02:30', NY)), '2026-03-08T07:30:00.000Z'); // = 03:30 EDT
  assert.equal(iso(instantAt('2026-03-08', '03:00', NY)), '2026-03-08T07:00:00.000Z'); // EDT
  assert.equal(localTime(new Date('2026-03-08T07:30:00Z'), NY), '03:30');
  assert.equal(localTime(new Date('2026-03-08T06:59:00Z'), NY), '01:59');
});

test('New York fall back (2026-11-01 02:00 → 01:00): a repeated wall time takes the earlier instant', () => {
  assert.equal(iso(instantAt('2026-11-01', '00:59', NY)), '2026-11-01T04:59:00.000Z'); // EDT
  assert.equal(iso(instantAt('2026-11-01', '01:00', NY)), '2026-11-01T05:00:00.000Z'); // first 01:00, EDT
  assert.equal(iso(instantAt('2026-11-01', '01:30', NY)), '2026-11-01T05:30:00.000Z');
  assert.equal(iso(instantAt('2026-11-01', '02:00', NY)), '2026-11-01T07:00:00.000Z'); // EST
  // Both 01:30s read back as 01:30 on the same day.
  assert.equal(localTime(new Date('2026-11-01T05:30:00Z'), NY), '01:30');
  assert.equal(localTime(new Date('2026-11-01T06:30:00Z'), NY), '01:30');
});

test('southern hemisphere and a zone whose DST gap swallows midnight', () => {
  // Sydney springs forward 2026-10-04 02:00 AEST → 03:00 AEDT and falls back 2026-04-05 03:00 → 02:00.
  assert.equal(iso(instantAt('2026-10-04', '02:30', 'Australia/Sydney')), '2026-10-03T16:30:00.000Z'); // 03:30 AEDT
  assert.equal(iso(instantAt('2026-04-05', '02:30', 'Australia/Sydney')), '2026-04-04T15:30:00.000Z'); // first 02:30, AEDT
  // Santiago jumps from 2026-09-06 00:00 (-04) to 01:00 (-03): the day starts at 01:00.
  assert.equal(iso(instantAt('2026-09-06', '00:00', 'America/Santiago')), '2026-09-06T04:00:00.000Z');
  assert.deepEqual(toLocal(new Date('2026-09-06T04:00:00Z'), 'America/Santiago'), {
    day: '2026-09-06',
    hour: 1,
    minute: 0,
    second: 0,
    millisecond: 0,
  });
  assert.equal(localDay(new Date('2026-09-06T03:59:59Z'), 'America/Santiago'), '2026-09-05');
});

test('round trip: every 90 minutes of 2026 (each half hour of the day in turn) in several zones reads back as the same wall time', () => {
  for (const zone of [SH, NY, 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'UTC']) {
    for (
      let t = Date.parse('2026-01-01T00:00:00Z');
      t < Date.parse('2027-01-01T00:00:00Z');
      t += 90 * 60_000
    ) {
      const local = toLocal(new Date(t), zone);
      const hhmm = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
      const back = instantAt(local.day, hhmm, zone).getTime();
      // A repeated wall time maps to its first occurrence: back is t, or t minus the DST shift.
      assert.ok(
        back === t ||
          (back < t &&
            t - back <= 60 * 60_000 &&
            utcOffsetMinutes(new Date(back), zone) > utcOffsetMinutes(new Date(t), zone)),
        `${zone} ${new Date(t).toISOString()}`,
      );
    }
  }
});

test('calendar-date arithmetic across months, years and leap days', () => {
  assert.equal(addDays('2026-02-28', 1), '2026-03-01');
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  assert.equal(addDays('2026-03-07', 2), '2026-03-09', 'a DST change in between changes nothing');
  assert.equal(addDays('2026-10-01', 0), '2026-10-01');
  assert.equal(isoWeekday('2026-10-01'), 4); // Thursday
  assert.equal(isoWeekday('2026-10-10'), 6); // Saturday
  assert.equal(isoWeekday('2026-09-20'), 7); // Sunday
  assert.equal(isoWeekday('2026-11-30'), 1); // Monday
});

test('invalid input: days, times, zones and instants are refused with a RangeError that says why', () => {
  for (const day of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-01', '2026/10/01', '', 'today']) {
    assert.equal(isLocalDay(day), false, day);
    assert.throws(() => instantAt(day, '08:30', SH), { name: 'RangeError', message: /Invalid day/ }, day);
    assert.throws(() => addDays(day, 1), RangeError, day);
  }
  assert.equal(isLocalDay('2028-02-29'), true);
  for (const time of ['24:01', '25:00', '12:60', '8:30', '08:30:60', '0830', '']) {
    assert.throws(
      () => instantAt('2026-10-01', time, SH),
      { name: 'RangeError', message: /Invalid local time/ },
      time,
    );
  }
  assert.throws(() => instantAtMinute('2026-10-01', 1441, SH), RangeError);
  assert.throws(() => instantAtMinute('2026-10-01', -1, SH), RangeError);
  assert.throws(() => addDays('2026-10-01', 1.5), RangeError);
  for (const zone of ['Mars/Olympus', '', 'Asia/Beijing']) {
    assert.throws(() => assertTimeZone(zone), { name: 'RangeError', message: /Unknown time zone/ }, zone);
    assert.throws(
      () => localDay(new Date(), zone),
      { name: 'RangeError', message: /Unknown time zone/ },
      zone,
    );
  }
  assert.throws(() => localDay(new Date('not a date'), SH), {
    name: 'RangeError',
    message: /Invalid instant/,
  });
  assert.throws(() => toLocal('2026-10-01' as unknown as Date, SH), {
    name: 'RangeError',
    message: /Invalid instant/,
  });
});
