/** A bill as printed for the customer (FEE-2): header, lines, what is paid and still owed. */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { addDays, DEFAULT_TIME_ZONE, instantAt } from '../../platform/calendar/index.ts';
import { requireBilling } from './access.ts';
import { billOutstanding, toEntryDto, type EntryDto } from './ledger.ts';
import { billingDb } from './tables.ts';

export interface BillDto {
  billId: string;
  unitId: string;
  unitCode: string;
  customerId: string;
  customerName: string;
  period: string;
  dueDate: string;
  totalFen: number;
  outstandingFen: number;
  issuedAt: string;
  lines: { lineNo: number; feeCode: string; description: string; quantity: string; amountFen: number }[];
  entries: EntryDto[];
}

export async function getBill(deps: Deps, actor: Actor, projectId: string, billId: string): Promise<BillDto> {
  requireBilling(actor, 'billing.read', projectId);
  const db = billingDb(deps.db.k);
  const b = await db
    .selectFrom('bills as b')
    .innerJoin('units as u', (j) => j.onRef('u.project_id', '=', 'b.project_id').onRef('u.unit_id', '=', 'b.unit_id'))
    .innerJoin('customers as c', (j) => j.onRef('c.project_id', '=', 'b.project_id').onRef('c.customer_id', '=', 'b.customer_id'))
    .selectAll('b')
    .select(['u.code', 'c.name'])
    .where('b.project_id', '=', projectId)
    .where('b.bill_id', '=', billId)
    .executeTakeFirst();
  if (!b) throw new AppError('NOT_FOUND', { params: { what: 'what.bill' } });
  const lines = await db.selectFrom('bill_lines').selectAll().where('project_id', '=', projectId).where('bill_id', '=', billId).orderBy('line_no').execute();
  const entries = await db.selectFrom('ledger_entries').selectAll().where('project_id', '=', projectId).where('bill_id', '=', billId).orderBy('at').orderBy('entry_id').execute();
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
    lines: lines.map((l) => ({ lineNo: l.line_no, feeCode: l.fee_code, description: l.description, quantity: l.quantity, amountFen: Number(l.amount_fen) })),
    entries: entries.map(toEntryDto),
  };
}

/** The bills of a month (optionally of one customer), for the cashier's list and printing. */
export async function listBills(deps: Deps, actor: Actor, projectId: string, q: { period: string; customerId?: string }) {
  requireBilling(actor, 'billing.read', projectId);
  let bq = billingDb(deps.db.k).selectFrom('bills').select(['bill_id', 'unit_id', 'customer_id', 'period', 'due_date', 'total_fen']).where('project_id', '=', projectId).where('period', '=', q.period);
  if (q.customerId) bq = bq.where('customer_id', '=', q.customerId);
  const rows = await bq.orderBy('unit_id').limit(5000).execute();
  return rows.map((r) => ({ billId: r.bill_id, unitId: r.unit_id, customerId: r.customer_id, period: r.period, dueDate: String(r.due_date), totalFen: Number(r.total_fen) }));
}

/** The last instant of a local day in the project's zone: "as of 2026-12-31" includes that whole day. */
export async function endOfProjectDay(deps: Deps, projectId: string, day: string): Promise<Date> {
  const p = await deps.db.k.selectFrom('projects').select('time_zone').where('project_id', '=', projectId).executeTakeFirst();
  return new Date(instantAt(addDays(day, 1), '00:00', p?.time_zone || DEFAULT_TIME_ZONE).getTime() - 1);
}
