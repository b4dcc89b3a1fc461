/**
 * The sweeper fires due timers. Each timer is claimed and handled inside one transaction
 * (SELECT … FOR UPDATE SKIP LOCKED on PostgreSQL), and marked done in that same
 * transaction, so with several app servers every timer fires exactly once, and a crash
 * mid-handler rolls back both the handler's writes and the claim. SQLite has one app
 * server and one writer, so the transaction alone is enough there.
 */
import { sql, type Transaction } from 'kysely';
import type { Logger } from 'pino';
import type { Db } from '../db/connection.ts';
import type { Database, TimersTable } from '../db/schema.ts';
import type { Clock } from '../clock.ts';

export interface DueTimer {
  projectId: string;
  timerId: string;
  kind: string;
  entityType: string;
  entityId: string;
  dueAt: string;
  payload: Record<string, unknown>;
}

/** A handler runs inside the claiming transaction; it must write only through `trx`. */
/**
 * A handler may return a function to run after the transaction commits — to publish a
 * live event only once the change is visible to the browsers that will re-read it.
 */
export type TimerHandler = (
  trx: Transaction<Database>,
  timer: DueTimer,
  now: Date,
) => Promise<void | AfterCommit>;
export type AfterCommit = () => Promise<void>;

export interface SweeperOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  handlers: Map<string, TimerHandler>;
  workerId: string;
  /** Most timers fired in one sweep, so one sweep cannot starve the server. */
  batch?: number;
}

const MAX_ATTEMPTS = 10;

function toDue(r: TimersTable): DueTimer {
  return {
    projectId: r.project_id,
    timerId: r.timer_id,
    kind: r.kind,
    entityType: r.entity_type,
    entityId: r.entity_id,
    dueAt: r.due_at,
    payload: JSON.parse(r.payload_json) as Record<string, unknown>,
  };
}

/** Fires up to `batch` due timers (a failed attempt counts as fired); returns how many fired. */
export async function sweepOnce(o: SweeperOptions): Promise<number> {
  const batch = o.batch ?? 100;
  let fired = 0;
  while (fired < batch) {
    const now = o.clock.now();
    let afterCommit = undefined as AfterCommit | undefined;
    const claimed = await o.db.k.transaction().execute(async (trx) => {
      let q = trx
        .selectFrom('timers')
        .selectAll()
        .where('status', '=', 'pending')
        .where('due_at', '<=', now.toISOString())
        .orderBy('due_at')
        .limit(1);
      if (o.db.dialect === 'postgres') q = q.forUpdate().skipLocked();
      const row = await q.executeTakeFirst();
      if (!row) return false;
      // The handler runs inside a savepoint: when it fails, its writes roll back while this
      // transaction keeps the row locked until the failure and back-off are recorded, so no
      // other worker retries the timer in between or counts the same attempt twice.
      await sql`savepoint timer_handler`.execute(trx);
      try {
        const handler = o.handlers.get(row.kind);
        if (!handler) throw new Error(`no handler for timer kind ${row.kind}`);
        afterCommit = (await handler(trx, toDue(row), now)) || undefined;
      } catch (err) {
        afterCommit = undefined;
        await sql`rollback to savepoint timer_handler`.execute(trx);
        await recordFailure(trx, o, row, String((err as Error)?.message ?? err).slice(0, 500), now);
        return true;
      }
      await sql`release savepoint timer_handler`.execute(trx);
      await trx
        .updateTable('timers')
        .set({
          status: 'done',
          fired_at: now.toISOString(),
          claimed_by: o.workerId,
          attempts: row.attempts + 1,
        })
        .where('project_id', '=', row.project_id)
        .where('timer_id', '=', row.timer_id)
        .execute();
      return true;
    });
    if (!claimed) break;
    if (afterCommit)
      await afterCommit().catch((err) => o.logger.warn({ err }, 'after-commit step of a timer failed'));
    fired++;
  }
  return fired;
}

async function recordFailure(
  trx: Transaction<Database>,
  o: SweeperOptions,
  row: TimersTable,
  error: string,
  now: Date,
): Promise<void> {
  const attempts = row.attempts + 1;
  // Back off 1, 2, 4 … minutes, then give up and leave the row as 'failed' for an operator.
  const retryAt = new Date(now.getTime() + 60_000 * 2 ** Math.min(attempts - 1, 6));
  o.logger.warn({ timerId: row.timer_id, kind: row.kind, attempts, error }, 'timer handler failed');
  await trx
    .updateTable('timers')
    .set({
      attempts,
      last_error: error,
      status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
      due_at: attempts >= MAX_ATTEMPTS ? row.due_at : retryAt.toISOString(),
      claimed_by: o.workerId,
    })
    .where('project_id', '=', row.project_id)
    .where('timer_id', '=', row.timer_id)
    .execute();
}

/** Runs sweepOnce every `intervalMs` until stopped; never overlaps itself. */
export function startSweeper(o: SweeperOptions & { intervalMs?: number }): {
  stop(): Promise<void>;
  kick(): void;
} {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (stopped || running) return;
    running = sweepOnce(o)
      .then((n) => {
        if (n > 0) o.logger.debug({ fired: n }, 'timers fired');
      })
      .catch((err) => o.logger.error({ err }, 'sweep failed'))
      .finally(() => {
        running = null;
      });
  };
  const handle = setInterval(tick, o.intervalMs ?? 1000);
  handle.unref();
  return {
    kick: tick,
    async stop() {
      stopped = true;
      clearInterval(handle);
      if (running) await running;
    },
  };
}
