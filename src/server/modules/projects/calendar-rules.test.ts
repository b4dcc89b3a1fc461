import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCalendarText } from './calendar-rules.ts';
import { CALENDAR_2026 } from '../../demo/campus-calendar.ts';

test('the 2026 list parses into holidays and make-up working days', () => {
  const { days, problems } = parseCalendarText(CALENDAR_2026, 2026);
  assert.deepEqual(problems, []);
  const kind = (d: string) => days.find((x) => x.day === d)?.kind;
  assert.equal(kind('2026-02-15'), 'holiday');
  assert.equal(kind('2026-02-23'), 'holiday');
  assert.equal(kind('2026-02-14'), 'workday');
  assert.equal(kind('2026-10-07'), 'holiday');
  assert.equal(kind('2026-10-10'), 'workday');
  assert.equal(kind('2026-10-08'), undefined);
  assert.equal(days.filter((d) => d.kind === 'holiday').length, 3 + 9 + 3 + 5 + 3 + 3 + 7);
  assert.equal(days.find((d) => d.day === '2026-10-01')?.name, '国庆节');
});

test('Chinese kind words, comments and blank lines', () => {
  const { days, problems } = parseCalendarText(
    '# 2027\n\n2027-01-01 休 元旦\n2027-01-04 班 调休\n2027-02-01 至 2027-02-02 假 春节',
    2027,
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(
    days.map((d) => [d.day, d.kind]),
    [
      ['2027-01-01', 'holiday'],
      ['2027-01-04', 'workday'],
      ['2027-02-01', 'holiday'],
      ['2027-02-02', 'holiday'],
    ],
  );
});

test('every bad line is reported with its number and nothing is returned', () => {
  const { days, problems } = parseCalendarText(
    '2026-02-30 holiday x\n2026-03-01 nap y\n2026-05-01 holiday a\n2026-05-01 workday b\n2025-12-31 holiday c\n2026-06-10..2026-06-01 holiday d',
    2026,
  );
  assert.deepEqual(days, []);
  assert.deepEqual(
    problems.map((p) => [p.line, p.key]),
    [
      [1, 'calendar.bad_line'],
      [2, 'calendar.bad_line'],
      [4, 'calendar.duplicate_day'],
      [5, 'calendar.year_mismatch'],
      [6, 'calendar.bad_line'],
    ],
  );
});
