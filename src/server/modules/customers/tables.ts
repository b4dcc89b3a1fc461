/**
 * Kysely types of the customers module's archive-room tables (migration 0009_archive_access,
 * CUS-2..5: see README.md). Code reaches them through `customersDb(db)`; the customer,
 * phone, unit-link, vehicle, roster-entry and access-log tables are still typed in
 * platform/db/schema.ts because other modules' code and the demo read or write them.
 */
import type { Generated } from 'kysely';
import { moduleDb } from '../../platform/db/module-db.ts';

export interface RosterImportsTable {
  project_id: string;
  import_id: string;
  file_name: string;
  status: string; // previewed | committed | discarded
  total_rows: number;
  bad_rows: number;
  rows_json: string;
  created_by: string | null;
  created_at: string;
  committed_by: string | null;
  committed_at: string | null;
  imported_rows: Generated<number>;
  skipped_rows: Generated<number>;
}

export interface ExportRequestsTable {
  project_id: string;
  export_id: string;
  building_id: string | null;
  purpose: string;
  recipient: string;
  status: string; // requested | approved | refused | downloaded
  requested_by: string | null;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: Generated<string>;
  expires_at: string | null;
  downloaded_at: string | null;
  row_count: number | null;
  version: Generated<number>;
}

export interface ArchiveRecordsTable {
  project_id: string;
  record_id: string;
  class: string; // contract | correspondence | rules | internal
  title: string;
  reference: string;
  counterparty: string;
  record_day: string | null;
  note: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface ArchiveLoansTable {
  project_id: string;
  loan_id: string;
  subject_type: string; // customer | record
  subject_id: string;
  borrower: string;
  purpose: string;
  approver_id: string;
  out_day: string;
  due_day: string;
  back_day: string | null;
  lent_by: string | null;
  lent_at: string;
  returned_by: string | null;
  returned_at: string | null;
}

export interface CustomersTables {
  roster_imports: RosterImportsTable;
  export_requests: ExportRequestsTable;
  archive_records: ArchiveRecordsTable;
  archive_loans: ArchiveLoansTable;
}

/** @example const loans = await customersDb(trx).selectFrom('archive_loans')… */
export const customersDb = moduleDb<CustomersTables>();
