/**
 * Durable timers (ARCHITECTURE "deadlines survive restarts"): scheduling, firing at the due
 * time and not before, de-duplication, cancellation, and what a failing handler leaves
 * behind. The sweeper is called directly with a handlers map of the test's own, so every
 * effect is a history row we can count.
 */
import { beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { sql } from 'kysely';
import { createTestApp } from '../../../../tests/support/factory/index.ts';
import { SYSTEM_ACTOR } from '../access/actor.ts';
import { recordHistory } from '../history/record-history.ts';
import { newId } from '../ids.ts';
import { cancelTimers, cancelTimersByKeyPrefix, scheduleTimer } from './schedule.ts';
import { sweepOnce, type TimerHandler } from './sweeper.ts';
import type { Db } from '../db/connection.ts';
import type { Clock } from '../clock.ts';

const silent = pino({ level: 'silent' });
const WORKER = 'test-worker';

/** A handler whose only effect is one history row per fired timer, noted with `note`. */
function recordingHandler(note = 'fired'): TimerHandler {
  return async (trx, timer, now) => {
    await recordHistory(trx, {
      projectId: timer.projectId,
      entityType: 'timer-test',
      entityId: timer.timerId,
      action: timer.kind,
      actor: SYSTEM_ACTOR,
      at: now,
      note,
    });
  };
}

/** Writes its history row first, then fails: the row must vanish with the rollback. */
const failingHandler: TimerHandler = async (trx, timer, now) => {
  await recordingHandler('should be rolled back')(trx, timer, now);
  throw new Error('boom from handler');
};

function sweep(
  db: Db,
  clock: Clock,
  handlers: Record<string, TimerHandler>,
  batch?: number,
): Promise<number> {
  return sweepOnce({
    db,
    clock,
    logger: silent,
    handlers: new Map(Object.entries(handlers)),
    workerId: WORKER,
    batch,
  });
}

async function timerRows(db: Db, projectId: string) {
  return db.k
    .selectFrom('timers')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('timer_id')
    .execute();
}

async function historyCount(db: Db, projectId: string): Promise<number> {
  const rows = await db.k
    .selectFrom('history')
    .select('entry_id')
    .where('project_id', '=', projectId)
    .where('entity_type', '=', 'timer-test')
    .execute();
  return rows.length;
}

createTestApp(
  'durable timers',
  (ctx) => {
    // Every test owns the whole timers table: a leftover due timer of an earlier test would
    // otherwise be swept by the next one.
    beforeEach(async () => {
      await ctx().deps.db.k.deleteFrom('timers').execute();
    });

    test('a timer does not fire before it is due, fires once at due, and marks itself done', async () => {
      const { db } = ctx().deps;
      const clock = ctx().clock;
      const projectId = newId();
      const start = clock.now();
      const entityId = newId();
      await scheduleTimer(db.k, {
        projectId,
        kind: 'test.due',
        entityType: 'thing',
        entityId,
        dueAt: new Date(start.getTime() + 30 * 60_000),
        payload: { n: 7 },
        now: start,
      });

      let seen: unknown = null;
      const handlers = {
        'test.due': (async (trx, timer, now) => {
          seen = { entityId: timer.entityId, payload: timer.payload };
          await recordingHandler()(trx, timer, now);
        }) satisfies TimerHandler,
      };
      assert.equal(await sweep(db, clock, handlers), 0, 'not due yet');
      clock.advanceMinutes(29);
      assert.equal(await sweep(db, clock, handlers), 0, 'one minute early');
      assert.equal(await historyCount(db, projectId), 0);

      clock.advanceMinutes(1);
      assert.equal(await sweep(db, clock, handlers), 1);
      assert.deepEqual(seen, { entityId, payload: { n: 7 } });
      assert.equal(await historyCount(db, projectId), 1);
      const [row] = await timerRows(db, projectId);
      assert.equal(row?.status, 'done');
      assert.equal(row?.attempts, 1);
      assert.equal(row?.claimed_by, WORKER);
      assert.equal(row?.fired_at, clock.now().toISOString());

      clock.advanceMinutes(60);
      assert.equal(await sweep(db, clock, handlers), 0, 'a done timer never fires again');
      assert.equal(await historyCount(db, projectId), 1);
    });

    test('scheduling the same (kind, dedupeKey) twice makes one timer; another key or kind makes another', async () => {
      const { db } = ctx().deps;
      const now = ctx().clock.now();
      const projectId = newId();
      const entityId = newId();
      const first = new Date(now.getTime() + 10 * 60_000);
      await scheduleTimer(db.k, {
        projectId,
        kind: 'test.a',
        entityType: 'thing',
        entityId,
        dueAt: first,
        now,
      });
      await scheduleTimer(db.k, {
        projectId,
        kind: 'test.a',
        entityType: 'thing',
        entityId,
        dueAt: new Date(now.getTime() + 99 * 60_000),
        now,
      });
      let rows = await timerRows(db, projectId);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.due_at, first.toISOString(), 'the second schedule changes nothing');

      await scheduleTimer(db.k, {
        projectId,
        kind: 'test.a',
        entityType: 'thing',
        entityId,
        dedupeKey: `${entityId}:second`,
        dueAt: first,
        now,
      });
      await scheduleTimer(db.k, {
        projectId,
        kind: 'test.b',
        entityType: 'thing',
        entityId,
        dueAt: first,
        now,
      });
      rows = await timerRows(db, projectId);
      assert.deepEqual(rows.map((r) => `${r.kind}/${r.dedupe_key}`).sort(), [
        `test.a/${entityId}`,
        `test.a/${entityId}:second`,
        `test.b/${entityId}`,
      ]);
    });

    test('a timer scheduled in a transaction that rolls back does not exist', async () => {
      const { db } = ctx().deps;
      const now = ctx().clock.now();
      const projectId = newId();
      await assert.rejects(
        db.k.transaction().execute(async (trx) => {
          await scheduleTimer(trx, {
            projectId,
            kind: 'test.a',
            entityType: 'thing',
            entityId: newId(),
            dueAt: now,
            now,
          });
          throw new Error('business change failed');
        }),
        /business change failed/,
      );
      assert.equal((await timerRows(db, projectId)).length, 0);
    });

    test('cancelTimers cancels pending timers of an entity (one kind or all) and leaves fired ones as record', async () => {
      const { db } = ctx().deps;
      const clock = ctx().clock;
      const now = clock.now();
      const projectId = newId();
      const entity = newId();
      const other = newId();
      const soon = new Date(now.getTime() + 5 * 60_000);
      for (const kind of ['test.a', 'test.b', 'test.c'])
        await scheduleTimer(db.k, {
          projectId,
          kind,
          entityType: 'thing',
          entityId: entity,
          dueAt: soon,
          now,
        });
      await scheduleTimer(db.k, {
        projectId,
        kind: 'test.a',
        entityType: 'thing',
        entityId: other,
        dueAt: soon,
        now,
      });
      await scheduleTimer(db.k, {
        projectId,
        kind: 'test.done',
        entityType: 'thing',
        entityId: entity,
        dueAt: now,
        now,
      });
      const handlers = {
        'test.a': recordingHandler(),
        'test.b': recordingHandler(),
        'test.c': recordingHandler(),
        'test.done': recordingHandler(),
      };
      assert.equal(await sweep(db, clock, handlers), 1, 'only test.done is due');

      await cancelTimers(db.k, projectId, entity, 'test.a');
      const status = async () =>
        Object.fromEntries(
          (await timerRows(db, projectId)).map((r) => [
            `${r.kind}/${r.entity_id === entity ? 'entity' : 'other'}`,
            r.status,
          ]),
        );
      assert.deepEqual(await status(), {
        'test.a/entity': 'cancelled',
        'test.b/entity': 'pending',
        'test.c/entity': 'pending',
        'test.a/other': 'pending',
        'test.done/entity': 'done',
      });

      await cancelTimers(db.k, projectId, entity);
      assert.deepEqual(await status(), {
        'test.a/entity': 'cancelled',
        'test.b/entity': 'cancelled',
        'test.c/entity': 'cancelled',
        'test.a/other': 'pending',
        'test.done/entity': 'done',
      });

      clock.advanceMinutes(5);
      assert.equal(await sweep(db, clock, handlers), 1, "only the other entity's timer fires");
      assert.equal(await historyCount(db, projectId), 2);
    });

    test('cancelTimersByKeyPrefix cancels every version of a key of one kind, wildcards taken literally', async () => {
      const { db } = ctx().deps;
      const now = ctx().clock.now();
      const projectId = newId();
      const soon = new Date(now.getTime() + 5 * 60_000);
      const keys = { 'test.a': ['d1', 'd1@v2', 'd10', 'dX'], 'test.b': ['d1'] };
      for (const [kind, ks] of Object.entries(keys))
        for (const k of ks)
          await scheduleTimer(db.k, {
            projectId,
            kind,
            entityType: 'thing',
            entityId: 'e',
            dedupeKey: k,
            dueAt: soon,
            now,
          });
      await cancelTimersByKeyPrefix(db.k, projectId, 'test.a', 'd1');
      await cancelTimersByKeyPrefix(db.k, projectId, 'test.a', 'd_');
      const status = Object.fromEntries(
        (await timerRows(db, projectId)).map((r) => [`${r.kind}/${r.dedupe_key}`, r.status]),
      );
      // 'd10' starts with 'd1' too: a prefix is only safe over fixed-length ids (deadlines use UUIDs).
      assert.deepEqual(status, {
        'test.a/d1': 'cancelled',
        'test.a/d1@v2': 'cancelled',
        'test.a/d10': 'cancelled',
        'test.a/dX': 'pending',
        'test.b/d1': 'pending',
      });
    });

    test('a handler that throws: its writes roll back, attempts count up, due_at backs off, and after 10 failures the timer is failed', async () => {
      const { db } = ctx().deps;
      const clock = ctx().clock;
      const projectId = newId();
      const originalDue = clock.now();
      await scheduleTimer(db.k, {
        projectId,
        kind: 'test.fails',
        entityType: 'thing',
        entityId: newId(),
        dueAt: originalDue,
        now: originalDue,
      });
      const handlers = { 'test.fails': failingHandler };

      const backoffMinutes: number[] = [];
      for (let attempt = 1; attempt <= 10; attempt++) {
        const sweptAt = clock.now();
        assert.equal(await sweep(db, clock, handlers), 1, `attempt ${attempt} runs`);
        const [row] = await timerRows(db, projectId);
        assert.ok(row);
        assert.equal(row.attempts, attempt);
        assert.match(row.last_error ?? '', /boom from handler/);
        assert.equal(await historyCount(db, projectId), 0, "the handler's history row was rolled back");
        if (attempt < 10) {
          assert.equal(row.status, 'pending');
          backoffMinutes.push((new Date(row.due_at).getTime() - sweptAt.getTime()) / 60_000);
          assert.equal(await sweep(db, clock, handlers), 0, 'not retried before the back-off has passed');
          clock.set(row.due_at);
        } else {
          assert.equal(row.status, 'failed');
        }
      }
      assert.deepEqual(backoffMinutes, [1, 2, 4, 8, 16, 32, 64, 64, 64]);

      clock.advanceMinutes(24 * 60);
      assert.equal(await sweep(db, clock, handlers), 0, 'a failed timer is left for an operator');
      assert.equal((await timerRows(db, projectId))[0]?.attempts, 10);
    });

    test('a handler whose SQL fails (which aborts a PostgreSQL transaction) is recorded as a failure like any other', async () => {
      const { db } = ctx().deps;
      const clock = ctx().clock;
      const projectId = newId();
      await scheduleTimer(db.k, {
        projectId,
        kind: 'test.bad-sql',
        entityType: 'thing',
        entityId: newId(),
        dueAt: clock.now(),
        now: clock.now(),
      });
      const handlers = {
        'test.bad-sql': (async (trx, timer, now) => {
          await recordingHandler('should be rolled back')(trx, timer, now);
          await sql`select * from no_such_table`.execute(trx);
        }) satisfies TimerHandler,
      };
      assert.equal(await sweep(db, clock, handlers), 1);
      const [row] = await timerRows(db, projectId);
      assert.equal(row?.attempts, 1);
      assert.equal(row?.status, 'pending');
      assert.match(row?.last_error ?? '', /no_such_table/);
      assert.equal(await historyCount(db, projectId), 0);
    });

    test('a timer of an unknown kind fails the same way and ends failed after 10 attempts', async () => {
      const { db } = ctx().deps;
      const clock = ctx().clock;
      const projectId = newId();
      await scheduleTimer(db.k, {
        projectId,
        kind: 'test.nobody-handles-this',
        entityType: 'thing',
        entityId: newId(),
        dueAt: clock.now(),
        now: clock.now(),
      });
      for (let attempt = 1; attempt <= 10; attempt++) {
        assert.equal(await sweep(db, clock, { 'test.other': recordingHandler() }), 1);
        const [row] = await timerRows(db, projectId);
        assert.equal(row?.attempts, attempt);
        assert.equal(row?.status, attempt < 10 ? 'pending' : 'failed');
        assert.match(row?.last_error ?? '', /no handler for timer kind test\.nobody-handles-this/);
        clock.set(row!.due_at);
      }
      clock.advanceMinutes(24 * 60);
      assert.equal(await sweep(db, clock, { 'test.other': recordingHandler() }), 0);
    });

    test('two sweepers racing: a failing timer is tried once per due time and every attempt is counted', async () => {
      const { db } = ctx().deps;
      const clock = ctx().clock;
      const projectId = newId();
      const timers = 20;
      for (let i = 0; i < timers; i++)
        await scheduleTimer(db.k, {
          projectId,
          kind: 'test.fails',
          entityType: 'thing',
          entityId: `f${i}`,
          dueAt: clock.now(),
          now: clock.now(),
        });
      let calls = 0;
      const handlers = {
        'test.fails': (async (trx, timer, now) => {
          calls++;
          await failingHandler(trx, timer, now);
        }) satisfies TimerHandler,
      };
      // On PostgreSQL these run on two connections, like two app servers.
      await Promise.all([sweep(db, clock, handlers), sweep(db, clock, handlers)]);
      const rows = await timerRows(db, projectId);
      assert.equal(calls, timers, 'no timer was retried before its back-off');
      assert.deepEqual(
        rows.filter((r) => r.attempts !== 1 || r.status !== 'pending').map((r) => r.entity_id),
        [],
      );
      assert.equal(await historyCount(db, projectId), 0);
    });

    test('one sweep fires at most `batch` timers, the earliest due first; the next sweep fires the rest', async () => {
      const { db } = ctx().deps;
      const clock = ctx().clock;
      const projectId = newId();
      const now = clock.now();
      // Scheduled latest-due first, so firing in due order is not just insertion order.
      for (let i = 5; i >= 1; i--) {
        await scheduleTimer(db.k, {
          projectId,
          kind: 'test.batch',
          entityType: 'thing',
          entityId: `e${i}`,
          dueAt: new Date(now.getTime() - i * 60_000),
          now,
        });
      }
      const handlers = { 'test.batch': recordingHandler() };
      assert.equal(await sweep(db, clock, handlers, 3), 3);
      assert.equal(await historyCount(db, projectId), 3);
      const pending = (await timerRows(db, projectId))
        .filter((r) => r.status === 'pending')
        .map((r) => r.entity_id)
        .sort();
      assert.deepEqual(pending, ['e1', 'e2'], 'the three most overdue fired first');
      assert.equal(await sweep(db, clock, handlers, 3), 2);
      assert.equal(await historyCount(db, projectId), 5);
      assert.equal(await sweep(db, clock, handlers, 3), 0);
    });
  },
  { seed: false },
);
