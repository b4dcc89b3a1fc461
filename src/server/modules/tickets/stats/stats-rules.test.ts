import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  complaintMatrix,
  countOutcomes,
  deadlineOutcome,
  findRepeats,
  isoWeekMonday,
  isoWeekOf,
  lastCompleteWeek,
  rate,
  reportDays,
  sameComplainant,
  type ComplainantTicket,
} from './stats-rules.ts';
import { utcBounds } from './week-window.ts';
import { fenToYuan, maskPhone } from '../../../platform/print/format.ts';

test('RPT-1: ISO weeks — week 1 holds the first Thursday; 2026 has 53 weeks, 2027 has 52', () => {
  assert.equal(isoWeekMonday(2026, 1), '2025-12-29');
  assert.equal(isoWeekMonday(2026, 47), '2026-11-16');
  assert.equal(isoWeekMonday(2026, 53), '2026-12-28');
  assert.equal(isoWeekMonday(2027, 53), null);
  assert.equal(isoWeekMonday(2026, 0), null);
  assert.deepEqual(isoWeekOf('2027-01-01'), { year: 2026, week: 53 });
  assert.deepEqual(isoWeekOf('2027-01-04'), { year: 2027, week: 1 });
  assert.deepEqual(isoWeekOf('2026-11-22'), { year: 2026, week: 47 });
});

test('CMP-10/REQ-3: the default is the last complete Monday–Sunday week, even on a Monday or a Sunday', () => {
  assert.deepEqual(lastCompleteWeek('2026-11-25'), {
    from: '2026-11-16',
    to: '2026-11-22',
    label: '2026-W47',
  });
  assert.deepEqual(
    lastCompleteWeek('2026-11-23'),
    { from: '2026-11-16', to: '2026-11-22', label: '2026-W47' },
    'Monday: last week is complete',
  );
  assert.deepEqual(
    lastCompleteWeek('2026-11-22'),
    { from: '2026-11-09', to: '2026-11-15', label: '2026-W46' },
    'Sunday: this week is not over',
  );
});

test('RPT-1: a report asks for a week, a from/to range, or nothing; malformed requests name the field', () => {
  const today = '2026-12-02';
  assert.deepEqual(reportDays({ week: '2026-W48' }, today), {
    from: '2026-11-23',
    to: '2026-11-29',
    label: '2026-W48',
  });
  assert.deepEqual(reportDays({}, today), { from: '2026-11-23', to: '2026-11-29', label: '2026-W48' });
  assert.deepEqual(
    reportDays({ from: '2026-11-23', to: '2026-11-29' }, today),
    { from: '2026-11-23', to: '2026-11-29', label: '2026-W48' },
    'a whole week by dates is named as the week',
  );
  assert.deepEqual(reportDays({ from: '2026-11-24', to: '2026-11-26' }, today), {
    from: '2026-11-24',
    to: '2026-11-26',
    label: '2026-11-24..2026-11-26',
  });
  assert.deepEqual(reportDays({ week: '2027-W53' }, today), { key: 'report.week_invalid', path: 'week' });
  assert.deepEqual(reportDays({ week: '2026-W48', from: '2026-11-23' }, today), {
    key: 'report.week_or_range',
    path: 'week',
  });
  assert.deepEqual(reportDays({ from: '2026-11-23' }, today), { key: 'report.range_incomplete', path: 'to' });
  assert.deepEqual(reportDays({ from: '2026-11-29', to: '2026-11-23' }, today), {
    key: 'report.range_invalid',
    path: 'to',
  });
  assert.deepEqual(reportDays({ from: '2026-02-30', to: '2026-03-02' }, today), {
    key: 'report.range_invalid',
    path: 'from',
  });
  assert.deepEqual(
    reportDays({ from: '2025-01-01', to: '2026-01-02' }, today),
    { key: 'report.range_invalid', path: 'to' },
    'more than 366 days',
  );
});

