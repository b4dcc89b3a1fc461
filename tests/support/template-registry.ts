/**
 * Names, owners and clean-up of the seeded test templates (seeded-template.ts builds them).
 * Light on purpose: scripts/test.ts and scripts/mutation.ts import it without loading the server.
 *
 * A template belongs to one run — its owner, a process id: PROPDESK_TEST_RUN (scripts/test.ts
 * sets its own pid), else the `node --test` runner's pid, else this process's — and is keyed
 * by a hash of the server's sources, so no run starts from another run's data or from a seed
 * made by other code. A template whose owner process is gone is garbage.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The environment variable naming the run that owns the templates (a process id). */
export const TEST_RUN_ENV = 'PROPDESK_TEST_RUN';
/**
 * Pins the source hash of the templates: the mutation run sets it to the unmutated sources'
 * hash, so every mutant starts from the seed the real code made.
 */
export const TEMPLATE_SOURCES_ENV = 'PROPDESK_TEMPLATE_SOURCES';
/** Where SQLite template files live (shared by every checkout; names keep them apart). */
export const SQLITE_TEMPLATE_DIR = join(tmpdir(), 'propdesk-templates');
const PREFIX = 'propdesk_tpl_';
const PG_PREFIX_LIKE = PREFIX.replaceAll('_', '\\_');

export function runOwner(): string {
  const owner =
    process.env[TEST_RUN_ENV] ?? String(process.env.NODE_TEST_CONTEXT ? process.ppid : process.pid);
  if (!/^\d+$/.test(owner)) throw new Error(`${TEST_RUN_ENV} must be a process id, got "${owner}"`);
  return owner;
}

/**
 * A hash of everything the seed can run — migrations, the seed, the use cases it calls (all
 * of src/server but tests) — and of the locked dependencies, under `root`.
 */
export function sourcesHash(root: string): string {
  const known = hashes.get(root);
  if (known) return known;
  const h = createHash('sha256');
  const files = globSync('src/server/**/*.ts', { cwd: root }).filter((f) => !f.endsWith('.test.ts'));
  for (const f of [...files.sort(), 'package-lock.json']) {
    h.update(f);
    h.update(existsSync(join(root, f)) ? readFileSync(join(root, f)) : '');
  }
  const hash = h.digest('hex').slice(0, 12);
  hashes.set(root, hash);
  return hash;
}
const hashes = new Map<string, string>();

/**
 * The template's name, e.g. propdesk_tpl_4711_3f9a1c0b2d4e_now: a valid PostgreSQL identifier
 * under 63 characters. `seedAt` (the seed's instant) is part of it; 'now' is the build time.
 */
export function templateName(root: string, seedAt?: Date): string {
  const at = seedAt ? createHash('sha256').update(seedAt.toISOString()).digest('hex').slice(0, 8) : 'now';
  return `${PREFIX}${runOwner()}_${process.env[TEMPLATE_SOURCES_ENV] ?? sourcesHash(root)}_${at}`;
}

function ownerOf(name: string): number | null {
  const m = new RegExp(`^${PREFIX}(\\d+)_`).exec(name);
  return m ? Number(m[1]) : null;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes SQLite templates (files, lock and build directories) that `drop` selects by owner pid. */
function removeSqlite(drop: (owner: number) => boolean): void {
  if (!existsSync(SQLITE_TEMPLATE_DIR)) return;
  for (const f of readdirSync(SQLITE_TEMPLATE_DIR)) {
    const owner = ownerOf(f);
    if (owner !== null && drop(owner)) rmSync(join(SQLITE_TEMPLATE_DIR, f), { recursive: true, force: true });
  }
}

async function removePostgres(admin: pg.Client, drop: (owner: number) => boolean): Promise<void> {
  const rows = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE '${PG_PREFIX_LIKE}%'`,
  );
  for (const { datname } of rows.rows) {
    const owner = ownerOf(datname);
    if (owner !== null && drop(owner)) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
}

const dead = (owner: number) => !alive(owner);

/** Templates of runs whose owner process is gone (a killed run leaves them behind). */
export function pruneSqliteOrphans(): void {
  removeSqlite(dead);
}

export function prunePostgresOrphans(admin: pg.Client): Promise<void> {
  return removePostgres(admin, dead);
}

/** Drops the templates a run owns (scripts/test.ts calls it at the end with its own pid). */
export async function dropRunTemplates(owner: string, adminUrl?: string): Promise<void> {
  const mine = (o: number) => o === Number(owner);
  removeSqlite(mine);
  if (!adminUrl) return;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await removePostgres(admin, mine);
  } finally {
    await admin.end();
  }
}
