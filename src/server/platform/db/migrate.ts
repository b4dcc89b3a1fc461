import type { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import type { Db } from './connection.ts';
import { migrations as platformMigrations, type MigrationModule } from './migrations/index.ts';

/**
 * The platform's migrations and the modules' own, in one order by name (the number first):
 * a module's migration is named like any other (`0019_renovation_permits`).
 */
export function allMigrations(
  fromModules: Record<string, MigrationModule>[] = [],
): Record<string, MigrationModule> {
  const out: Record<string, MigrationModule> = { ...platformMigrations };
  for (const set of fromModules) {
    for (const [name, m] of Object.entries(set)) {
      if (Object.hasOwn(out, name)) throw new Error(`migration ${name} is defined twice`);
      out[name] = m;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Runs every pending migration; throws with the failing migration's name on error. */
export async function migrateToLatest(
  db: Db,
  migrations: Record<string, MigrationModule> = allMigrations(),
): Promise<string[]> {
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
    throw new Error(
      `migration ${failed?.migrationName ?? '?'} failed: ${String((error as Error).message ?? error)}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
