/**
 * One migrated, demo-seeded database per test run, copied for every test context: migrating
 * and seeding take seconds per database, a copy takes milliseconds. SQLite keeps a template
 * file that is copied; PostgreSQL keeps a template database that is cloned with
 * `CREATE DATABASE … TEMPLATE …`.
 *
 * A template belongs to one run and is keyed by a hash of the server's sources and by the seed
 * instant (template-registry.ts). The test files of a run build it once between them (a lock
 * directory for SQLite, an advisory lock for PostgreSQL); scripts/test.ts drops its run's
 * templates at the end, and templates of runs that are gone are dropped by the next build.
 * @example
 *   const file = await seededSqliteCopy(dataDir, { file: 'e2e.sqlite' });
 *   const url = await seededDatabase(tdb, { seedAt: new Date(TEST_START) }); // SQLite copy or PostgreSQL clone
 */
import { randomBytes } from 'node:crypto';
import {
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import pino from 'pino';
import { FixedClock, systemClock } from '../../src/server/platform/clock.ts';
import { openDeps } from '../../src/server/runtime.ts';
import { seedDemo, DEMO_PASSWORD } from '../../src/server/demo/seed-demo.ts';
import { hashPassword, verifyPassword } from '../../src/server/platform/auth/passwords.ts';
import type { Deps } from '../../src/server/platform/http/context.ts';
import { newId } from '../../src/server/platform/ids.ts';
import { postgresAdminUrl, withDatabase, type TestDatabase } from './databases.ts';
import {
  alive,
  prunePostgresOrphans,
  pruneSqliteOrphans,
  SQLITE_TEMPLATE_DIR,
  templateName,
} from './template-registry.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const LOCK_WAIT_MS = 300_000;

export interface SeedOptions {
  /** The instant the demo is seeded at (the seed dates bills and surveys by it); default: when the template is built. */
  seedAt?: Date;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** scrypt's N for the demo accounts of a test template (production: 16384, about 50 ms of CPU a login). */
const TEST_LOGIN_COST = 1024;

/**
 * The suite logs the demo people in thousands of times; at the production cost that is minutes
 * of scrypt. The template's demo accounts keep their password with a cheaper hash, verified by
 * the same code (a hash carries its own parameters). Passwords set through the API during a
 * test get the production cost, so a test that needs it sets the password first.
 */
async function cheapenDemoLogins(deps: Deps): Promise<void> {
  const users = await deps.db.k.selectFrom('users').select(['user_id', 'password_hash']).execute();
  for (const u of users) {
    if (!(await verifyPassword(DEMO_PASSWORD, u.password_hash))) continue;
    await deps.db.k
      .updateTable('users')
      .set({ password_hash: await hashPassword(DEMO_PASSWORD, TEST_LOGIN_COST) })
      .where('user_id', '=', u.user_id)
      .execute();
  }
}

/**
 * Ids are time-ordered and increase within one process (ids.ts), and timelines sort rows of
 * the same instant by id. A test acting at the seed's instant used to share the seeding
 * process and so always sorted after the seed; in a copy, its process continues after the
 * id the seeding process would have made next, kept beside the template.
 */
function nextIdFile(template: string): string {
  return join(SQLITE_TEMPLATE_DIR, `${template}.next-id`);
}

function continueIdsAfter(next: string): void {
  const prefix = next.slice(0, 18); // milliseconds, version and sequence: the ordered part
  const ms = parseInt(next.slice(0, 8) + next.slice(9, 13), 16);
  while (newId(ms).slice(0, 18) < prefix);
}

/** Migrates and seeds an empty database at `url`, records the id its process makes next, then closes every connection to it. */
async function migrateAndSeed(url: string, name: string, opts: SeedOptions): Promise<void> {
  const clock = opts.seedAt ? new FixedClock(opts.seedAt) : systemClock;
  const deps = await openDeps({ databaseUrl: url, logLevel: 'silent' }, clock, pino({ level: 'silent' }));
  try {
    await seedDemo(deps);
    await cheapenDemoLogins(deps);
    writeFileSync(nextIdFile(name), newId(clock.now().getTime()));
    // A self-contained file: the WAL is folded in and gone, so copying the one file copies everything.
    if (deps.db.sqlite) deps.db.sqlite.pragma('journal_mode = DELETE');
  } finally {
    await deps.bus.close();
    await deps.db.close();
  }
}

// ── SQLite ───────────────────────────────────────────────────────────────────────────────

/**
 * Runs `build` holding a lock directory unless `done()` is already true; meanwhile other
 * processes wait for the lock (or `done()`). A lock left by a dead process is taken over.
 */
async function withLockDir(lock: string, done: () => boolean, build: () => Promise<void>): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (done()) return;
    try {
      mkdirSync(lock);
    } catch {
      const holder = Number(readFileSafe(join(lock, 'pid')));
      if (holder && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > LOCK_WAIT_MS)
        throw new Error(`timed out waiting for ${lock} (held by pid ${holder || '?'})`);
      else await sleep(100);
      continue;
    }
    try {
      writeFileSync(join(lock, 'pid'), String(process.pid));
      if (!done()) await build();
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The name of the run's SQLite template, built when it is not there yet. */
async function sqliteTemplate(opts: SeedOptions): Promise<string> {
  mkdirSync(SQLITE_TEMPLATE_DIR, { recursive: true });
  const name = templateName(ROOT, opts.seedAt);
  const file = join(SQLITE_TEMPLATE_DIR, `${name}.sqlite`);
  await withLockDir(
    join(SQLITE_TEMPLATE_DIR, `${name}.lock`),
    () => existsSync(file),
    async () => {
      pruneSqliteOrphans();
      const building = join(SQLITE_TEMPLATE_DIR, `${name}.building-${process.pid}`);
      mkdirSync(building, { recursive: true });
      try {
        await migrateAndSeed(join(building, 'db.sqlite'), `${name}.sqlite`, opts);
        // The template appears complete or not at all.
        renameSync(join(building, 'db.sqlite'), file);
      } finally {
        rmSync(building, { recursive: true, force: true });
      }
    },
  );
  return name;
}

/**
 * A copy of the run's seeded SQLite database as `dir/<file>` (default propdesk.sqlite);
 * returns its path.
 * @example const databaseUrl = await seededSqliteCopy(dataDir, { file: 'e2e.sqlite' });
 */
export async function seededSqliteCopy(
  dir: string,
  opts: SeedOptions & { file?: string } = {},
): Promise<string> {
  const name = await sqliteTemplate(opts);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, opts.file ?? 'propdesk.sqlite');
  copyFileSync(join(SQLITE_TEMPLATE_DIR, `${name}.sqlite`), target, constants.COPYFILE_FICLONE);
  continueIdsAfter(readFileSync(nextIdFile(`${name}.sqlite`), 'utf8'));
  return target;
}

// ── PostgreSQL ───────────────────────────────────────────────────────────────────────────

/** CREATE/ALTER DATABASE refuse while a just-closed connection is still leaving the server (55006). */
async function retryWhileInUse(admin: pg.Client, sql: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(sql);
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== '55006' || attempt >= 50) throw err;
      await sleep(100);
    }
  }
}

