/**
 * The ledger (FEE-6): every bill, payment, refund, deduction, prepayment, deposit movement
 * and correction is one inserted row; nothing here updates or deletes. Sign: + means the
 * customer owes more (fees book) or a deposit shrinks (deposits book); − the opposite.
 * Balances are sums of entries, taken inside the writing transaction after a row lock
 * (bill or customer) so two cashiers acting at once cannot both spend the same amount.
 */
import { sql } from 'kysely';
import { AppError } from '../../platform/errors.ts';
import { actorIdForHistory, type Actor } from '../../platform/access/actor.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import { billingDb, type BDbOrTrx, type LedgerEntriesTable } from './tables.ts';
import type { AnyDb } from '../../platform/db/module-db.ts';
import { PAY_METHODS, type Book, type EntryDto, type EntryKind, type PayMethod } from './ledger.contract.ts';

export { PAY_METHODS, type Book, type EntryDto, type EntryKind, type PayMethod };

export interface EntryInput {
  projectId: string;
  book: Book;
  kind: EntryKind;
  amountFen: number;
  customerId: string;
  unitId: string | null;
  billId?: string | null;
  depositId?: string | null;
  reversalOf?: string | null;
  receiptNo?: string | null;
  method?: string | null;
  note?: string;
  at: Date;
  actor: Actor;
}

export function toEntryDto(r: LedgerEntriesTable): EntryDto {
  return {
    entryId: r.entry_id,
    book: r.book as Book,
    kind: r.kind as EntryKind,
    amountFen: Number(r.amount_fen),
    customerId: r.customer_id,
    unitId: r.unit_id,
    billId: r.bill_id,
    depositId: r.deposit_id,
    reversalOf: r.reversal_of,
    receiptNo: r.receipt_no,
    method: r.method,
    note: r.note,
    at: r.at,
    actorId: r.actor_id,
  };
}

/** A positive whole number of fen, or a field error at `path`. */
export function requirePositiveFen(amount: number, path = 'amountFen'): void {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new AppError('VALIDATION', { fields: [{ path, key: 'ledger.amount_positive' }] });
}

export async function appendEntry(db: BDbOrTrx, e: EntryInput): Promise<EntryDto> {
  if (!Number.isSafeInteger(e.amountFen) || e.amountFen === 0)
    throw new Error(`ledger amount must be a non-zero integer, got ${e.amountFen}`);
  // Fee entries always name the unit, so a unit's arrears (move-out, release passes) are a plain sum.
  if (e.book === 'fees' && !e.unitId) throw new Error('a fees-book entry needs its unit');
  if (e.receiptNo) {
    const used = await db
      .selectFrom('ledger_entries')
      .select('entry_id')
      .where('project_id', '=', e.projectId)
      .where('receipt_no', '=', e.receiptNo)
      .executeTakeFirst();
    if (used)
      throw new AppError('CONFLICT', {
        key: 'ledger.receipt_used',
        params: { receipt: e.receiptNo },
        fields: [{ path: 'receiptNo', key: 'ledger.receipt_used', params: { receipt: e.receiptNo } }],
      });
  }
  const row: LedgerEntriesTable = {
    project_id: e.projectId,
    entry_id: newId(e.at.getTime()),
    book: e.book,
    kind: e.kind,
    amount_fen: e.amountFen,
    customer_id: e.customerId,
    unit_id: e.unitId,
    bill_id: e.billId ?? null,
    deposit_id: e.depositId ?? null,
    reversal_of: e.reversalOf ?? null,
    receipt_no: e.receiptNo || null,
    method: e.method ?? null,
    note: e.note ?? '',
    at: e.at.toISOString(),
    actor_id: actorIdForHistory(e.actor),
  };
  await db.insertInto('ledger_entries').values(row).execute();
  return toEntryDto(row);
}

/** Sum of amounts (PostgreSQL returns bigint sums as strings; both become numbers here). */
export function sumFen() {
  return sql<string | number | null>`coalesce(sum(amount_fen), 0)`;
}

/** What is still owed on a bill: its charge plus everything booked against it. */
export async function billOutstanding(db: BDbOrTrx, projectId: string, billId: string): Promise<number> {
  const r = await db
    .selectFrom('ledger_entries')
    .select(sumFen().as('s'))
    .where('project_id', '=', projectId)
    .where('bill_id', '=', billId)
    .where('book', '=', 'fees')
    .executeTakeFirst();
  return Number(r?.s ?? 0);
}

/**
 * Credit a customer holds on a unit that no bill has used yet (prepayments less refunds
 * and applications): minus the sum of their unit's fee entries not attached to a bill.
 */
export async function unallocatedCredit(
  db: BDbOrTrx,
  projectId: string,
  customerId: string,
  unitId: string,
): Promise<number> {
  const r = await db
    .selectFrom('ledger_entries')
    .select(sumFen().as('s'))
    .where('project_id', '=', projectId)
    .where('customer_id', '=', customerId)
    .where('unit_id', '=', unitId)
    .where('book', '=', 'fees')
    .where('bill_id', 'is', null)
    .executeTakeFirst();
  return -Number(r?.s ?? 0);
}

export async function depositHeld(on: AnyDb, projectId: string, depositId: string): Promise<number> {
  const db = billingDb(on);
  const r = await db
    .selectFrom('ledger_entries')
    .select(sumFen().as('s'))
    .where('project_id', '=', projectId)
    .where('deposit_id', '=', depositId)
    .where('book', '=', 'deposits')
    .executeTakeFirst();
  return -Number(r?.s ?? 0);
}

/**
 * Serialises money movements on one bill: SELECT … FOR UPDATE on PostgreSQL; SQLite has a
 * single writer connection, so the transaction alone already serialises.
 */
export async function lockBill(db: BDbOrTrx, dialect: Dialect, projectId: string, billId: string) {
  let q = db
    .selectFrom('bills')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('bill_id', '=', billId);
  if (dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}

/** The same for movements on a customer's unallocated credit and deposits. */
export async function lockCustomer(db: BDbOrTrx, dialect: Dialect, projectId: string, customerId: string) {
  let q = db
    .selectFrom('customers')
    .select(['customer_id', 'name', 'company'])
    .where('project_id', '=', projectId)
    .where('customer_id', '=', customerId);
  if (dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}
