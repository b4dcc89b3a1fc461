/** TKT-5: deadlines count down on screen and a passed one is marked without a reload. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, isOverdue, overdueIds } from './countdown.ts';

const days = (d: number) => `${d}天`;

test('TKT-3: the 10-minute forwarding window reads as minutes and seconds', () => {
  assert.equal(formatDuration(10 * 60_000, days), '10:00');
  assert.equal(formatDuration(9 * 60_000 + 58_400, days), '09:58');
  assert.equal(formatDuration(0, days), '00:00');
});

test('hours, then days, and the sign is left to the caller', () => {
  assert.equal(formatDuration((3 * 3600 + 59 * 60 + 7) * 1000, days), '3:59:07');
  assert.equal(formatDuration(-(2 * 3600 + 5 * 60 + 9) * 1000, days), '2:05:09');
  assert.equal(
    formatDuration((15 * 86_400 + 3600) * 1000, (d) => `${d}d`),
    '15d 1:00:00',
  );
});

test('TKT-5: a deadline is overdue once the server time is past it; paused tickets are not', () => {
  const now = Date.parse('2026-11-25T05:00:01Z');
  assert.equal(isOverdue('2026-11-25T05:00:00.000Z', now), true);
  assert.equal(isOverdue('2026-11-25T05:00:02.000Z', now), false);
  assert.equal(isOverdue(null, now), false);
  const items = [
    { ticketId: 'a', nextDueAt: '2026-11-25T05:00:00.000Z', pausedSince: null },
    { ticketId: 'b', nextDueAt: '2026-11-25T06:00:00.000Z', pausedSince: null },
    { ticketId: 'c', nextDueAt: '2026-11-25T04:00:00.000Z', pausedSince: '2026-11-25T03:00:00.000Z' },
    { ticketId: 'd', nextDueAt: null, pausedSince: null },
  ];
  assert.deepEqual(overdueIds(items, now), ['a']);
});