test('RPT-1: a local week becomes UTC bounds in the project zone, half-open at local midnight', () => {
  assert.deepEqual(utcBounds({ from: '2026-11-16', to: '2026-11-22' }, 'Asia/Shanghai'), {
    start: '2026-11-15T16:00:00.000Z',
    end: '2026-11-22T16:00:00.000Z',
  });
  // A zone with a DST change inside the week: the week is 169 hours long.
  const ny = utcBounds({ from: '2026-10-26', to: '2026-11-01' }, 'America/New_York');
  assert.deepEqual(ny, { start: '2026-10-26T04:00:00.000Z', end: '2026-11-02T05:00:00.000Z' });
});

test('CMP-10: the matrix counts type × level, invalid and not-yet-graded complaints, with totals', () => {
  const { rows, totals } = complaintMatrix([
    { complaintType: 'equipment', validity: 'valid', level: 'minor', n: 2 },
    { complaintType: 'equipment', validity: 'valid', level: 'major', n: 1 },
    { complaintType: 'attitude', validity: 'valid', level: 'important', n: 1 },
    { complaintType: null, validity: 'invalid', level: null, n: 3 },
    { complaintType: null, validity: null, level: null, n: 1 },
    { complaintType: 'energy', validity: 'invalid', level: null, n: 1 },
  ]);
  assert.deepEqual(
    rows.map((r) => r.type),
    ['equipment', 'attitude', 'quality', 'emergency', 'energy', 'other', 'unclassified'],
  );
  assert.deepEqual(rows[0], {
    type: 'equipment',
    major: 1,
    important: 0,
    minor: 2,
    invalid: 0,
    ungraded: 0,
    total: 3,
  });
  assert.deepEqual(rows[4], {
    type: 'energy',
    major: 0,
    important: 0,
    minor: 0,
    invalid: 1,
    ungraded: 0,
    total: 1,
  });
  assert.deepEqual(rows[6], {
    type: 'unclassified',
    major: 0,
    important: 0,
    minor: 0,
    invalid: 3,
    ungraded: 1,
    total: 4,
  });
  assert.deepEqual(totals, { major: 1, important: 1, minor: 2, invalid: 4, ungraded: 1, total: 9 });
});

const c = (
  ticketId: string,
  receivedAt: string,
  who: { customerId?: string; phoneNorm?: string },
): ComplainantTicket => ({
  ticketId,
  number: `TS-${ticketId}`,
  customerId: who.customerId ?? null,
  phoneNorm: who.phoneNorm ?? '',
  customerName: ticketId,
  receivedAt,
});

test('CMP-10: the same customer is the same customer id, else the same phone; neither means unknown', () => {
  assert.equal(
    sameComplainant({ customerId: 'a', phoneNorm: '1' }, { customerId: 'a', phoneNorm: '2' }),
    true,
  );
  assert.equal(
    sameComplainant({ customerId: 'a', phoneNorm: '1' }, { customerId: 'b', phoneNorm: '1' }),
    false,
    'two archived customers sharing a desk phone are two customers',
  );
  assert.equal(
    sameComplainant({ customerId: 'a', phoneNorm: '1' }, { customerId: null, phoneNorm: '1' }),
    true,
    'an unidentified earlier call from the same phone',
  );
  assert.equal(
    sameComplainant({ customerId: null, phoneNorm: '' }, { customerId: null, phoneNorm: '' }),
    false,
  );
});

test('CMP-10: a repeat complaint is one whose customer complained in the 90 days before it', () => {
  const week = [
    c('w1', '2026-11-24T02:00:00.000Z', { customerId: 'zhou' }),
    c('w2', '2026-11-25T02:00:00.000Z', { phoneNorm: '13900001111' }),
    c('w3', '2026-11-26T02:00:00.000Z', { phoneNorm: '13900001111' }),
    c('w4', '2026-11-26T03:00:00.000Z', { customerId: 'gao' }),
    c('w5', '2026-11-27T03:00:00.000Z', {}),
    c('w6', '2026-11-27T04:00:00.000Z', {}),
  ];
  const earlier = [
    c('e1', '2026-11-20T02:00:00.000Z', { customerId: 'zhou' }),
    c('e2', '2026-08-28T02:59:59.000Z', { customerId: 'gao' }), // 90 days and 1 second before w4
    c('e3', '2026-08-28T03:00:00.000Z', { customerId: 'zhou' }),
  ];
  const found = findRepeats(week, [...earlier, ...week]);
  assert.deepEqual(
    found.map((r) => [r.ticketId, r.previous.map((p) => p.ticketId)]),
    [
      ['w1', ['e3', 'e1']],
      ['w3', ['w2']],
    ],
  );
  // Exactly 90 days before still counts.
  const edge = findRepeats(
    [c('x', '2026-11-26T03:00:00.000Z', { customerId: 'gao' })],
    [c('y', '2026-08-28T03:00:00.000Z', { customerId: 'gao' })],
  );
  assert.equal(edge.length, 1);
});

