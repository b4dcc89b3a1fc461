import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FORWARD_MINUTES,
  MINOR_RESOLVE_MINUTES,
  callbackDeadline,
  complaintDeadlines,
  extensionApproverRoles,
  forwardDeadline,
  isForwardLate,
  pickupDeadline,
  requestDeadline,
  sameDayEscalation,
} from './deadline-rules.ts';
import { distinctComplainants, eventIsMajor, higherLevel, notifiesSuperior } from './complaint-rules.ts';
import { pickNext } from './dispatch.ts';

const at = (s: string) => new Date(s);
const sh = { timeZone: 'Asia/Shanghai' };
const iso = (d: Date) => d.toISOString();

test('TKT-3 / REQ-1: forwarding is due 10 minutes after receipt', () => {
  assert.equal(iso(forwardDeadline(at('2026-11-25T02:00:00Z')).dueAt), '2026-11-25T02:10:00.000Z');
});

test('TKT-3: forwarded at the deadline is in time; a moment after it, late — the flag follows the forwarding rule', () => {
  const received = at('2026-11-25T02:00:00Z');
  const after = (ms: number) => new Date(received.getTime() + ms);
  assert.equal(isForwardLate(received, after(FORWARD_MINUTES * 60_000 - 1000)), false);
  assert.equal(isForwardLate(received, forwardDeadline(received).dueAt), false);
  assert.equal(isForwardLate(received, after(FORWARD_MINUTES * 60_000 + 1)), true);
});

test('CMP-6: "half a day" is one reading — 4 hours on the wall clock, through the evening (decision 0004)', () => {
  assert.equal(MINOR_RESOLVE_MINUTES, 240);
  // 16:00 Shanghai → 20:00 the same evening, not the next morning's working hours and not 12 hours.
  const resolve = complaintDeadlines(at('2026-11-25T08:00:00Z'), 'minor', false).find(
    (d) => d.kind === 'resolve',
  )!;
  assert.equal(iso(resolve.dueAt), '2026-11-25T12:00:00.000Z');
});

test('REP-2 / REP-4: urgent repairs are picked up within 10 minutes; scheduled within an hour or by the appointment', () => {
  const f = at('2026-11-25T02:00:00Z');
  assert.equal(iso(pickupDeadline(f, 'urgent', null).dueAt), '2026-11-25T02:10:00.000Z');
  assert.equal(iso(pickupDeadline(f, 'scheduled', null).dueAt), '2026-11-25T03:00:00.000Z');
  assert.equal(
    iso(pickupDeadline(f, 'scheduled', at('2026-11-25T02:30:00Z')).dueAt),
    '2026-11-25T02:30:00.000Z',
  );
  assert.equal(
    iso(pickupDeadline(f, 'scheduled', at('2026-11-26T02:30:00Z')).dueAt),
    '2026-11-25T03:00:00.000Z',
  );
});

test('CMP-6: minor half a day, important 1 day, major answered in 2 days and solved in 15', () => {
  const r = at('2026-11-25T02:00:00Z');
  const by = (level: 'minor' | 'important' | 'major', impact = false) =>
    Object.fromEntries(complaintDeadlines(r, level, impact).map((d) => [d.kind, iso(d.dueAt)]));
  assert.deepEqual(by('minor'), {
    resolve: '2026-11-25T06:00:00.000Z',
    auto_major: '2026-12-02T02:00:00.000Z',
  });
  assert.deepEqual(by('important'), {
    resolve: '2026-11-26T02:00:00.000Z',
    auto_major: '2026-12-02T02:00:00.000Z',
  });
  assert.deepEqual(by('major'), { answer: '2026-11-27T02:00:00.000Z', resolve: '2026-12-10T02:00:00.000Z' });
});

test('CMP-6: a complaint that directly affects the customer is solved within 2 hours', () => {
  const r = at('2026-11-25T02:00:00Z');
  const d = Object.fromEntries(complaintDeadlines(r, 'important', true).map((x) => [x.kind, iso(x.dueAt)]));
  assert.equal(d.resolve, '2026-11-25T04:00:00.000Z');
  const major = Object.fromEntries(complaintDeadlines(r, 'major', true).map((x) => [x.kind, iso(x.dueAt)]));
  assert.equal(major.resolve, '2026-11-25T04:00:00.000Z');
  assert.equal(major.answer, '2026-11-27T02:00:00.000Z');
});

