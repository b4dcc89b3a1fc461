/**
 * Kysely types of the move-in tables (migration 0010_handover_movein): the move-in runs,
 * the fixtures counted and the meters read at the joint inspection. Code reaches them
 * through `moveInDb()`; the move-out inspection (MVO-3) reads the fixtures back.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.ts';
import { moduleDb } from '../../../platform/db/module-db.ts';

export type MoveInsTable = {
  project_id: string;
  move_in_id: string;
  unit_id: string;
  state: string;
  step: string | null;
  started_at: string;
  started_by: string | null;
  customer_id: string | null;
  lease_start: string | null;
  lease_end: string | null;
  lease_document_id: string | null;
  notice_document_id: string | null;
  lease_at: string | null;
  owner_customer_id: string | null;
  owner_name: string;
  owner_confirmed_at: string | null;
  approved_at: string | null;
  approved_by: string | null;
  approval_note: string;
  deposit_id: string | null;
  deposit_fen: number | null;
  deposit_receipt_no: string | null;
  rent_receipt_no: string | null;
  rent_deposit_receipt_no: string | null;
  parking_receipt_no: string | null;
  paid_at: string | null;
  paid_by: string | null;
  documents_at: string | null;
  inspected_at: string | null;
  engineering_name: string;
  security_name: string;
  keys_handed: number | null;
  parking_note: string;
  notice_at: string | null;
  service_info_json: string;
  billing_account_id: string | null;
  billing_from: string | null;
  completed_at: string | null;
  completed_day: string | null;
  closed_reason: string;
  closed_at: string | null;
  updated_at: string;
  version: number;
};

export type MoveInFixturesTable = {
  project_id: string;
  fixture_id: string;
  move_in_id: string;
  seq: number;
  name: string;
  quantity: number;
  condition: string;
  note: string;
};

export type MoveInReadingsTable = {
  project_id: string;
  row_id: string;
  move_in_id: string;
  meter_id: string;
  meter_code: string;
  kind: string;
  value_centi: number;
  read_at: string;
  reading_id: string | null;
};

export type MoveInTables = {
  move_ins: MoveInsTable;
  move_in_fixtures: MoveInFixturesTable;
  move_in_readings: MoveInReadingsTable;
};

export type MDb = Kysely<Database & MoveInTables>;

/** The project database seen with the move-in tables. */
export const moveInDb = moduleDb<MoveInTables>();

export type MTrx = Transaction<Database & MoveInTables>;
