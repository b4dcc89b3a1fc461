/**
 * MVO-4 / TRF-1: "no move-out procedure while anything is owed — the system refuses and
 * shows what is owed". The refusal carries the open bills (period, due date, amount) in
 * the error's details so the desk can show them and send the customer to the cashier.
 */
import { AppError } from '../../../platform/errors.ts';
import { fenToYuan } from '../../../platform/print/format.ts';
import { owedAsOf, type Owed } from '../../billing/index.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import { owesAnything } from './rules.ts';
import type { OwedSummary } from './contract.ts';

export type { OwedSummary };

export function summarise(o: Owed): OwedSummary {
  return {
    owedFen: o.owedFen,
    bills: o.bills.map((b) => ({
      billId: b.billId,
      unitId: b.unitId,
      period: b.period,
      dueDate: b.dueDate,
      outstandingFen: b.outstandingFen,
      overdue: b.overdue,
    })),
  };
}

/** What the customer (on the unit, when given) owes at `at`. */
export async function owedNow(
  db: DbOrTrx,
  q: { projectId: string; customerId: string; unitId?: string; at: Date },
): Promise<OwedSummary> {
  return summarise(
    await owedAsOf(db, { projectId: q.projectId, customerId: q.customerId, unitId: q.unitId, asOf: q.at }),
  );
}

/** Throws UNPROCESSABLE `key` with the open bills when anything at all is owed (MVO-4's rule, `owesAnything`). */
export async function requireNothingOwed(
  db: DbOrTrx,
  q: { projectId: string; customerId: string; unitId?: string; at: Date; key: string },
): Promise<void> {
  const owed = await owedNow(db, q);
  if (owesAnything({ owedFen: owed.owedFen, openBills: owed.bills.length }))
    throw arrearsRefusal(owed, q.key);
}

/** The refusal that shows what is owed: the total in 元 and the open bills in the details, for the desk's panel. */
export function arrearsRefusal(owed: OwedSummary, key: string): AppError {
  const total = Math.max(
    owed.owedFen,
    owed.bills.reduce((s, b) => s + b.outstandingFen, 0),
  );
  return new AppError('UNPROCESSABLE', {
    key,
    params: { total: fenToYuan(total), count: owed.bills.length },
    details: { owed },
  });
}
