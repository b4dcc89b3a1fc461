import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_TEMPORARY_TARIFF as T, temporaryParkingFee } from './tariff-rules.ts';

const TZ = 'Asia/Shanghai';
/** Local Shanghai wall time → instant (UTC+8, no DST). */
const at = (local: string) => new Date(`${local}+08:00`);
const fee = (from: string, to: string, tariff = T) => temporaryParkingFee(at(from), at(to), tariff, TZ);

test('PRK-2: 0 minutes parked costs nothing', () => {
  assert.equal(fee('2026-11-25T10:00:00', '2026-11-25T10:00:00').totalFen, 0);
});

test('PRK-2: 1 minute costs the first period, 2 元', () => {
  assert.equal(fee('2026-11-25T10:00:00', '2026-11-25T10:01:00').totalFen, 200);
  // A started minute counts: 10 seconds is a minute at the gate.
  assert.equal(fee('2026-11-25T10:00:00', '2026-11-25T10:00:10').totalFen, 200);
});

test('PRK-2: exactly 2 hours is still the first period, 2 元', () => {
  assert.equal(fee('2026-11-25T10:00:00', '2026-11-25T12:00:00').totalFen, 200);
});

test('PRK-2: 2 h 1 min starts a new hour, 3 元', () => {
  assert.equal(fee('2026-11-25T10:00:00', '2026-11-25T12:01:00').totalFen, 300);
});

test('PRK-2: 3.5 hours = first period + two started hours, 4 元', () => {
  assert.equal(fee('2026-11-25T10:00:00', '2026-11-25T13:30:00').totalFen, 400);
});

test('PRK-2: 10 hours in one day is capped at 6 元', () => {
  const f = fee('2026-11-25T08:00:00', '2026-11-25T18:00:00');
  assert.equal(f.totalFen, 600);
  assert.deepEqual(f.days, [{ day: '2026-11-25', uncappedFen: 1000, fen: 600 }]);
});

test('PRK-2: 23:00→02:00 is split at local midnight — 2 元 on the first day, 1 元 on the second', () => {
  const f = fee('2026-11-25T23:00:00', '2026-11-26T02:00:00');
  assert.equal(f.totalFen, 300);
  assert.deepEqual(
    f.days.map((d) => [d.day, d.fen]),
    [
      ['2026-11-25', 200],
      ['2026-11-26', 100],
    ],
  );
});

test('PRK-2: the day split follows the project time zone, not UTC', () => {
  // 23:00→02:00 in Shanghai is 15:00→18:00 UTC, one UTC day; still two local days.
  const f = temporaryParkingFee(new Date('2026-11-25T15:00:00Z'), new Date('2026-11-25T18:00:00Z'), T, TZ);
  assert.equal(f.days.length, 2);
  const ny = temporaryParkingFee(
    new Date('2026-11-25T15:00:00Z'),
    new Date('2026-11-25T18:00:00Z'),
    T,
    'America/New_York',
  );
  assert.equal(ny.days.length, 1);
});

test('PRK-2: 3 days from midnight to midnight = three capped days, 18 元', () => {
  const f = fee('2026-11-25T00:00:00', '2026-11-28T00:00:00');
  assert.equal(f.totalFen, 1800);
  assert.deepEqual(
    f.days.map((d) => d.fen),
    [600, 600, 600],
  );
});

test('PRK-2: 3 days from 08:00 touches four calendar days, each capped, 24 元', () => {
  const f = fee('2026-11-25T08:00:00', '2026-11-28T08:00:00');
  assert.deepEqual(
    f.days.map((d) => [d.day, d.fen]),
    [
      ['2026-11-25', 600],
      ['2026-11-26', 600],
      ['2026-11-27', 600],
      ['2026-11-28', 600],
    ],
  );
  assert.equal(f.totalFen, 2400);
});

test('PRK-2: the tariff is configurable per project (first 1 h 5 元, 3 元 an hour, cap 20 元, 15 free minutes)', () => {
  const t = { freeMinutes: 15, firstMinutes: 60, firstFen: 500, hourFen: 300, dailyCapFen: 2000 };
  assert.equal(fee('2026-11-25T10:00:00', '2026-11-25T10:15:00', t).totalFen, 0);
  assert.equal(fee('2026-11-25T10:00:00', '2026-11-25T10:16:00', t).totalFen, 500);
  assert.equal(fee('2026-11-25T10:00:00', '2026-11-25T12:30:00', t).totalFen, 1100);
  assert.equal(fee('2026-11-25T00:00:00', '2026-11-25T23:00:00', t).totalFen, 2000);
  assert.equal(
    fee('2026-11-25T00:00:00', '2026-11-25T23:00:00', { ...t, dailyCapFen: 0 }).totalFen,
    500 + 22 * 300,
  );
});

test('PRK-2: an exit before the entry, or a tariff with a negative or fractional amount, is refused', () => {
  assert.throws(() => fee('2026-11-25T10:00:00', '2026-11-25T09:59:00'), RangeError);
  assert.throws(() => fee('2026-11-25T10:00:00', '2026-11-25T11:00:00', { ...T, hourFen: -100 }), RangeError);
  assert.throws(() => fee('2026-11-25T10:00:00', '2026-11-25T11:00:00', { ...T, firstFen: 1.5 }), RangeError);
  assert.throws(() => fee('2026-11-25T10:00:00', '2028-11-25T10:00:00'), RangeError);
});
