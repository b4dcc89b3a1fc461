/**
 * Kysely types of the key custody tables (migration 0012_keys_passes). Code reaches them
 * through `keysDb()`, the same connection seen with these tables added.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { moduleDb } from '../../platform/db/module-db.ts';

export type KeysTable = {
  project_id: string;
  key_id: string;
  number: string;
  unit_id: string;
  kind: string;
  cabinet_slot: string;
  state: string;
  keeper_id: string;
  entrusted_by: string | null;
  holder_name: string;
  holder_user_id: string | null;
  note: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  version: number;
};

export type KeyEntrustedTable = {
  project_id: string;
  key_id: string;
  customer_id: string;
  created_at: string;
};

export type KeyRequestsTable = {
  project_id: string;
  request_id: string;
  key_id: string;
  kind: string;
  borrower_id: string | null;
  customer_id: string | null;
  reason: string;
  irregular: number;
  irregular_reasons: string;
  steps: string;
  due_at: string | null;
  state: string;
  requested_by: string | null;
  created_at: string;
  updated_at: string;
};

export type KeyApprovalsTable = {
  project_id: string;
  request_id: string;
  step: string;
  decision: string;
  user_id: string;
  note: string;
  at: string;
};

export type KeyMovementsTable = {
  project_id: string;
  movement_id: string;
  key_id: string;
  kind: string;
  person_name: string;
  customer_id: string | null;
  user_id: string | null;
  id_number_masked: string;
  request_id: string | null;
  detail: string;
  note: string;
  at: string;
  actor_id: string | null;
};

export type KeyTables = {
  keys: KeysTable;
  key_entrusted: KeyEntrustedTable;
  key_requests: KeyRequestsTable;
  key_approvals: KeyApprovalsTable;
  key_movements: KeyMovementsTable;
};

/** A transaction is a Kysely too, so one type serves both. */
export type KDbOrTrx = Kysely<Database & KeyTables>;

/** The project database (or a transaction on it) seen with the key tables. */
export const keysDb = moduleDb<KeyTables>();

/** Hands a keys transaction to platform helpers (history, signatures): same connection, narrower type. */
export function platformDb(db: KDbOrTrx): DbOrTrx {
  return db;
}