async function databaseExists(admin: pg.Client, name: string): Promise<boolean> {
  return (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
}

async function postgresTemplate(adminUrl: string, opts: SeedOptions): Promise<string> {
  const name = templateName(ROOT, opts.seedAt);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    if (await databaseExists(admin, name)) return name;
    // A session lock: released by the server even when this process dies mid-build.
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      if (await databaseExists(admin, name)) return name;
      await prunePostgresOrphans(admin);
      const building = `${name}_b`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      await migrateAndSeed(withDatabase(adminUrl, building), `${name}.postgres`, opts);
      // The template appears complete or not at all.
      await retryWhileInUse(admin, `ALTER DATABASE ${building} RENAME TO ${name}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
    return name;
  } finally {
    await admin.end();
  }
}

/** A new PostgreSQL database cloned from the run's seeded template; returns its URL. */
export async function seededPostgresClone(adminUrl: string, opts: SeedOptions = {}): Promise<string> {
  const template = await postgresTemplate(adminUrl, opts);
  const name = `propdesk_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await retryWhileInUse(admin, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  continueIdsAfter(readFileSync(nextIdFile(`${template}.postgres`), 'utf8'));
  return withDatabase(adminUrl, name);
}

// ── either database ──────────────────────────────────────────────────────────────────────

/**
 * A fresh seeded database of the test database's kind, dropped afterwards with `tdb.drop(url)`
 * like one from `tdb.create()`.
 */
export async function seededDatabase(tdb: TestDatabase, opts: SeedOptions = {}): Promise<string> {
  if (tdb.name === 'sqlite')
    return seededSqliteCopy(mkdtempSync(join(tmpdir(), 'propdesk-test-')), { ...opts, file: 'test.sqlite' });
  const adminUrl = postgresAdminUrl();
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  return seededPostgresClone(adminUrl, opts);
}
