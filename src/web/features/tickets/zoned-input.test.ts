/** Times typed into pickers are the project's local times (ARCHITECTURE "Must hold" 4). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import { pickerValue, zonedIso } from './zoned-input.ts';

dayjs.extend(utc);
dayjs.extend(timezone);

test('an appointment picked as 10:00 is 10:00 in the project zone, whatever the browser zone', () => {
  assert.equal(zonedIso(dayjs('2026-11-26T10:00:00'), 'Asia/Shanghai'), '2026-11-26T02:00:00.000Z');
  assert.equal(zonedIso(dayjs('2026-11-26T10:00:00'), 'Asia/Urumqi'), '2026-11-26T04:00:00.000Z');
});

test('a stored instant shows in the picker as the project-local wall clock', () => {
  assert.equal(
    pickerValue('2026-11-26T02:00:00.000Z', 'Asia/Shanghai').format('YYYY-MM-DD HH:mm'),
    '2026-11-26 10:00',
  );
});
