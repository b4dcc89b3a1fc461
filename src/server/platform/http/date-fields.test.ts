import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, TEST_START } from '../../../../tests/support/factory/index.ts';
import { tableCounts } from '../../../../tests/support/table-counts.ts';
import { DATE_WINDOWS, dateWindowIssue } from './date-fields.ts';

const now = new Date('2026-11-25T01:00:00Z');
const day = (s: string) => new Date(`${s}T00:00:00Z`);

test('input: date windows — a term runs ten years either side of today, the year 9999 is refused', () => {
  assert.equal(dateWindowIssue(day('2036-11-25'), DATE_WINDOWS.term, now, true), null);
  assert.equal(dateWindowIssue(day('2016-11-25'), DATE_WINDOWS.term, now, true), null);
  assert.deepEqual(dateWindowIssue(day('9999-12-31'), DATE_WINDOWS.term, now, true), {
    key: 'field.date_too_late',
    values: { max: '2036-11-25' },
  });
  assert.deepEqual(dateWindowIssue(day('2016-11-24'), DATE_WINDOWS.term, now, true), {
    key: 'field.date_too_early',
    values: { min: '2016-11-25' },
  });
  // A lease may run to the legal maximum of 20 years.
  assert.equal(dateWindowIssue(day('2046-11-25'), DATE_WINDOWS.leaseEnd, now, true), null);
  assert.ok(dateWindowIssue(day('2046-11-26'), DATE_WINDOWS.leaseEnd, now, true));
});

test('input: date windows — an event time may be a few minutes ahead (clock skew), never later', () => {
  assert.equal(dateWindowIssue(new Date('2026-11-25T01:05:00Z'), DATE_WINDOWS.event, now, false), null);
  assert.deepEqual(dateWindowIssue(new Date('2026-11-25T01:05:01Z'), DATE_WINDOWS.event, now, false), {
    key: 'field.time_future',
  });
  assert.deepEqual(dateWindowIssue(new Date('2030-01-01T00:00:00Z'), DATE_WINDOWS.event, now, false), {
    key: 'field.time_future',
  });
  assert.equal(dateWindowIssue(new Date('2025-11-25T01:00:00Z'), DATE_WINDOWS.event, now, false), null);
  assert.deepEqual(dateWindowIssue(new Date('2025-11-25T00:59:59Z'), DATE_WINDOWS.event, now, false), {
    key: 'field.date_too_early',
    values: { min: '2025-11-25' },
  });
});

test('input: date windows — "today at the latest" holds in every time zone (one day of slack over UTC)', () => {
  // 2026-11-25 01:00 UTC is already 2026-11-26 in Kiribati (UTC+14).
  assert.equal(dateWindowIssue(day('2026-11-26'), DATE_WINDOWS.happenedDay, now, true), null);
  assert.deepEqual(dateWindowIssue(day('2026-11-27'), DATE_WINDOWS.happenedDay, now, true), {
    key: 'field.day_future',
  });
  assert.deepEqual(dateWindowIssue(day('2027-03-01'), DATE_WINDOWS.birthday, now, true), {
    key: 'field.day_future',
  });
  assert.ok(dateWindowIssue(day('1066-10-14'), DATE_WINDOWS.birthday, now, true));
});

test('input: date windows — an appointment is from now (five minutes of skew) to a year ahead', () => {
  assert.equal(dateWindowIssue(new Date('2026-11-25T00:56:00Z'), DATE_WINDOWS.upcoming, now, false), null);
  assert.deepEqual(dateWindowIssue(new Date('2026-11-24T09:00:00Z'), DATE_WINDOWS.upcoming, now, false), {
    key: 'field.time_past',
  });
  assert.deepEqual(dateWindowIssue(new Date('2099-01-01T09:00:00Z'), DATE_WINDOWS.upcoming, now, false), {
    key: 'field.date_too_late',
    values: { max: '2027-11-25' },
  });
});

