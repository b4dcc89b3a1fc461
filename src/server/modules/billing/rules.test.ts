import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  apportion,
  areaFeeFen,
  consumptionOf,
  daysCovered,
  defaultDueDate,
  divHalfUp,
  meteredFeeFen,
  monthBounds,
  overtimeAcCharge,
  prorateMonth,
  reminderDays,
  startedHours,
} from './rules.ts';

test('FEE-6: half-up to the fen in integer arithmetic', () => {
  assert.equal(divHalfUp(5, 2), 3);
  assert.equal(divHalfUp(4, 2), 2);
  assert.equal(divHalfUp(149, 100), 1);
  assert.equal(divHalfUp(150, 100), 2);
  assert.throws(() => divHalfUp(-1, 2), RangeError);
  assert.throws(() => divHalfUp(1.5, 2), RangeError);
});

test('FEE-1: management fee on odd areas — area × monthly rate, rounded half-up once per line', () => {
  // 182.36 m² × 5.80 元 = 1057.688 元 → 1057.69
  assert.equal(areaFeeFen(18236, 580_000), 105769);
  // 98.76 m² × 2.35 元 = 232.086 元 → 232.09
  assert.equal(areaFeeFen(9876, 235_000), 23209);
  // 79.30 m² (inner area) × 2.35 元 = 186.355 元 → exactly half a fen up: 186.36
  assert.equal(areaFeeFen(7930, 235_000), 18636);
  // 1010.25 m² × 3.333 元 = 3367.16325 元 → 3367.16
  assert.equal(areaFeeFen(101025, 333_300), 336716);
  // 0.01 m² × 0.49 元 = 0.0049 元 = 0.49 fen → 0
  assert.equal(areaFeeFen(1, 49_000), 0);
  // 0.01 m² × 0.50 元 = 0.5 fen → 1
  assert.equal(areaFeeFen(1, 50_000), 1);
  // Floats would get these wrong: 1.005 × 100 = 100.49999…
  assert.equal(areaFeeFen(100, 100_500), 101);
});

test('FEE-1: metered energy — consumption × tariff to the fen', () => {
  // 123.45 kWh × 0.4883 元 = 60.281… 元 → 60.28
  assert.equal(meteredFeeFen(12345, 48_830), 6028);
  assert.equal(meteredFeeFen(0, 48_830), 0);
  // 10 m³ water × 5.00 元
  assert.equal(meteredFeeFen(1000, 500_000), 5000);
});

test('FEE-1: 公摊 apportionment by area sums exactly to the total (largest remainder)', () => {
  assert.deepEqual(apportion(100, [1, 1, 1]), [34, 33, 33]);
  assert.deepEqual(apportion(1000, [18236, 18236, 23650]), [303, 303, 394]);
  for (const total of [0, 1, 7, 999, 123457]) {
    const areas = [9876, 9876, 12550, 7930, 18236, 1];
    const parts = apportion(total, areas);
    assert.equal(
      parts.reduce((a, b) => a + b, 0),
      total,
      `total ${total}`,
    );
    // Every share within one fen of its exact value.
    const sum = areas.reduce((a, b) => a + b, 0);
    parts.forEach((p, i) => assert.ok(Math.abs(p - (total * areas[i]!) / sum) < 1));
  }
  assert.deepEqual(apportion(5, [0, 3, 0]), [0, 5, 0]);
  assert.throws(() => apportion(5, [0, 0]), RangeError);
  assert.throws(() => apportion(-5, [1]), RangeError);
});

test('HND-3: a month is prorated by days from the handover day', () => {
  assert.equal(monthBounds('2026-02').days, 28);
  assert.equal(daysCovered('2026-12', '2026-12-17', null), 15);
  assert.equal(daysCovered('2026-12', '2026-11-01', null), 31);
  assert.equal(daysCovered('2026-12', '2027-01-01', null), 0);
  assert.equal(daysCovered('2026-12', '2026-11-01', '2026-12-10'), 10);
  assert.equal(prorateMonth(3100, '2026-12', '2026-12-17', null), 1500);
  // 10000 × 15 / 28 = 5357.14 → 5357
  assert.equal(prorateMonth(10000, '2026-02', '2026-02-14', null), 5357);
  assert.equal(prorateMonth(10000, '2026-02', '2026-01-14', null), 10000);
});

test('FEE-1: a meter reading below the previous one is refused unless it is a meter replacement', () => {
  assert.deepEqual(consumptionOf({ previous: 10000, value: 12550 }), { ok: true, consumption: 2550 });
  assert.deepEqual(consumptionOf({ previous: 10000, value: 9000 }), { ok: false, reason: 'below_previous' });
  // Old meter ran to 105.00, new meter started at 0 and now shows 20.00 → 5.00 + 20.00
  assert.deepEqual(
    consumptionOf({ previous: 10000, value: 2000, replacement: { oldFinal: 10500, newStart: 0 } }),
    { ok: true, consumption: 2500 },
  );
  assert.equal(
    consumptionOf({ previous: 10000, value: 2000, replacement: { oldFinal: 9000, newStart: 0 } }).ok,
    false,
  );
});

test('FEE-3: unpaid list three days before the due date, second notice one day before', () => {
  assert.deepEqual(reminderDays('2027-01-10'), { unpaidList: '2027-01-07', secondNotice: '2027-01-09' });
  assert.deepEqual(reminderDays('2027-03-01'), { unpaidList: '2027-02-26', secondNotice: '2027-02-28' });
  assert.equal(defaultDueDate('2026-12'), '2027-01-10');
});

test('BKG-2: overtime air-conditioning is charged by the started hour', () => {
  const at = (hhmm: string) => Date.parse(`2026-11-20T${hhmm}:00Z`);
  // 2 h 10 min → 3 started hours
  assert.equal(startedHours(at('11:00'), at('13:10')), 3);
  assert.deepEqual(overtimeAcCharge(at('11:00'), at('13:10'), 8_000), { hours: 3, amountFen: 24_000 });
  assert.equal(startedHours(at('11:00'), at('13:00')), 2); // exactly two hours
  assert.equal(startedHours(at('11:00'), at('11:01')), 1); // one minute starts an hour
  assert.equal(startedHours(at('11:00'), at('11:00') + 1_000), 1);
  assert.equal(startedHours(Date.parse('2026-11-20T18:00:00Z'), Date.parse('2026-11-21T18:00:00Z')), 24);
  assert.throws(() => startedHours(at('13:00'), at('13:00')), RangeError);
  assert.throws(() => startedHours(at('13:00'), at('11:00')), RangeError);
  assert.throws(() => overtimeAcCharge(at('11:00'), at('12:00'), 0), RangeError);
  assert.throws(() => overtimeAcCharge(at('11:00'), at('12:00'), 12.5), RangeError);
});
