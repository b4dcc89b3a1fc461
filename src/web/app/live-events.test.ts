/** Live events make exactly the queries they touch stale, and only in their own project. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QueryClient } from '@tanstack/react-query';
import { applyLiveEvent } from './live-events.ts';

function seeded(): QueryClient {
  const qc = new QueryClient();
  for (const key of [
    ['property', 'A', 'buildings'],
    ['property', 'A', 'floors', 'b1'],
    ['property', 'B', 'buildings'],
    ['calendar', 'A', 2026],
    ['staff', 'A'],
    ['tickets', 'A', 'queue', 'kind=repair'],
    ['tickets', 'A', 'detail', 't1'],
    ['tickets', 'B', 'queue', ''],
    ['notifications', 'A', 'unread'],
  ]) {
    qc.setQueryData(key, { cached: true });
  }
  return qc;
}

const stale = (qc: QueryClient) =>
  qc
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => q.queryKey.join('/'))
    .sort();

test('a property event refreshes every property query of its project and nothing else', () => {
  const qc = seeded();
  applyLiveEvent(qc, {
    projectId: 'A',
    type: 'property.unit.updated',
    entityId: 'u1',
    at: '2026-11-25T01:00:00Z',
  });
  assert.deepEqual(stale(qc), ['property/A/buildings', 'property/A/floors/b1']);
});

test('a property event type this UI has not seen before still refreshes the structure', () => {
  const qc = seeded();
  applyLiveEvent(qc, {
    projectId: 'B',
    type: 'property.unit.merged',
    entityId: 'u1',
    at: '2026-11-25T01:00:00Z',
  });
  assert.deepEqual(stale(qc), ['property/B/buildings']);
});

test('a calendar import refreshes the calendar only; unrelated events change nothing', () => {
  const qc = seeded();
  applyLiveEvent(qc, {
    projectId: 'A',
    type: 'project.calendar.changed',
    entityId: '2026',
    at: '2026-11-25T01:00:00Z',
  });
  applyLiveEvent(qc, {
    projectId: 'A',
    type: 'renovation.permit.updated',
    entityId: 'r1',
    at: '2026-11-25T01:00:00Z',
  });
  assert.deepEqual(stale(qc), ['calendar/A/2026']);
});

test("TKT-5: a ticket event refreshes the project's queue, open tickets and the notification bell", () => {
  for (const type of ['ticket.created', 'ticket.updated']) {
    const qc = seeded();
    applyLiveEvent(qc, { projectId: 'A', type, entityId: 't1', at: '2026-11-25T01:00:00Z' });
    assert.deepEqual(stale(qc), [
      'notifications/A/unread',
      'tickets/A/detail/t1',
      'tickets/A/queue/kind=repair',
    ]);
  }
});

test("FEE-3/FEE-6: a payment or an adjustment elsewhere refreshes the project's billing screens and the bell (its unpaid figures)", () => {
  const qc = seeded();
  qc.setQueryData(['billing', 'A', 'unpaid', '2026-12-10'], { cached: true });
  qc.setQueryData(['billing', 'B', 'unpaid', '2026-12-10'], { cached: true });
  applyLiveEvent(qc, { projectId: 'A', type: 'billing.changed', entityId: 'b1', at: '2026-11-25T01:00:00Z' });
  assert.deepEqual(stale(qc), ['billing/A/unpaid/2026-12-10', 'notifications/A/unread']);
});