test('CMP-4: a valid complaint below major becomes major 7 days after receipt', () => {
  const kinds = complaintDeadlines(at('2026-11-25T02:00:00Z'), 'minor', false).map((d) => d.kind);
  assert.ok(kinds.includes('auto_major'));
  assert.ok(
    !complaintDeadlines(at('2026-11-25T02:00:00Z'), 'major', false).some((d) => d.kind === 'auto_major'),
  );
});

test('REQ-2: a request is answered within 1 day, or by the promised time', () => {
  assert.equal(iso(requestDeadline(at('2026-11-25T02:00:00Z'), null).dueAt), '2026-11-26T02:00:00.000Z');
  assert.equal(
    iso(requestDeadline(at('2026-11-25T02:00:00Z'), at('2026-11-28T01:00:00Z')).dueAt),
    '2026-11-28T01:00:00.000Z',
  );
});

test('REP-6: a repair is called back the same day; after the day shift, the next day. CMP-9: others within 1 day', () => {
  // 15:00 Shanghai → end of that day (24:00 = 16:00Z)
  assert.equal(
    iso(callbackDeadline('repair', at('2026-11-25T07:00:00Z'), sh).dueAt),
    '2026-11-25T16:00:00.000Z',
  );
  // 18:00 Shanghai → end of the next day
  assert.equal(
    iso(callbackDeadline('repair', at('2026-11-25T10:00:00Z'), sh).dueAt),
    '2026-11-26T16:00:00.000Z',
  );
  assert.equal(
    iso(callbackDeadline('complaint', at('2026-11-25T10:00:00Z'), sh).dueAt),
    '2026-11-26T10:00:00.000Z',
  );
});

test('REP-6: the day shift ends at 17:30 — a repair completed at 17:29 is called back the same day, one completed at 17:30 the next', () => {
  assert.equal(
    iso(callbackDeadline('repair', at('2026-11-25T09:29:00Z'), sh).dueAt),
    '2026-11-25T16:00:00.000Z',
  );
  assert.equal(
    iso(callbackDeadline('repair', at('2026-11-25T09:30:00Z'), sh).dueAt),
    '2026-11-26T16:00:00.000Z',
  );
});

test('CMP-6: not solved the same day → project manager at the end of the local day', () => {
  assert.equal(iso(sameDayEscalation(at('2026-11-25T06:00:00Z'), sh).dueAt), '2026-11-25T16:00:00.000Z');
});

test('TKT-6: who approves an extension, by level', () => {
  assert.deepEqual(extensionApproverRoles('minor'), ['cs_supervisor', 'cs_manager', 'project_manager']);
  assert.deepEqual(extensionApproverRoles('important'), ['cs_manager', 'project_manager']);
  assert.deepEqual(extensionApproverRoles('major'), ['project_manager']);
});

test('CMP-4: distinct complainants — the same person twice counts once; five make it major', () => {
  assert.equal(
    distinctComplainants([
      { customerId: 'a' },
      { customerId: 'a' },
      { phone: '138-0000-1111' },
      { phone: '13800001111' },
      { name: '王' },
    ]),
    3,
  );
  assert.equal(eventIsMajor(4), false);
  assert.equal(eventIsMajor(5), true);
  assert.equal(higherLevel('minor', 'major'), 'major');
  assert.equal(higherLevel('major', 'minor'), 'major');
  assert.equal(higherLevel(null, 'important'), 'important');
});

test('CMP-5: major and important complaints notify the superior; minor does not', () => {
  assert.equal(notifiesSuperior('major'), true);
  assert.equal(notifiesSuperior('important'), true);
  assert.equal(notifiesSuperior('minor'), false);
});

test('dispatch: round-robin after the last served, skipping anyone at the cap', () => {
  assert.equal(pickNext(['a', 'b', 'c'], null, new Map(), 2), 'a');
  assert.equal(pickNext(['a', 'b', 'c'], 'a', new Map(), 2), 'b');
  assert.equal(pickNext(['a', 'b', 'c'], 'c', new Map(), 2), 'a');
  assert.equal(pickNext(['a', 'b', 'c'], 'a', new Map([['b', 2]]), 2), 'c');
  assert.equal(
    pickNext(
      ['a', 'b'],
      'a',
      new Map([
        ['a', 2],
        ['b', 2],
      ]),
      2,
    ),
    null,
  );
  assert.equal(pickNext([], null, new Map(), 2), null);
});
