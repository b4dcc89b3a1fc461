/** The calendar list the settings page shows is the import format the server reads back. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineOfPath, toImportText, toRanges } from './calendar.ts';
import { parseCalendarText } from '../../../server/modules/projects/calendar-rules.ts';
import { CALENDAR_2026 } from '../../../server/demo/campus-calendar.ts';

test('consecutive days of one holiday make one range; a make-up day stays apart', () => {
  const ranges = toRanges([
    { day: '2026-10-02', kind: 'holiday', name: '国庆节' },
    { day: '2026-10-01', kind: 'holiday', name: '国庆节' },
    { day: '2026-10-03', kind: 'holiday', name: '国庆节' },
    { day: '2026-10-10', kind: 'workday', name: '国庆调休' },
    { day: '2026-10-11', kind: 'holiday', name: '国庆调休' },
  ]);
  assert.deepEqual(
    ranges.map((r) => [r.from, r.to, r.kind, r.days]),
    [
      ['2026-10-01', '2026-10-03', 'holiday', 3],
      ['2026-10-10', '2026-10-10', 'workday', 1],
      ['2026-10-11', '2026-10-11', 'holiday', 1],
    ],
  );
});

test('a year shown as ranges imports back to exactly the same days', () => {
  const { days, problems } = parseCalendarText(CALENDAR_2026, 2026);
  assert.deepEqual(problems, []);
  const text = toImportText(toRanges(days));
  assert.match(text, /^2026-01-01\.\.2026-01-03 holiday 元旦$/m);
  assert.match(text, /^2026-10-10 workday 国庆调休$/m);
  assert.deepEqual(parseCalendarText(text, 2026), { days, problems: [] });
});

test('the line of a calendar problem is read from its field path', () => {
  assert.equal(lineOfPath('text.line.3'), 3);
  assert.equal(lineOfPath('text'), null);
});
