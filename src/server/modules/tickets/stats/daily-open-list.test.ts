import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestContext, loginAs } from '../../../../../tests/support/factory/index.ts';
import { sweepOnce } from '../../../platform/timers/sweeper.ts';
import { timerHandlers } from '../../../timer-handlers.ts';
import {
  DAILY_LIST_NOTIFICATION,
  DAILY_OPEN_LIST_TIMER,
  dailyOpenListHandler,
  ensureDailyListTimers,
  nextListDay,
} from './daily-open-list.ts';
import { Scenario } from './scenario.ts';

test('REP-6: the list is drawn up at the next 17:00 project time; a server down past 17:00 resumes with the next day', () => {
  const tz = 'Asia/Shanghai';
  assert.equal(
    nextListDay('2026-11-25', new Date('2026-11-25T08:59:59.000Z'), tz),
    '2026-11-25',
    '16:59:59 local: today',
  );
  assert.equal(
    nextListDay('2026-11-25', new Date('2026-11-25T09:00:00.000Z'), tz),
    '2026-11-26',
    "17:00 sharp: today's is due now, so the next is tomorrow",
  );
  assert.equal(
    nextListDay('2026-11-20', new Date('2026-11-25T10:00:00.000Z'), tz),
    '2026-11-26',
    'no backlog of missed days',
  );
});

