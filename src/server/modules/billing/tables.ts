/**
 * Kysely types of the billing tables (migrations 0005_billing, 0007_overtime_ac,
 * 0014_ledger_adjustments). They live with the module that owns them; code reaches them
 * through `billingDb()`, which also sees the one table of another module billing reads.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { moduleDb, type AnyDb } from '../../platform/db/module-db.ts';

export type FeeItemsTable = {
  project_id: string;
  fee_item_id: string;
  code: string;
  version: number;
  name: string;
  /** area | fixed | metered | parking_monthly | parking_temporary | service | deposit | hourly */
  kind: string;
  /** building | inner */
  area_basis: string | null;
  rate_millifen: number | null;
  amount_fen: number | null;
  /** electricity | water | gas */
  meter_kind: string | null;
  building_id: string | null;
  params_json: string;
  effective_from: string;
  effective_to: string | null;
  created_at: string;
  created_by: string | null;
};

export type BillingAccountsTable = {
  project_id: string;
  account_id: string;
  unit_id: string;
  customer_id: string;
  start_day: string;
  end_day: string | null;
  created_at: string;
  created_by: string | null;
};

export type MetersTable = {
  project_id: string;
  meter_id: string;
  code: string;
  kind: string;
  building_id: string;
  unit_id: string | null;
  created_at: string;
};

export type MeterReadingsTable = {
  project_id: string;
  reading_id: string;
  meter_id: string;
  read_at: string;
  read_day: string;
  value_centi: number;
  previous_centi: number;
  consumption_centi: number;
  replacement: number;
  old_final_centi: number | null;
  new_start_centi: number | null;
  recorded_by: string | null;
  created_at: string;
};

export type BillsTable = {
  project_id: string;
  bill_id: string;
  unit_id: string;
  customer_id: string;
  period: string;
  due_date: string;
  total_fen: number;
  issued_at: string;
  issued_by: string | null;
};

export type BillLinesTable = {
  project_id: string;
  bill_id: string;
  line_no: number;
  unit_id: string;
  customer_id: string;
  period: string;
  fee_code: string;
  fee_item_id: string | null;
  source_key: string;
  description: string;
  quantity: string;
  amount_fen: number;
  covers_to: string | null;
};

export type DepositsTable = {
  project_id: string;
  deposit_id: string;
  customer_id: string;
  unit_id: string | null;
  kind: string;
  created_at: string;
  created_by: string | null;
};

export type LedgerEntriesTable = {
  project_id: string;
  entry_id: string;
  /** fees | deposits */
  book: string;
  kind: string;
  amount_fen: number;
  customer_id: string;
  unit_id: string | null;
  bill_id: string | null;
  deposit_id: string | null;
  reversal_of: string | null;
  receipt_no: string | null;
  method: string | null;
  note: string;
  at: string;
  actor_id: string | null;
};

/** A reversal or deduction asked for by one person and decided by another (migration 0014). */
export type LedgerAdjustmentsTable = {
  project_id: string;
  adjustment_id: string;
  /** reversal | deduction */
  kind: string;
  /** pending | approved | rejected */
  state: string;
  customer_id: string;
  unit_id: string | null;
  bill_id: string | null;
  entry_id: string | null;
  deposit_id: string | null;
  amount_fen: number;
  reason: string;
  requested_by: string | null;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  result_entry_id: string | null;
};

export type ReminderNoticesTable = {
  project_id: string;
  notice_id: string;
  bill_id: string;
  stage: string;
  due_date: string;
  outstanding_fen: number;
  created_at: string;
};

export type BooksChecksTable = {
  project_id: string;
  check_id: string;
  day: string;
  ok: number;
  details_json: string;
  created_at: string;
};

export type PrepaidMetersTable = {
  project_id: string;
  prepaid_meter_id: string;
  meter_no: string;
  unit_id: string;
  customer_id: string;
  threshold_fen: number;
  created_at: string;
};

export type PrepaidEntriesTable = {
  project_id: string;
  entry_id: string;
  prepaid_meter_id: string;
  kind: string;
  amount_fen: number;
  receipt_no: string | null;
  method: string | null;
  at: string;
  actor_id: string | null;
};

export type LowBalanceNoticesTable = {
  project_id: string;
  notice_id: string;
  prepaid_meter_id: string;
  customer_id: string;
  balance_fen: number;
  threshold_fen: number;
  created_at: string;
};

export type OvertimeAcUsesTable = {
  project_id: string;
  use_id: string;
  unit_id: string;
  /** The unit's payer on use_day (billing_accounts), resolved when the use is recorded. */
  customer_id: string;
  fee_item_id: string;
  fee_code: string;
  starts_at: string;
  ends_at: string;
  /** Local day of starts_at in the project's time zone. */
  use_day: string;
  /** Started hours. */
  hours: number;
  rate_fen: number;
  amount_fen: number;
  note: string;
  recorded_at: string;
  recorded_by: string | null;
  /** Set once, only while the use is on no bill (migration 0007). */
  cancelled_at: string | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
};

export type BillingTables = {
  fee_items: FeeItemsTable;
  billing_accounts: BillingAccountsTable;
  meters: MetersTable;
  meter_readings: MeterReadingsTable;
  bills: BillsTable;
  bill_lines: BillLinesTable;
  deposits: DepositsTable;
  ledger_entries: LedgerEntriesTable;
  ledger_adjustments: LedgerAdjustmentsTable;
  reminder_notices: ReminderNoticesTable;
  books_checks: BooksChecksTable;
  prepaid_meters: PrepaidMetersTable;
  prepaid_entries: PrepaidEntriesTable;
  low_balance_notices: LowBalanceNoticesTable;
  overtime_ac_uses: OvertimeAcUsesTable;
};

/**
 * What the bill run reads of parking's published `parking_rentals` (the monthly rent lines).
 * Declared here, not imported, because parking depends on billing and the dependency must
 * not run both ways; parking/tables.ts checks at compile time that its table still has
 * these columns, so the two cannot drift apart.
 */
export type ParkingRentalsReadModel = {
  parking_rentals: {
    project_id: string;
    rental_id: string;
    unit_id: string;
    customer_id: string;
    plate: string;
    fee_code: string;
    start_day: string;
    end_day: string;
  };
};

/** What billing publishes to other modules: the ledger (a deposit's money held, a customer's payments). */
export type BillingReadModel = { ledger_entries: LedgerEntriesTable };

/** The project database seen with the billing tables (a connection or a transaction; the same one is returned). */
export const billingDb = moduleDb<BillingView>();
type BillingView = BillingTables & ParkingRentalsReadModel;
export type BDbOrTrx = AnyDb<BillingView>;
export type BTrx = Transaction<Database & BillingView>;