test('RPT-2: a deadline is kept when met by its due time; breached when ever breached, met late, or open past due', () => {
  const now = new Date('2026-11-30T00:00:00.000Z');
  const d = (
    status: string,
    dueAt: string,
    metAt: string | null = null,
    breachedAt: string | null = null,
  ) => ({ status, dueAt, metAt, breachedAt });
  assert.equal(
    deadlineOutcome([d('met', '2026-11-25T05:00:00.000Z', '2026-11-25T04:00:00.000Z')], now),
    'met',
  );
  assert.equal(
    deadlineOutcome([d('met', '2026-11-25T05:00:00.000Z', '2026-11-25T06:00:00.000Z')], now),
    'breached',
    'met late before the sweeper ran',
  );
  assert.equal(
    deadlineOutcome(
      [d('breached', '2026-11-25T05:00:00.000Z', '2026-11-25T06:00:00.000Z', '2026-11-25T05:00:01.000Z')],
      now,
    ),
    'breached',
  );
  assert.equal(
    deadlineOutcome([d('open', '2026-11-29T00:00:00.000Z')], now),
    'breached',
    'open and past due',
  );
  assert.equal(deadlineOutcome([d('open', '2026-12-05T00:00:00.000Z')], now), 'pending');
  // Level changed: the old deadline withdrawn after its breach still counts against the ticket.
  assert.equal(
    deadlineOutcome(
      [
        d('cancelled', '2026-11-25T05:00:00.000Z', '2026-11-26T00:00:00.000Z', '2026-11-25T05:00:01.000Z'),
        d('met', '2026-12-10T00:00:00.000Z', '2026-11-27T00:00:00.000Z'),
      ],
      now,
    ),
    'breached',
  );
  // Withdrawn without a breach, replaced by one met on time.
  assert.equal(
    deadlineOutcome(
      [
        d('cancelled', '2026-11-25T05:00:00.000Z', '2026-11-25T03:00:00.000Z'),
        d('met', '2026-12-10T00:00:00.000Z', '2026-11-27T00:00:00.000Z'),
      ],
      now,
    ),
    'met',
  );
  assert.equal(
    deadlineOutcome([d('cancelled', '2026-11-25T05:00:00.000Z', '2026-11-26T00:00:00.000Z')], now),
    null,
    'cancelled with the ticket: not judged',
  );
  assert.deepEqual(countOutcomes(['met', 'met', 'breached', 'pending', null]), {
    met: 2,
    breached: 1,
    pending: 1,
    onTimeRate: 0.6667,
  });
});

test('CBK-2: a rate with nothing to rate is null, not 0 %', () => {
  assert.equal(rate(0, 0), null);
  assert.equal(rate(3, 4), 0.75);
  assert.equal(rate(1, 3), 0.3333);
});

test('FEE-6/CUS-3: fen print as yuan exactly; phones are masked on printouts', () => {
  assert.equal(fenToYuan(0), '0.00');
  assert.equal(fenToYuan(8000), '80.00');
  assert.equal(fenToYuan(123456), '1234.56');
  assert.equal(fenToYuan(-5), '-0.05');
  assert.equal(fenToYuan(900_719_925_474_099), '9007199254740.99');
  assert.equal(maskPhone('138-0101-5678'), '138****5678');
  assert.equal(maskPhone('+86 13801015678'), '138****5678');
  assert.equal(maskPhone('62345678'), '****5678');
  assert.equal(maskPhone(''), '');
});
