/**
 * One code path for two databases: SQLite (better-sqlite3, the embedded default) and
 * PostgreSQL (when the URL starts with postgres://). Callers only ever see `Db`.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  k: Kysely<Database>;
  dialect: Dialect;
  /** The location: a file path for SQLite, the URL for PostgreSQL. */
  url: string;
  /** Raw better-sqlite3 handle (SQLite only): used by backup and the raw baseline bench. */
  sqlite?: SQLite.Database;
  /** The pg pool (PostgreSQL only): used by LISTEN/NOTIFY and the raw baseline bench. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

let pgParsersInstalled = false;
function installPgParsers(): void {
  if (pgParsersInstalled) return;
  pgParsersInstalled = true;
  // Same JS values from both databases: ISO strings for instants, 'YYYY-MM-DD' for dates,
  // numbers for bigint (fen and counts stay far below 2^53).
  pg.types.setTypeParser(1184, (v) => new Date(v).toISOString());
  pg.types.setTypeParser(1114, (v) => new Date(`${v}Z`).toISOString());
  pg.types.setTypeParser(1082, (v) => v);
  pg.types.setTypeParser(20, (v) => Number(v));
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * PostgreSQL application_name of a serving PropDesk process: `restore` looks for connections
 * carrying it and refuses while any is there.
 */
export const SERVER_APPLICATION_NAME = 'propdesk-server';

export interface OpenOptions {
  /** SQLite file path or postgres:// URL. ':memory:' works for SQLite. */
  url: string;
  poolSize?: number;
  /** PostgreSQL only: how the connections introduce themselves (pg_stat_activity.application_name). */
  applicationName?: string;
}

export function openDb({ url, poolSize = 10, applicationName = 'propdesk' }: OpenOptions): Db {
  if (isPostgresUrl(url)) {
    installPgParsers();
    const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: applicationName });
    // An idle connection dropped by the server (restart, failover, a dropped test database) is
    // discarded by the pool; without a listener that error would crash the process.
    pool.on('error', () => {});
    const k = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { k, dialect: 'postgres', url, pool, close: () => k.destroy() };
  }
  if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
  const sqlite = new SQLite(url);
  // WAL + NORMAL: a committed transaction survives a crash of the process (kill -9);
  // SQLITE_SYNCHRONOUS=FULL also survives power loss at some cost per commit.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${process.env.SQLITE_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const k = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { k, dialect: 'sqlite', url, sqlite, close: () => k.destroy() };
}
