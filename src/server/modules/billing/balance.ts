/**
 * Balances and arrears are derived from the ledger at any instant (FEE-6): nothing stored
 * can drift from the entries. `owedAsOf` is what other modules ask before a move-out
 * (MVO-4) or a release pass: "what does this customer / unit owe as of D".
 */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { projectClock } from '../../platform/calendar/index.ts';
import { requireBilling } from './access.ts';
import { findAdjustments, type AdjustmentDto } from './adjustments.ts';
import { sumFen, toEntryDto, type EntryDto } from './ledger.ts';
import { billingDb } from './tables.ts';
import type { OpenBill, Owed } from './statement.contract.ts';

export type { OpenBill, Owed };

export interface OwedQuery {
  projectId: string;
  customerId?: string;
  unitId?: string;
  asOf: Date;
}

/**
 * @example const { owedFen, bills } = await owedAsOf(trx, { projectId, unitId, asOf: now }); if (owedFen > 0) refuse(bills)
 */
export async function owedAsOf(db: DbOrTrx, q: OwedQuery): Promise<Owed> {
  if (!q.customerId && !q.unitId) throw new Error('owedAsOf needs a customer or a unit');
  const bdb = billingDb(db);
  const at = q.asOf.toISOString();
  let sumQ = bdb
    .selectFrom('ledger_entries')
    .select(sumFen().as('s'))
    .where('project_id', '=', q.projectId)
    .where('book', '=', 'fees')
    .where('at', '<=', at);
  if (q.customerId) sumQ = sumQ.where('customer_id', '=', q.customerId);
  if (q.unitId) sumQ = sumQ.where('unit_id', '=', q.unitId);
  const balanceFen = Number((await sumQ.executeTakeFirst())?.s ?? 0);

  const today = (await projectClock(bdb, q.projectId)).dayOf(q.asOf);
  let billQ = bdb
    .selectFrom('bills as b')
    .innerJoin('ledger_entries as e', (j) =>
      j.onRef('e.project_id', '=', 'b.project_id').onRef('e.bill_id', '=', 'b.bill_id'),
    )
    .select(['b.bill_id', 'b.unit_id', 'b.customer_id', 'b.period', 'b.due_date', 'b.total_fen'])
    .select((eb) => eb.fn.sum<string | number>('e.amount_fen').as('outstanding'))
    .where('b.project_id', '=', q.projectId)
    .where('e.book', '=', 'fees')
    .where('e.at', '<=', at)
    .groupBy(['b.bill_id', 'b.unit_id', 'b.customer_id', 'b.period', 'b.due_date', 'b.total_fen'])
    .having((eb) => eb.fn.sum('e.amount_fen'), '>', 0)
    .orderBy('b.due_date')
    .orderBy('b.bill_id');
  if (q.customerId) billQ = billQ.where('b.customer_id', '=', q.customerId);
  if (q.unitId) billQ = billQ.where('b.unit_id', '=', q.unitId);
  const bills = (await billQ.execute()).map((r) => ({
    billId: r.bill_id,
    unitId: r.unit_id,
    customerId: r.customer_id,
    period: r.period,
    dueDate: String(r.due_date),
    totalFen: Number(r.total_fen),
    outstandingFen: Number(r.outstanding),
    overdue: String(r.due_date) < today,
  }));
  return {
    asOf: at,
    balanceFen,
    owedFen: Math.max(0, balanceFen),
    creditFen: Math.max(0, -balanceFen),
    overdueFen: bills.filter((b) => b.overdue).reduce((s, b) => s + b.outstandingFen, 0),
    bills,
  };
}

/**
 * The cashier's view of a customer or unit: balance, open bills and the entries at any date,
 * and the reversals and deductions asked for (pending ones change none of the figures).
 */
export async function accountStatement(
  deps: Deps,
  actor: Actor,
  projectId: string,
  q: { customerId?: string; unitId?: string; asOf?: Date },
): Promise<Owed & { entries: EntryDto[]; adjustments: AdjustmentDto[] }> {
  requireBilling(actor, 'billing.read', projectId);
  if (!q.customerId && !q.unitId)
    throw new AppError('VALIDATION', { fields: [{ path: 'customerId', key: 'field.required' }] });
  const asOf = q.asOf ?? deps.clock.now();
  const owed = await owedAsOf(deps.db.k, { projectId, customerId: q.customerId, unitId: q.unitId, asOf });
  const bdb = billingDb(deps.db.k);
  let eq = bdb
    .selectFrom('ledger_entries')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('at', '<=', asOf.toISOString());
  if (q.customerId) eq = eq.where('customer_id', '=', q.customerId);
  if (q.unitId) eq = eq.where('unit_id', '=', q.unitId);
  const entries = (await eq.orderBy('at').orderBy('entry_id').limit(1000).execute()).map(toEntryDto);
  const adjustments = await findAdjustments(bdb, projectId, { customerId: q.customerId, unitId: q.unitId });
  return { ...owed, entries, adjustments };
}
