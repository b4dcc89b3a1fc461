/**
 * Kysely types of the move-out and transfer tables (migration 0011_moveout_transfer). They
 * live with the module that owns them; code reaches them through `occupancyDb()`.
 */
import type { Generated, Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import { moduleDb } from '../../../platform/db/module-db.ts';

export type MoveOutsTable = {
  project_id: string;
  move_out_id: string;
  unit_id: string;
  customer_id: string;
  state: string;
  version: Generated<number>;
  residential: number;
  notice_at: string;
  move_day: string;
  contact_name: string;
  contact_phone: string;
  forwarding_address: string;
  lease_end: string | null;
  owner_customer_id: string | null;
  owner_name: string | null;
  owner_agreed: number | null;
  owner_answer_at: string | null;
  owner_items_json: Generated<string>;
  inspected_at: string | null;
  inspection_json: Generated<string>;
  restoration_required: Generated<number>;
  inspection_passed_at: string | null;
  cleared_at: string | null;
  elevator_from: string | null;
  elevator_to: string | null;
  keys_returned_at: string | null;
  returned_json: Generated<string>;
  completed_at: string | null;
  billing_end_day: string | null;
  archive_sealed: Generated<number>;
  deposit_due_at: string | null;
  deposit_due_on: string | null;
  deposit_refunded_at: string | null;
  deposit_refunded_fen: number | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
};

export type TransfersTable = {
  project_id: string;
  transfer_id: string;
  unit_id: string;
  old_owner_id: string;
  new_owner_id: string | null;
  state: string;
  version: Generated<number>;
  handover_day: string;
  certificate_no: string | null;
  certificate_document_id: string | null;
  certified_at: string | null;
  settled_at: string | null;
  settlement_json: Generated<string>;
  owner_recorded_at: string | null;
  required_prepay_fen: number | null;
  prepaid_fen: number | null;
  prepaid_checked_at: string | null;
  completed_at: string | null;
  roster_entry_id: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
};

/** A move-out row as read. */
export type MoveOut = Selectable<MoveOutsTable>;
/** A transfer row as read. */
export type Transfer = Selectable<TransfersTable>;

export type LeaseRemindersTable = {
  project_id: string;
  customer_id: string;
  unit_id: string;
  lease_end: string;
  reminded_at: string;
};

export type OccupancyTables = {
  move_outs: MoveOutsTable;
  transfers: TransfersTable;
  lease_reminders: LeaseRemindersTable;
};

export type ODb = Kysely<Database & OccupancyTables>;
export type OTrx = Transaction<Database & OccupancyTables>;
export type ODbOrTrx = ODb | OTrx;

/** The project database seen with the move-out and transfer tables. */
export const occupancyDb = moduleDb<OccupancyTables>();

/** Hands an occupancy connection to platform and other modules' helpers: same connection, narrower type. */
export function platformDb(db: ODbOrTrx): DbOrTrx {
  return db;
}