createTestApp('input: every date is bounded to what the business allows', (ctx) => {
  const P = () => ctx().projects.CAMPUS;
  const fieldsOf = (r: { body: any }) =>
    Object.fromEntries(
      (r.body.error?.fields ?? []).map((f: { path: string; message: string }) => [f.path, f.message]),
    );

  test('input: a fee item effective until 9999-12-31 or from 1900 is refused, and none is defined', async () => {
    const pm = await ctx().login('pm');
    const count = async () => (await tableCounts(ctx().deps)).fee_items;
    const n = await count();
    const r = await pm.post(`/api/projects/${P()}/billing/fee-items`, {
      code: 'FAR',
      name: '远期',
      kind: 'fixed',
      amountFen: 100,
      effectiveFrom: '1900-01-01',
      effectiveTo: '9999-12-31',
    });
    assert.equal(r.status, 400);
    assert.deepEqual(fieldsOf(r), {
      effectiveFrom: 'Cannot be before 2016-11-25',
      effectiveTo: 'Cannot be after 2036-11-25',
    });
    assert.equal(await count(), n);
    const ok = await pm.post(`/api/projects/${P()}/billing/fee-items`, {
      code: 'FAR',
      name: '远期',
      kind: 'fixed',
      amountFen: 100,
      effectiveFrom: '2026-12-01',
      effectiveTo: '2030-12-31',
    });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
  });

  test('input: a billing account or a parking rental ending in 9999 is refused', async () => {
    const cashier = await ctx().login('pm');
    cashier.lang = 'zh-CN';
    const ids = {
      unitId: '00000000-0000-4000-8000-000000000001',
      customerId: '00000000-0000-4000-8000-000000000002',
    };
    const account = await cashier.post(`/api/projects/${P()}/billing/accounts`, {
      ...ids,
      startDay: '2026-11-01',
      endDay: '9999-12-31',
    });
    assert.equal(account.status, 400);
    assert.deepEqual(fieldsOf(account), { endDay: '不能晚于 2036-11-25' });
    const rental = await cashier.post(`/api/projects/${P()}/parking/rentals`, {
      ...ids,
      plate: '京A12345',
      carModel: '大众',
      phone: '13800000001',
      licenceChecked: true,
      startDay: '2026-12-01',
      endDay: '9999-12-31',
    });
    assert.equal(rental.status, 400);
    assert.deepEqual(fieldsOf(rental), { endDay: '不能晚于 2036-11-25' });
    const ending = await cashier.post(`/api/projects/${P()}/billing/accounts/${ids.unitId}/end`, {
      endDay: '9999-12-31',
    });
    assert.equal(ending.status, 400);
    assert.deepEqual(fieldsOf(ending), { endDay: '不能晚于 2036-11-25' });
  });

  test('input: a complaint about an event in 2030 is refused; one a minute ago is taken', async () => {
    const clerk = await ctx().login('clerk');
    const tickets = async () =>
      (
        await ctx()
          .deps.db.k.selectFrom('tickets')
          .select('ticket_id')
          .where('project_id', '=', P())
          .execute()
      ).length;
    const n = await tickets();
    const body = {
      kind: 'complaint',
      customerName: '林晓梅',
      publicArea: '大堂',
      description: '保安态度恶劣',
    };
    const future = await clerk.post(`/api/projects/${P()}/tickets`, {
      ...body,
      eventAt: '2030-01-01T09:00:00+08:00',
    });
    assert.equal(future.status, 400);
    assert.deepEqual(fieldsOf(future), { eventAt: 'Cannot be in the future' });
    assert.equal(await tickets(), n);
    const justNow = new Date(Date.parse(TEST_START) - 60_000).toISOString();
    const ok = await clerk.post(`/api/projects/${P()}/tickets`, { ...body, eventAt: justNow });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
  });

  test('input: the windows follow the server clock, not the machine it runs on', async () => {
    const body = { kind: 'complaint', customerName: '林晓梅', publicArea: '大堂', description: '电梯故障' };
    ctx().clock.set('2031-06-01T00:00:00Z');
    const clerk = await ctx().login('clerk');
    // In the server's 2031, an event in 2030 has happened.
    const r = await clerk.post(`/api/projects/${P()}/tickets`, { ...body, eventAt: '2030-12-01T09:00:00Z' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  });
});
