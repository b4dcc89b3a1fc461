/**
 * The databases a bench run covers: SQLite always, PostgreSQL when BENCH_DATABASE_URL (or
 * DATABASE_URL) is a postgres:// URL. That URL is only used as an admin connection: every
 * scenario gets its own fresh database, created here and dropped afterwards, so the bench
 * never writes into a database someone is using.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl } from '../../src/server/platform/db/connection.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface BenchDatabase {
  kind: DatabaseKind;
  /** Creates an empty database; returns its URL (the file path for SQLite). */
  create(): Promise<string>;
  drop(url: string): Promise<void>;
  /** Engine and version, for the report header. */
  describe(): Promise<string>;
}

export function postgresAdminUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env.BENCH_DATABASE_URL || env.DATABASE_URL;
  return url && isPostgresUrl(url) ? url : undefined;
}

/** The file name loadConfig() derives from DATA_DIR, so a spawned `main.ts start` finds it. */
const SQLITE_FILE = 'propdesk.sqlite';

export function sqliteDatabase(): BenchDatabase {
  return {
    kind: 'sqlite',
    async create() {
      return join(mkdtempSync(join(tmpdir(), 'propdesk-bench-')), SQLITE_FILE);
    },
    async drop(url) {
      rmSync(dirname(url), { recursive: true, force: true });
    },
    async describe() {
      const db = new SQLite(':memory:');
      try {
        const { v } = db.prepare('select sqlite_version() as v').get() as { v: string };
        const sync = process.env.SQLITE_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL';
        return `SQLite ${v} (better-sqlite3), WAL, synchronous=${sync}, file in ${tmpdir()}`;
      } finally {
        db.close();
      }
    },
  };
}

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery<T extends pg.QueryResultRow>(
  adminUrl: string,
  sql: string,
): Promise<pg.QueryResult<T>> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query<T>(sql);
  } finally {
    await client.end();
  }
}

export function postgresDatabase(adminUrl: string): BenchDatabase {
  return {
    kind: 'postgres',
    async create() {
      const name = `propdesk_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
      await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
      return withDatabaseName(adminUrl, name);
    },
    async drop(url) {
      const name = new URL(url).pathname.slice(1);
      // The name was generated above; refuse anything else so a wrong URL can never drop real data.
      if (!/^propdesk_bench_\d+_[0-9a-f]{8}$/.test(name))
        throw new Error(`refusing to drop ${name}: not a bench database`);
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
    async describe() {
      const { rows } = await adminQuery<{ server_version: string }>(adminUrl, 'SHOW server_version');
      const u = new URL(adminUrl);
      const settings = await adminQuery<{ name: string; setting: string }>(
        adminUrl,
        "SELECT name, setting FROM pg_settings WHERE name IN ('synchronous_commit', 'fsync', 'shared_buffers')",
      );
      const s = Object.fromEntries(settings.rows.map((r) => [r.name, r.setting]));
      return `PostgreSQL ${rows[0]?.server_version ?? '?'} at ${u.hostname}:${u.port || 5432} (node-postgres), fsync=${s.fsync}, synchronous_commit=${s.synchronous_commit}`;
    },
  };
}

/** Runs `work` on a fresh database and drops it afterwards, also when `work` fails. */
export async function withFreshDatabase<T>(
  database: BenchDatabase,
  work: (url: string) => Promise<T>,
): Promise<T> {
  const url = await database.create();
  try {
    return await work(url);
  } finally {
    await database.drop(url);
  }
}
