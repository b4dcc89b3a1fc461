/** The visits table's Kysely type lives in platform/db/schema.ts with the others. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.ts';

export type { CustomerVisitsTable } from '../../../platform/db/schema.ts';
export type VisitsDb = Kysely<Database>;

/** Kept so the visit files read the same; the schema now carries customer_visits. */
export function visitsDb(db: Kysely<Database> | Transaction<Database>): VisitsDb {
  return db as VisitsDb;
}
