import type { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import type { Db } from './connection.ts';
import { migrations } from './migrations/index.ts';

/** Runs every pending migration; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const provider = {
    async getMigrations(): Promise<Record<string, Migration>> {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(migrations)) {
        out[name] = { up: (k: Kysely<unknown>) => m.up(k, db.dialect) };
      }
      return out;
    },
  };
  const migrator = new Migrator({ db: db.k as unknown as Kysely<unknown>, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String((error as Error).message ?? error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
