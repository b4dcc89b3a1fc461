/**
 * SQLite restore. Refused while a server (or another restore) holds the file — replacing a
 * file under a running server corrupted it while the server kept acknowledging writes. The
 * backup is copied next to the database, the copy is checked (SQLite's integrity check, the
 * migrations table), and only then renamed over the database in one step; a refusal or a
 * crash midway leaves the current database as it was.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { DatabaseInUseError, holdSqliteFile } from '../platform/db/sqlite-lock.ts';
import { checkBackupMigrations, MIGRATIONS_TABLE, RestoreRefused } from './restore-checks.ts';

const SIDE_FILES = ['-wal', '-shm'] as const;

/** Refuses a copy that is damaged or is not a PropDesk database. */
function verifySqliteCopy(copy: string, file: string): void {
  let db: SQLite.Database | null = null;
  try {
    db = new SQLite(copy, { fileMustExist: true });
    const problems = (db.pragma('integrity_check(5)') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    if (problems.length !== 1 || problems[0] !== 'ok')
      throw new RestoreRefused(`${file} is damaged (SQLite integrity check: ${problems.join('; ')})`);
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(MIGRATIONS_TABLE);
    if (!table)
      throw new RestoreRefused(`${file} has no ${MIGRATIONS_TABLE} table: it is not a PropDesk backup`);
    checkBackupMigrations(
      file,
      db.prepare(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY name`).pluck().all() as string[],
    );
  } catch (err) {
    if (err instanceof RestoreRefused) throw err;
    throw new RestoreRefused(`${file} is not a readable SQLite database: ${(err as Error).message}`);
  } finally {
    db?.close();
  }
}

/**
 * Folds the current database's write-ahead log into it, so removing the log before the swap
 * loses nothing if the swap never happens. A database too damaged to open is what a restore
 * replaces: then there is nothing to keep.
 */
function settleWal(file: string): void {
  if (!existsSync(file)) return;
  try {
    const db = new SQLite(file, { fileMustExist: true });
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch {
    // damaged: replaced below
  }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** @example restoreSqlite('data/propdesk.sqlite', '/backups/pd-2026-11-24.bak') */
export function restoreSqlite(dbFile: string, backupFile: string): void {
  if (!existsSync(backupFile)) throw new RestoreRefused(`backup file not found: ${backupFile}`);
  let lock;
  try {
    lock = holdSqliteFile(dbFile, 'restore');
  } catch (err) {
    if (err instanceof DatabaseInUseError) throw new RestoreRefused(err.message);
    throw err;
  }
  const copy = `${dbFile}.restoring-${process.pid}`;
  try {
    copyFileSync(backupFile, copy);
    verifySqliteCopy(copy, backupFile);
    for (const s of SIDE_FILES) rmSync(`${copy}${s}`, { force: true });
    fsyncPath(copy);
    settleWal(dbFile);
    // A log left beside the new file would be replayed into it: remove it before the swap.
    for (const s of SIDE_FILES) rmSync(`${dbFile}${s}`, { force: true });
    renameSync(copy, dbFile);
    fsyncPath(dirname(dbFile));
  } finally {
    for (const s of ['', ...SIDE_FILES]) rmSync(`${copy}${s}`, { force: true });
    lock.release();
  }
}
