/**
 * Kysely types of the handover tables (migration 0010_handover_movein): the handover runs
 * and the rectification items they leave. Code reaches them through `handoverDb()`.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.ts';
import { moduleDb } from '../../../platform/db/module-db.ts';

export type HandoversTable = {
  project_id: string;
  handover_id: string;
  unit_id: string;
  state: string;
  step: string | null;
  started_at: string;
  started_by: string | null;
  started_day: string;
  roster_entry_id: string | null;
  customer_id: string | null;
  contract_no: string;
  id_copy_document_id: string | null;
  verified_at: string | null;
  archive_at: string | null;
  fees_from: string | null;
  fees_to: string | null;
  prepaid_fen: number | null;
  receipt_no: string | null;
  prepayment_entry_id: string | null;
  billing_account_id: string | null;
  fees_at: string | null;
  fees_by: string | null;
  keys_handed: number | null;
  keys_kept: number;
  key_consent: number;
  owner_handbook: number;
  renovation_handbook: number;
  keys_at: string | null;
  kept_key_returned_at: string | null;
  completed_at: string | null;
  completed_day: string | null;
  declined_at: string | null;
  declined_day: string | null;
  decline_reason: string | null;
  decline_note: string;
  updated_at: string;
  version: number;
};

export type RectificationItemsTable = {
  project_id: string;
  item_id: string;
  handover_id: string;
  unit_id: string;
  seq: number;
  description: string;
  location: string;
  state: string;
  created_at: string;
  created_by: string | null;
  closed_at: string | null;
  closed_by: string | null;
  close_note: string;
};

export type HandoverTables = {
  handovers: HandoversTable;
  rectification_items: RectificationItemsTable;
};

export type HDb = Kysely<Database & HandoverTables>;
export type HTrx = Transaction<Database & HandoverTables>;
export type HDbOrTrx = HDb | HTrx;

/** The project database seen with the handover tables. */
export const handoverDb = moduleDb<HandoverTables>();
