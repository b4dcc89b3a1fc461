/**
 * Backup and restore. SQLite: the online backup API copies a consistent snapshot while
 * the server keeps running. PostgreSQL: pg_dump in custom format. Restore checks the
 * backup and refuses while a server uses the database (restore-sqlite.ts, restore-postgres.ts).
 */
import { isPostgresUrl, openDb } from '../platform/db/connection.ts';
import { runTool } from './restore-checks.ts';
import { restorePostgres } from './restore-postgres.ts';
import { restoreSqlite } from './restore-sqlite.ts';

export async function backup(databaseUrl: string, file: string): Promise<void> {
  if (isPostgresUrl(databaseUrl)) {
    const r = runTool('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--file=${file}`,
      databaseUrl,
    ]);
    if (!r.ok) throw new Error(r.error);
    return;
  }
  const db = openDb({ url: databaseUrl });
  try {
    await db.sqlite!.backup(file);
  } finally {
    await db.close();
  }
}

/** Replaces the database with a checked backup; refused while a server uses the database. */
export async function restore(databaseUrl: string, file: string): Promise<void> {
  if (isPostgresUrl(databaseUrl)) await restorePostgres(databaseUrl, file);
  else restoreSqlite(databaseUrl, file);
}
