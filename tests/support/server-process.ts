/**
 * A real PropDesk server in its own process, for tests that need several servers on one
 * database or a process they can kill -9. Started by spawn-server.ts; not a test itself.
 *
 * Environment: DATABASE_URL (required), PORT (default 0 = any free port), HOST (default
 * 127.0.0.1), SWEEP_INTERVAL_MS (default 50), LOG_LEVEL (default warn; logs go to stderr so
 * stdout carries only the one `LISTENING <port>` line).
 *
 * Besides the product's timer kinds it handles 'test.record': one history row per fired
 * timer (entity_type 'timer-test', entity_id = the timer id, note = this worker's id), so a
 * test can count how often, and by whom, each timer fired.
 * @example
 *   DATABASE_URL=/tmp/x.sqlite node tests/support/server-process.ts   # → LISTENING 41234
 */
import { hostname, tmpdir } from 'node:os';
import pino from 'pino';
import { startServer } from '../../src/server/runtime.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/access/actor.ts';
import { recordHistory } from '../../src/server/platform/history/record-history.ts';
import type { TimerHandler } from '../../src/server/platform/timers/sweeper.ts';
import type { Config } from '../../src/server/config.ts';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('server-process: DATABASE_URL is required');
  process.exit(2);
}

const config: Config = {
  port: Number(process.env.PORT ?? 0),
  host: process.env.HOST ?? '127.0.0.1',
  dataDir: tmpdir(),
  databaseUrl,
  logLevel: process.env.LOG_LEVEL ?? 'warn',
  sweepIntervalMs: Number(process.env.SWEEP_INTERVAL_MS ?? 50),
  // No web UI: these servers answer the API only.
  webDir: '',
};

// Same id runtime.ts gives the sweeper, so a test can match the history note to claimed_by.
const workerId = `${hostname()}:${process.pid}`;

const recordTimer: TimerHandler = async (trx, timer, now) => {
  await recordHistory(trx, {
    projectId: timer.projectId,
    entityType: 'timer-test',
    entityId: timer.timerId,
    action: 'fired',
    actor: SYSTEM_ACTOR,
    at: now,
    note: workerId,
  });
};

const server = await startServer(config, {
  logger: pino({ level: config.logLevel, base: { pid: process.pid } }, pino.destination(2)),
  extraTimerHandlers: new Map([['test.record', recordTimer]]),
});

process.once('SIGTERM', () => {
  server.close().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error('server-process: close failed', err);
      process.exit(1);
    },
  );
});

process.stdout.write(`LISTENING ${server.port}\n`);
