/** Kysely type of the status_reports table (migration 0012_keys_passes), reached through `reportsDb()`. */
import { moduleDb, type AnyDb } from '../../platform/db/module-db.ts';

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

export interface ReportTables {
  status_reports: StatusReportsTable;
}

export type RDbOrTrx = AnyDb<ReportTables>;

/** @example const row = await reportsDb(trx).selectFrom('status_reports')… */
export const reportsDb = moduleDb<ReportTables>();