createTestApp('REP-6 daily open work orders', (ctx) => {
  const s = new Scenario(ctx);

  const sweep = (c: TestContext) =>
    sweepOnce({
      db: c.deps.db,
      clock: c.clock,
      logger: c.deps.logger,
      handlers: new Map([...timerHandlers(c.deps), [DAILY_OPEN_LIST_TIMER, dailyOpenListHandler]]),
      workerId: 'test',
      batch: 10_000,
    });
  const listTimers = (c: TestContext) =>
    c.deps.db.k
      .selectFrom('timers')
      .select(['project_id', 'dedupe_key', 'due_at', 'status'])
      .where('kind', '=', DAILY_OPEN_LIST_TIMER)
      .orderBy('due_at')
      .orderBy('project_id')
      .execute();
  const notices = async (c: TestContext, username: string) => {
    const u = await c.deps.db.k
      .selectFrom('users')
      .select('user_id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    return c.deps.db.k
      .selectFrom('notifications')
      .select(['kind', 'params_json', 'ticket_id', 'created_at'])
      .where('user_id', '=', u.user_id)
      .where('kind', '=', DAILY_LIST_NOTIFICATION)
      .orderBy('created_at')
      .execute();
  };

  test("REP-6: at 17:00 the day's repairs still open or not called back are listed and the engineering head is told; then the next day is scheduled", async () => {
    const c = ctx();
    const unit = await s.at('2026-11-24T15:30:00.000Z').unit('1-602');
    const repair = (extra: Record<string, unknown> = {}) =>
      s.intake({
        kind: 'repair',
        customerName: '高远',
        unitId: unit,
        description: '空调不制冷',
        urgency: 'urgent',
        ...extra,
      });
    await repair(); // Tuesday 23:30 local: yesterday's
    await s.at('2026-11-24T16:10:00.000Z');
    const early = await repair(); // Wednesday 00:10 local: today's, not forwarded
    await s.at('2026-11-25T01:00:00.000Z'); // 09:00
    await ensureDailyListTimers(c.deps.db.k, c.clock.now());
    await ensureDailyListTimers(c.deps.db.k, c.clock.now()); // at every start: no second timer
    const timers = await listTimers(c);
    assert.deepEqual(
      timers.map((t) => [t.dedupe_key, t.due_at, t.status]),
      [
        ['2026-11-25', '2026-11-25T09:00:00.000Z', 'pending'],
        ['2026-11-25', '2026-11-25T09:00:00.000Z', 'pending'],
      ],
      'one per active project, at 17:00 Shanghai',
    );

    const working = await repair();
    await s.toWork(working);
    await s.at('2026-11-25T02:00:00.000Z');
    const notCalledBack = await repair();
    await s.toWork(notCalledBack);
    await s.act('engineer', notCalledBack, 'complete', { workDone: '加氟' });
    await s.act('clerk', notCalledBack, 'confirm', { signedOnPaper: true });
    await s.at('2026-11-25T03:00:00.000Z');
    const done = await repair();
    await s.toWork(done);
    await s.act('engineer', done, 'complete', { workDone: '清洗滤网' });
    await s.act('clerk', done, 'confirm', { signedOnPaper: true });
    await s.act('clerk', done, 'callback', { reached: true, satisfaction: 'satisfied' });
    const cancelled = await repair();
    await s.act('supervisor', cancelled, 'cancel', { reason: '客户取消' });
    await s.intake({ kind: 'complaint', customerName: '高远', unitId: unit, description: '噪音' });

    c.clock.set('2026-11-25T08:59:00.000Z');
    await sweep(c);
    assert.equal((await notices(c, 'enghead')).length, 0, 'not before 17:00');

    c.clock.set('2026-11-25T09:00:00.000Z');
    await sweep(c);
    const head = await notices(c, 'enghead');
    assert.equal(head.length, 1);
    assert.deepEqual(JSON.parse(head[0]!.params_json), { count: 3, day: '2026-11-25' });
    assert.equal(head[0]!.created_at, '2026-11-25T09:00:00.000Z');
    assert.equal((await notices(c, 'engineer')).length, 0, 'the department head, not the engineers');
    assert.equal((await notices(c, 'supervisor')).length, 0);
    const after = await listTimers(c);
    assert.deepEqual(
      after.map((t) => [t.dedupe_key, t.status]),
      [
        ['2026-11-25', 'done'],
        ['2026-11-25', 'done'],
        ['2026-11-26', 'pending'],
        ['2026-11-26', 'pending'],
      ],
    );
    assert.equal(after[2]!.due_at, '2026-11-26T09:00:00.000Z');

    const list = await (
      await loginAs(c, 'enghead')
    ).get(`/api/projects/${c.projects.CAMPUS}/reports/daily-open-list?day=2026-11-25`);
    assert.equal(list.status, 200, JSON.stringify(list.body));
    assert.deepEqual(
      list.body.items.map((i: { number: string; reason: string; unitCode: string }) => [
        i.number,
        i.reason,
        i.unitCode,
      ]),
      [
        [early.number, 'not_forwarded', '1-602'],
        [working.number, 'in_progress', '1-602'],
        [notCalledBack.number, 'not_called_back', '1-602'],
      ],
    );
    assert.equal(list.body.count, 3);
  });

  test('REP-6: the next day fires on its own; a project without an engineering head notifies nobody but keeps its chain', async () => {
    const c = ctx();
    c.clock.set('2026-11-26T09:00:00.000Z');
    await sweep(c);
    const head = await notices(c, 'enghead');
    assert.equal(head.length, 2);
    assert.deepEqual(JSON.parse(head[1]!.params_json), { count: 0, day: '2026-11-26' });
    const estateTimers = await c.deps.db.k
      .selectFrom('timers')
      .select(['dedupe_key', 'status'])
      .where('kind', '=', DAILY_OPEN_LIST_TIMER)
      .where('project_id', '=', c.projects.ESTATE)
      .orderBy('due_at')
      .execute();
    assert.deepEqual(
      estateTimers.map((t) => [t.dedupe_key, t.status]),
      [
        ['2026-11-25', 'done'],
        ['2026-11-26', 'done'],
        ['2026-11-27', 'pending'],
      ],
    );
    const estateNotices = await c.deps.db.k
      .selectFrom('notifications')
      .select('kind')
      .where('project_id', '=', c.projects.ESTATE)
      .where('kind', '=', DAILY_LIST_NOTIFICATION)
      .execute();
    assert.equal(estateNotices.length, 0);
  });

  test('REP-6: the list is for those who hold ticket.stats in the project', async () => {
    const c = ctx();
    s.at('2026-11-26T09:30:00.000Z');
    const url = `/api/projects/${c.projects.CAMPUS}/reports/daily-open-list`;
    assert.equal((await (await loginAs(c, 'engineer')).get(url)).status, 403);
    assert.equal((await (await loginAs(c, 'estate.pm')).get(url)).status, 404);
    const today = await (await loginAs(c, 'supervisor')).get(url);
    assert.equal(today.status, 200);
    assert.equal(today.body.day, '2026-11-26', 'today, project-local, by default');
    assert.equal((await (await loginAs(c, 'supervisor')).get(`${url}?day=2026-13-01`)).status, 400);
  });
});
