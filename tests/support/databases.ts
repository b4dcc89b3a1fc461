/**
 * The contract-suite harness: every integration test runs once per database — SQLite
 * always, PostgreSQL when TEST_DATABASE_URL is set (CI sets it). Each PostgreSQL run gets
 * a fresh database that is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** Creates an empty database and returns its URL (file path for SQLite). */
  create(): Promise<string>;
  drop(url: string): Promise<void>;
}

function adminUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/** The URL of database `name` on the server of `url`. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'propdesk-test-'));
    return join(dir, 'test.sqlite');
  },
  async drop(url) {
    rmSync(join(url, '..'), { recursive: true, force: true });
  },
};

const postgres: TestDatabase = {
  name: 'postgres',
  async create() {
    const name = `propdesk_t_${process.pid}_${randomBytes(4).toString('hex')}`;
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    return withDatabase(adminUrl()!, name);
  },
  async drop(url) {
    const name = new URL(url).pathname.slice(1);
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  },
};

export function testDatabases(): TestDatabase[] {
  return adminUrl() ? [sqlite, postgres] : [sqlite];
}

/** The admin URL of the PostgreSQL server tests create databases on (TEST_DATABASE_URL). */
export function postgresAdminUrl(): string | undefined {
  return adminUrl();
}

export function postgresAvailable(): boolean {
  return adminUrl() !== undefined;
}

export const postgresTestDatabase = postgres;
