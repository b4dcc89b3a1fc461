/** Wires a running server: database, migrations, event bus, timer sweeper, HTTP listener. */
import { hostname } from 'node:os';
import { serve, type ServerType } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import { openDb, SERVER_APPLICATION_NAME, type Db } from './platform/db/connection.ts';
import { holdSqliteFile, isSqliteFile } from './platform/db/sqlite-lock.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import { inProcessBus, postgresBus, type EventBus } from './platform/events/bus.ts';
import { startSweeper, type TimerHandler } from './platform/timers/sweeper.ts';
import { ensureTimers, timerHandlers } from './timer-handlers.ts';
import type { Config } from './config.ts';
import type { Deps } from './platform/http/context.ts';
import { buildApp } from './app.ts';
import { MIGRATIONS } from './modules/index.ts';

export function makeLogger(level: string): Logger {
  return pino({ level, base: { pid: process.pid } });
}

export async function openDeps(
  config: Pick<Config, 'databaseUrl' | 'logLevel'>,
  clock: Clock = systemClock,
  logger?: Logger,
  applicationName?: string,
): Promise<Deps> {
  const log = logger ?? makeLogger(config.logLevel);
  const db: Db = openDb({ url: config.databaseUrl, applicationName });
  await migrateToLatest(db, MIGRATIONS);
  const bus: EventBus = db.pool ? await postgresBus(db.pool, log) : inProcessBus();
  return { db, clock, bus, logger: log };
}

export interface RunningServer {
  port: number;
  deps: Deps;
  close(): Promise<void>;
}

export interface ServerOptions {
  clock?: Clock;
  extraTimerHandlers?: Map<string, TimerHandler>;
  logger?: Logger;
}

export async function startServer(config: Config, opts: ServerOptions = {}): Promise<RunningServer> {
  // The server holds its SQLite file (restore refuses meanwhile); on PostgreSQL it says who it is.
  const lock = isSqliteFile(config.databaseUrl) ? holdSqliteFile(config.databaseUrl, 'server') : null;
  try {
    return await serveHeld(config, opts, () => lock?.release());
  } catch (err) {
    lock?.release();
    throw err;
  }
}

async function serveHeld(config: Config, opts: ServerOptions, release: () => void): Promise<RunningServer> {
  const deps = await openDeps(config, opts.clock, opts.logger, SERVER_APPLICATION_NAME);
  // Self-rescheduling timers (REP-6 17:00 list, nightly books check FEE-6, Monday parking register PRK-4, STA-1, MVO-1).
  await ensureTimers(deps);
  const app = buildApp(deps, { webDir: config.webDir });
  const handlers = new Map([...timerHandlers(deps), ...(opts.extraTimerHandlers ?? [])]);
  const sweeper = startSweeper({
    db: deps.db,
    clock: deps.clock,
    logger: deps.logger,
    handlers,
    workerId: `${hostname()}:${process.pid}`,
    intervalMs: config.sweepIntervalMs,
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  deps.logger.info({ port, database: deps.db.dialect }, 'PropDesk listening');
  return {
    port,
    deps,
    async close() {
      await sweeper.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // SSE streams keep connections open; end them so close() returns.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await deps.bus.close();
      await deps.db.close();
      release();
    },
  };
}
