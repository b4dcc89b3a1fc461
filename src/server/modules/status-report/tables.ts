/** Kysely type of the status_reports table (migration 0012_keys_passes), reached through `reportsDb()`. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';

export type StatusReportsTable = {
  project_id: string;
  report_id: string;
  month: string;
  state: string;
  as_of: string;
  data: string;
  prepared_by: string | null;
  prepared_at: string;
  signed_by: string | null;
  signed_at: string | null;
  version: number;
};

/** A transaction is a Kysely too, so one type serves both. */
export type RDbOrTrx = Kysely<Database & { status_reports: StatusReportsTable }>;

export function reportsDb(db: DbOrTrx): RDbOrTrx {
  return db as unknown as RDbOrTrx;
}
