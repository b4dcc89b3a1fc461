/**
 * What every restore checks before it touches the database, whatever the engine: the backup
 * is a PropDesk database (it has the migrations table with migrations in it) made by this
 * version or an older one (the server migrates an older one forward at start; a newer one it
 * could not even open).
 */
import { spawnSync } from 'node:child_process';
import { MIGRATIONS as migrations } from '../modules/index.ts';

/** A restore refused before anything was changed; the message says why and what to do. */
export class RestoreRefused extends Error {
  constructor(reason: string) {
    super(`restore refused: ${reason}`);
  }
}

/** The Kysely migrator's table: every PropDesk database has it from its first start. */
export const MIGRATIONS_TABLE = 'kysely_migration';

/**
 * @param applied the migration names recorded in the backup
 * @example checkBackupMigrations('pd.bak', ['0001_foundation']) // passes
 */
export function checkBackupMigrations(file: string, applied: readonly string[]): void {
  if (applied.length === 0)
    throw new RestoreRefused(`${file} has no migrations recorded: it is not a PropDesk backup`);
  const unknown = applied.filter((name) => !Object.hasOwn(migrations, name));
  if (unknown.length)
    throw new RestoreRefused(
      `${file} was made by a newer PropDesk (migrations ${unknown.join(', ')} are unknown here): upgrade PropDesk first`,
    );
}

/** Runs a database client tool and returns its stdout; a failure carries its stderr. */
export function runTool(
  cmd: string,
  args: string[],
): { ok: true; stdout: string } | { ok: false; error: string } {
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) return { ok: false, error: `${cmd} could not be started: ${r.error.message}` };
  if (r.status !== 0)
    return { ok: false, error: `${cmd} failed (exit ${r.status}): ${r.stderr.trim().slice(0, 2000)}` };
  return { ok: true, stdout: r.stdout };
}
