/**
 * The demo a newcomer meets (issue #9): the month of work seeded through the use cases into
 * a fresh database at a fixed clock is believable and consistent, and the login page's
 * list of demo logins is answered only on a demo database.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../../tests/support/factory/index.ts';
import { seedDemo } from './seed-demo.ts';
import { seededRandom } from './random.ts';
import { localDay } from '../platform/calendar/index.ts';

test('the demo generator is the same for a given day and differs from one day to the next', () => {
  const draw = (seed: string) =>
    Array.from(
      { length: 20 },
      (
        (r) => () =>
          r.int(0, 1000)
      )(seededRandom(seed)),
    );
  assert.deepEqual(draw('propdesk-demo-2026-12-07'), draw('propdesk-demo-2026-12-07'));
  assert.notDeepEqual(draw('propdesk-demo-2026-12-07'), draw('propdesk-demo-2026-12-08'));
});

createTestApp(
  'demo month',
  (ctx) => {
    const lines: string[] = [];
    let campusId = '';

    // Eight weeks through the use cases: about 15 s of work, far longer on a busy shared machine.
    test(
      'an empty database lists no demo logins; the seeded demo lists each login with its role and password',
      { timeout: 900_000 },
      async () => {
        const anon = ctx().anonymous();
        assert.deepEqual((await anon.get('/api/auth/demo-logins')).body, { logins: [] });
        await seedDemo(ctx().deps, { month: true, callsPerDay: 3, log: (l) => lines.push(l) });
        campusId = (
          await ctx()
            .deps.db.k.selectFrom('projects')
            .select('project_id')
            .where('code', '=', 'CAMPUS')
            .executeTakeFirstOrThrow()
        ).project_id;
        const r = await anon.get('/api/auth/demo-logins');
        assert.equal(r.status, 200);
        const clerk = r.body.logins.find((l: { username: string }) => l.username === 'clerk');
        assert.deepEqual(clerk, {
          username: 'clerk',
          displayName: '王芳（前台）',
          roles: ['cs_clerk'],
          isCompanyAdmin: false,
          project: 'CAMPUS',
          password: 'Demo2026',
        });
        assert.equal(
          r.body.logins.find((l: { username: string }) => l.username === 'admin').isCompanyAdmin,
          true,
        );
        assert.equal((await ctx().login('clerk', clerk.password)).csrf.length > 0, true);
      },
    );

    test('every step of the month went through: no use case refused one', () => {
      assert.deepEqual(
        lines.filter((l) => l.includes('refused')),
        [],
      );
      assert.ok(
        lines.some((l) => /played/.test(l)),
        lines.join('\n'),
      );
    });

    test('tickets of every kind and several states over eight weeks, some overdue, escalated, reworked, called back', async () => {
      const db = ctx().deps.db.k;
      const rows = await db
        .selectFrom('tickets')
        .select(['kind', 'state', 'received_at', 'escalation', 'rework_count', 'forward_late', 'chase_count'])
        .where('project_id', '=', campusId)
        .execute();
      assert.ok(rows.length >= 100, `${rows.length} tickets`);
      assert.deepEqual([...new Set(rows.map((t) => t.kind))].sort(), [
        'complaint',
        'inquiry',
        'message',
        'repair',
        'request',
      ]);
      const states = new Set(rows.map((t) => t.state));
      for (const s of ['closed', 'in_progress', 'forwarded'])
        assert.ok(states.has(s), `no ${s} ticket: ${[...states]}`);
      const days = new Set(rows.map((t) => t.received_at.slice(0, 10)));
      assert.ok(days.size >= 40, `received on ${days.size} days only`);
      const first = rows.map((t) => t.received_at).sort()[0]!;
      assert.ok(Date.parse(first) < ctx().clock.now().getTime() - 50 * 86_400_000, `first ticket ${first}`);
      assert.ok(
        rows.some((t) => Number(t.escalation) > 0),
        'none escalated',
      );
      assert.ok(
        rows.some((t) => Number(t.rework_count) > 0),
        'none reworked',
      );
      assert.ok(
        rows.some((t) => Number(t.chase_count) > 0),
        'none chased',
      );
      const callbacks = await db
        .selectFrom('ticket_events')
        .select('type')
        .where('project_id', '=', campusId)
        .where('type', '=', 'callback')
        .execute();
      assert.ok(callbacks.length > 20, `${callbacks.length} callbacks`);
      // Escalations were told as they happened, not all at once at the end.
      const told = await db.selectFrom('notifications').select('created_at').execute();
      assert.ok(
        new Set(told.map((n) => n.created_at.slice(0, 10))).size > 10,
        'notifications bunched on few days',
      );
    });

    test("last complete week's weekly report is not all zeros", async () => {
      const sup = await ctx().login('supervisor');
      const r = await sup.get(`/api/projects/${campusId}/reports/weekly?from=2026-11-16&to=2026-11-22`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.ok(r.body.repairs.received > 0, JSON.stringify(r.body.repairs));
      assert.ok(
        r.body.complaints.received > 0 || r.body.requests.received > 0,
        JSON.stringify(r.body.complaints),
      );
      assert.ok(r.body.callbacks.total.calledBack > 0, JSON.stringify(r.body.callbacks.total));
    });

    test('no 未接房 unit has a customer or a bill; every occupied unit has a customer', async () => {
      const db = ctx().deps.db.k;
      const units = await db.selectFrom('units').select(['unit_id', 'code', 'status']).execute();
      const linked = new Set(
        (await db.selectFrom('customer_units').select('unit_id').execute()).map((r) => r.unit_id),
      );
      const billed = new Set(
        (
          await db
            .selectFrom('bills' as 'units')
            .select('unit_id')
            .execute()
        ).map((r) => r.unit_id),
      );
      const notReceived = units.filter((u) => u.status === 'not_received');
      assert.ok(notReceived.length > 0);
      assert.deepEqual(
        notReceived.filter((u) => linked.has(u.unit_id) || billed.has(u.unit_id)).map((u) => u.code),
        [],
      );
      const occupied = units.filter((u) =>
        ['office_in_use', 'tenant_occupied', 'owner_occupied', 'renovating'].includes(u.status),
      );
      assert.ok(occupied.length > 150, `${occupied.length} occupied units`);
      assert.deepEqual(
        occupied.filter((u) => !linked.has(u.unit_id)).map((u) => u.code),
        [],
      );
      const customers = await db.selectFrom('customers').select('customer_id').execute();
      assert.ok(customers.length > 250, `${customers.length} customers`);
    });

    test('bills for each month, most paid, some in arrears; parking let; keys moved', async () => {
      const db = ctx().deps.db.k as unknown as import('kysely').Kysely<
        Record<string, Record<string, string | number>>
      >;
      const bills = await db
        .selectFrom('bills')
        .select(['bill_id', 'period', 'due_date', 'total_fen'])
        .execute();
      assert.ok(new Set(bills.map((b) => b.period)).size >= 2, 'bills of one month only');
      const entries = await db
        .selectFrom('ledger_entries')
        .select(['bill_id', 'amount_fen'])
        .where('book', '=', 'fees')
        .execute();
      const owed = new Map<string, number>();
      for (const e of entries)
        if (e.bill_id) owed.set(String(e.bill_id), (owed.get(String(e.bill_id)) ?? 0) + Number(e.amount_fen));
      const today = localDay(ctx().clock.now(), 'Asia/Shanghai');
      const paid = bills.filter((b) => (owed.get(String(b.bill_id)) ?? 0) === 0);
      const arrears = bills.filter(
        (b) => (owed.get(String(b.bill_id)) ?? 0) > 0 && String(b.due_date) < today,
      );
      assert.ok(paid.length > bills.length / 2, `${paid.length} of ${bills.length} paid`);
      assert.ok(arrears.length > 0, 'no arrears');
      assert.ok((await db.selectFrom('parking_rentals').select('rental_id').execute()).length > 20);
      assert.ok(
        (await db.selectFrom('key_movements').select('kind').where('kind', '=', 'viewing').execute()).length >
          0,
      );
    });

    test('a move-out finished: the company settled everything, the unit is 空置', async () => {
      const db = ctx().deps.db.k as unknown as import('kysely').Kysely<
        Record<string, Record<string, string | number | null>>
      >;
      const done = await db.selectFrom('move_outs').select(['unit_id', 'state']).execute();
      assert.deepEqual(
        done.map((m) => m.state),
        ['completed'],
      );
      assert.equal(
        (
          await db
            .selectFrom('units')
            .select('status')
            .where('unit_id', '=', String(done[0]!.unit_id))
            .executeTakeFirstOrThrow()
        ).status,
        'vacant',
      );
    });

    test('a handover finished: the owner verified and billed from that day, the unit 空置', async () => {
      const db = ctx().deps.db.k as unknown as import('kysely').Kysely<
        Record<string, Record<string, string | number | null>>
      >;
      const done = await db
        .selectFrom('handovers')
        .select(['unit_id', 'completed_at'])
        .where('completed_at', 'is not', null)
        .execute();
      assert.equal(done.length, 1);
      const unit = await db
        .selectFrom('units')
        .select('status')
        .where('unit_id', '=', String(done[0]!.unit_id))
        .executeTakeFirstOrThrow();
      assert.equal(unit.status, 'vacant');
      assert.ok(
        (
          await db
            .selectFrom('customer_units')
            .select('relation')
            .where('unit_id', '=', String(done[0]!.unit_id))
            .where('relation', '=', 'owner')
            .execute()
        ).length === 1,
      );
    });

    test('a demo login reset by an admin is no longer listed (its printed password no longer works)', async () => {
      const admin = await ctx().login('admin');
      const guard = await ctx()
        .deps.db.k.selectFrom('users')
        .select('user_id')
        .where('username', '=', 'guard')
        .executeTakeFirstOrThrow();
      assert.equal(
        (await admin.post(`/api/staff/${guard.user_id}/password`, { password: 'Reset2026x' })).status,
        204,
      );
      const r = await ctx().anonymous().get('/api/auth/demo-logins');
      assert.equal(
        r.body.logins.some((l: { username: string }) => l.username === 'guard'),
        false,
      );
      assert.equal(
        r.body.logins.some((l: { username: string }) => l.username === 'clerk'),
        true,
      );
    });
  },
  { seed: false },
);
