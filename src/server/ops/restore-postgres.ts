/**
 * PostgreSQL restore of a `pg_dump --format=custom` archive. Refused while a PropDesk server is
 * connected to the database (servers name their connections, see SERVER_APPLICATION_NAME);
 * the archive is checked with pg_restore itself (a readable archive with the migrations table)
 * and restored in a single transaction: all or nothing.
 */
import { existsSync } from 'node:fs';
import pg from 'pg';
import { SERVER_APPLICATION_NAME } from '../platform/db/connection.ts';
import { checkBackupMigrations, MIGRATIONS_TABLE, RestoreRefused, runTool } from './restore-checks.ts';

async function refuseWhileServed(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'propdesk-restore' });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number; addr: string | null }>(
      'SELECT pid, client_addr::text AS addr FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND pid <> pg_backend_pid()',
      [SERVER_APPLICATION_NAME],
    );
    if (rows.length) {
      const from = [...new Set(rows.map((r) => r.addr ?? 'local socket'))].join(', ');
      throw new RestoreRefused(
        `a PropDesk server is connected to this database (${rows.length} connections from ${from}); stop every server first`,
      );
    }
  } finally {
    await client.end();
  }
}

/** The migration names inside the archive; refuses what is not a PropDesk archive. */
function archiveMigrations(file: string): string[] {
  const list = runTool('pg_restore', ['--list', file]);
  if (!list.ok) throw new RestoreRefused(`${file} is not a readable PostgreSQL backup: ${list.error}`);
  if (!new RegExp(`\\bTABLE DATA \\S+ ${MIGRATIONS_TABLE}\\b`).test(list.stdout))
    throw new RestoreRefused(`${file} has no ${MIGRATIONS_TABLE} table: it is not a PropDesk backup`);
  const data = runTool('pg_restore', ['--data-only', `--table=${MIGRATIONS_TABLE}`, '--file=-', file]);
  if (!data.ok) throw new RestoreRefused(`${file} is damaged: ${data.error}`);
  // COPY … FROM stdin; then one tab-separated row a line (name first) up to "\.".
  const lines = data.stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith('COPY ') && l.includes(MIGRATIONS_TABLE));
  const end = lines.indexOf('\\.', start);
  if (start < 0 || end < 0) return [];
  return lines.slice(start + 1, end).map((l) => l.split('\t')[0]!);
}

/** @example await restorePostgres('postgres://…/propdesk', '/backups/pd-2026-11-24.bak') */
export async function restorePostgres(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new RestoreRefused(`backup file not found: ${file}`);
  await refuseWhileServed(url);
  checkBackupMigrations(file, archiveMigrations(file));
  const r = runTool('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    `--dbname=${url}`,
    file,
  ]);
  if (!r.ok) throw new Error(`restore failed, the database is unchanged (single transaction): ${r.error}`);
}
