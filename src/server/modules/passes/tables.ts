/** Kysely types of the release-pass tables (migration 0012_keys_passes), reached through `passesDb()`. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { moduleDb } from '../../platform/db/module-db.ts';

export type PassesTable = {
  project_id: string;
  pass_id: string;
  number: string | null;
  unit_id: string;
  customer_id: string | null;
  carrier_type: string;
  carrier_name: string;
  carrier_phone: string;
  carrier_id_masked: string;
  purpose: string;
  purpose_note: string;
  flags: string;
  state: string;
  refusal: string | null;
  owed_fen: number | null;
  arrears_checked_at: string | null;
  call_party: string | null;
  call_name: string | null;
  call_phone: string | null;
  called_at: string | null;
  call_answer: string | null;
  call_note: string | null;
  call_by: string | null;
  issued_at: string | null;
  issued_by: string | null;
  valid_on: string | null;
  checked_at: string | null;
  checked_by: string | null;
  gate_note: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  version: number;
};

export type PassItemsTable = {
  project_id: string;
  pass_id: string;
  line_no: number;
  category: string;
  name: string;
  quantity: number;
};

export type PassTables = { passes: PassesTable; pass_items: PassItemsTable };

/** A transaction is a Kysely too, so one type serves both. */
export type PDbOrTrx = Kysely<Database & PassTables>;

export const passesDb = moduleDb<PassTables>();

export function platformDb(db: PDbOrTrx): DbOrTrx {
  return db;
}
