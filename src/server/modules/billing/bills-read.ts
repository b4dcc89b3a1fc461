/** A bill as printed for the customer (FEE-2): header, lines, what is paid and still owed. */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { addDays, instantAt, projectClock } from '../../platform/calendar/index.ts';
import { requireBilling } from './access.ts';
import { findAdjustments, type AdjustmentDto } from './adjustments.ts';
import { billOutstanding, sumFen, toEntryDto, type EntryDto } from './ledger.ts';
import { billingDb } from './tables.ts';
import { likeContains } from '../../platform/db/like.ts';
import type { BillDto, BillRow } from './bills.contract.ts';

export type { BillDto, BillRow };

export async function getBill(deps: Deps, actor: Actor, projectId: string, billId: string): Promise<BillDto> {
  requireBilling(actor, 'billing.read', projectId);
  const db = billingDb(deps.db.k);
  const b = await db
    .selectFrom('bills as b')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'b.project_id').onRef('u.unit_id', '=', 'b.unit_id'),
    )
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'b.project_id').onRef('c.customer_id', '=', 'b.customer_id'),
    )
    .selectAll('b')
    .select(['u.code', 'c.name'])
    .where('b.project_id', '=', projectId)
    .where('b.bill_id', '=', billId)
    .executeTakeFirst();
  if (!b) throw new AppError('NOT_FOUND', { params: { what: 'what.bill' } });
  const lines = await db
    .selectFrom('bill_lines')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('bill_id', '=', billId)
    .orderBy('line_no')
    .execute();
  const entries = await db
    .selectFrom('ledger_entries')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('bill_id', '=', billId)
    .orderBy('at')
    .orderBy('entry_id')
    .execute();
  return {
    billId,
    unitId: b.unit_id,
    unitCode: b.code,
    customerId: b.customer_id,
    customerName: b.name,
    period: b.period,
    dueDate: String(b.due_date),
    totalFen: Number(b.total_fen),
    outstandingFen: await billOutstanding(db, projectId, billId),
    issuedAt: b.issued_at,
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      feeCode: l.fee_code,
      description: l.description,
      quantity: l.quantity,
      amountFen: Number(l.amount_fen),
    })),
    entries: entries.map(toEntryDto),
    adjustments: await findAdjustments(db, projectId, { billId }),
  };
}

export interface BillsQuery {
  /** A month, or a due date (the unpaid list of FEE-3), or both. */
  period?: string;
  dueDate?: string;
  customerId?: string;
  buildingId?: string;
  /** open: money still owed; paid: settled; all by default. */
  status?: 'open' | 'paid';
  /** Part of a unit code or the customer's name or company. */
  q?: string;
}

export const BILL_LIST_LIMIT = 2000;

/**
 * The bills of a month for the cashier's list and batch printing, with what is still owed
 * on each (one grouped sum over the fee entries, not a query per bill), by unit code.
 */
export async function listBills(
  deps: Deps,
  actor: Actor,
  projectId: string,
  q: BillsQuery,
): Promise<{ rows: BillRow[]; truncated: boolean }> {
  requireBilling(actor, 'billing.read', projectId);
  const db = billingDb(deps.db.k);
  const owed = db
    .selectFrom('ledger_entries')
    .select(['bill_id'])
    .select(sumFen().as('outstanding'))
    .where('project_id', '=', projectId)
    .where('book', '=', 'fees')
    .where('bill_id', 'is not', null)
    .groupBy('bill_id')
    .as('o');
  let bq = db
    .selectFrom('bills as b')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'b.project_id').onRef('u.unit_id', '=', 'b.unit_id'),
    )
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'b.project_id').onRef('c.customer_id', '=', 'b.customer_id'),
    )
    .leftJoin(owed, (j) => j.onRef('o.bill_id', '=', 'b.bill_id'))
    .select([
      'b.bill_id',
      'b.unit_id',
      'u.code',
      'u.building_id',
      'b.customer_id',
      'c.name',
      'b.period',
      'b.due_date',
      'b.total_fen',
      'o.outstanding',
    ])
    .where('b.project_id', '=', projectId);
  if (!q.period && !q.dueDate)
    throw new AppError('VALIDATION', { fields: [{ path: 'period', key: 'field.required' }] });
  if (q.period) bq = bq.where('b.period', '=', q.period);
  if (q.dueDate) bq = bq.where('b.due_date', '=', q.dueDate);
  if (q.customerId) bq = bq.where('b.customer_id', '=', q.customerId);
  if (q.buildingId) bq = bq.where('u.building_id', '=', q.buildingId);
  if (q.status === 'open') bq = bq.where('o.outstanding', '>', 0);
  if (q.status === 'paid')
    bq = bq.where((eb) => eb.or([eb('o.outstanding', 'is', null), eb('o.outstanding', '<=', 0)]));
  if (q.q?.trim()) {
    const text = q.q.trim();
    bq = bq.where((eb) =>
      eb.or([likeContains('u.code', text), likeContains('c.name', text), likeContains('c.company', text)]),
    );
  }
  const rows = await bq
    .orderBy('u.code')
    .orderBy('b.bill_id')
    .limit(BILL_LIST_LIMIT + 1)
    .execute();
  return {
    truncated: rows.length > BILL_LIST_LIMIT,
    rows: rows.slice(0, BILL_LIST_LIMIT).map((r) => ({
      billId: r.bill_id,
      unitId: r.unit_id,
      unitCode: r.code,
      buildingId: r.building_id,
      customerId: r.customer_id,
      customerName: r.name,
      period: r.period,
      dueDate: String(r.due_date),
      totalFen: Number(r.total_fen),
      outstandingFen: Number(r.outstanding ?? 0),
    })),
  };
}

/** The last instant of a local day in the project's zone: "as of 2026-12-31" includes that whole day. */
export async function endOfProjectDay(deps: Deps, projectId: string, day: string): Promise<Date> {
  const { timeZone } = await projectClock(deps.db.k, projectId);
  return new Date(instantAt(addDays(day, 1), '00:00', timeZone).getTime() - 1);
}
