/**
 * Live events to browsers. In-process on SQLite (one app server); on PostgreSQL every
 * server LISTENs on one channel and publishes with pg_notify, so an event raised on server
 * A reaches a browser connected to server B.
 */
import { EventEmitter } from 'node:events';
import type pg from 'pg';
import type { Logger } from 'pino';

export interface LiveEvent {
  projectId: string;
  /** e.g. 'property.building.created', 'ticket.updated' */
  type: string;
  entityId: string;
  at: string;
  data?: Record<string, unknown>;
}

export interface EventBus {
  publish(e: LiveEvent): Promise<void>;
  subscribe(projectId: string, fn: (e: LiveEvent) => void): () => void;
  close(): Promise<void>;
}

export const PG_CHANNEL = 'propdesk_events';
/** NOTIFY payloads are limited to 8000 bytes; events carry ids, never documents. */
const MAX_PAYLOAD = 7900;

class LocalFanout {
  private emitter = new EventEmitter();
  constructor() {
    this.emitter.setMaxListeners(0);
  }
  emit(e: LiveEvent): void {
    this.emitter.emit(e.projectId, e);
  }
  on(projectId: string, fn: (e: LiveEvent) => void): () => void {
    this.emitter.on(projectId, fn);
    return () => this.emitter.off(projectId, fn);
  }
}

export function inProcessBus(): EventBus {
  const fan = new LocalFanout();
  return {
    async publish(e) {
      fan.emit(e);
    },
    subscribe: (projectId, fn) => fan.on(projectId, fn),
    async close() {},
  };
}

export async function postgresBus(pool: pg.Pool, logger: Logger): Promise<EventBus> {
  const fan = new LocalFanout();
  let closed = false;
  let listener: pg.PoolClient | null = null;

  const connect = async (): Promise<void> => {
    const client = await pool.connect();
    client.on('notification', (msg) => {
      if (msg.channel !== PG_CHANNEL || !msg.payload) return;
      try {
        fan.emit(JSON.parse(msg.payload) as LiveEvent);
      } catch (err) {
        logger.warn({ err }, 'bad event payload');
      }
    });
    client.on('error', (err) => {
      // After close() the connection was already released; a late error (the database being
      // dropped, the server stopping) is expected and must not release it twice.
      if (closed) return;
      logger.warn({ err }, 'event listener connection lost; reconnecting');
      client.release(true);
      listener = null;
      if (!closed)
        setTimeout(
          () => void connect().catch((e) => logger.error({ err: e }, 'event listener reconnect failed')),
          1000,
        );
    });
    await client.query(`LISTEN ${PG_CHANNEL}`);
    listener = client;
  };
  await connect();

  return {
    async publish(e) {
      let payload = JSON.stringify(e);
      if (payload.length > MAX_PAYLOAD) payload = JSON.stringify({ ...e, data: undefined });
      await pool.query('SELECT pg_notify($1, $2)', [PG_CHANNEL, payload]);
    },
    subscribe: (projectId, fn) => fan.on(projectId, fn),
    async close() {
      closed = true;
      if (listener) {
        // The listening connection is closed, not returned to the pool: it is never reused for queries.
        listener.release(true);
        listener = null;
      }
    },
  };
}
