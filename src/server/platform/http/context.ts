import type { Logger } from 'pino';
import type { Db } from '../db/connection.ts';
import type { Clock } from '../clock.ts';
import type { Actor } from '../access/actor.ts';
import type { Locale } from '../i18n/index.ts';
import type { EventBus } from '../events/bus.ts';

/** What every use case receives: the database, the time, the live-event bus and a logger. */
export interface Deps {
  db: Db;
  clock: Clock;
  bus: EventBus;
  logger: Logger;
}

export interface SessionInfo {
  sessionHash: string;
  csrfToken: string;
}

/** Hono environment: values the middleware puts on each request. */
export interface AppEnv {
  Variables: {
    requestId: string;
    locale: Locale;
    actor: Actor | null;
    session: SessionInfo | null;
    logger: Logger;
  };
}
