/**
 * Backup and restore. SQLite: the online backup API copies a consistent snapshot while
 * the server keeps running; restore replaces the file (stop the server first).
 * PostgreSQL: pg_dump in custom format; restore with pg_restore --clean.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { isPostgresUrl, openDb } from '../platform/db/connection.ts';

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd} could not be started: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} failed (exit ${r.status}): ${r.stderr.trim().slice(0, 2000)}`);
}

export async function backup(databaseUrl: string, file: string): Promise<void> {
  if (isPostgresUrl(databaseUrl)) {
    run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, databaseUrl]);
    return;
  }
  const db = openDb({ url: databaseUrl });
  try {
    await db.sqlite!.backup(file);
  } finally {
    await db.close();
  }
}

/** Refuses a file that is not a PropDesk backup before anything is overwritten. */
function assertSqliteBackup(file: string): void {
  if (!existsSync(file)) throw new Error(`backup file not found: ${file}`);
  let db: SQLite.Database | null = null;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM projects').get();
  } catch (err) {
    throw new Error(`${file} is not a PropDesk SQLite backup: ${(err as Error).message}`);
  } finally {
    db?.close();
  }
}

export async function restore(databaseUrl: string, file: string): Promise<void> {
  if (isPostgresUrl(databaseUrl)) {
    if (!existsSync(file)) throw new Error(`backup file not found: ${file}`);
    run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', `--dbname=${databaseUrl}`, file]);
    return;
  }
  assertSqliteBackup(file);
  for (const suffix of ['-wal', '-shm']) rmSync(`${databaseUrl}${suffix}`, { force: true });
  copyFileSync(file, databaseUrl);
}
