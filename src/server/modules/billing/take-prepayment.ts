/**
 * A prepayment taken inside the caller's transaction (HND-3: six months ahead at a
 * handover, committed with the step that records it). The same checks as the cashier's
 * own prepayment (record-payment.ts): a positive amount, a payer of the unit, an unused
 * receipt number; the customer row is locked so credit movements on it are serialised.
 */
import type { Actor } from '../../platform/access/actor.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import { appendEntry, lockCustomer, requirePositiveFen, type EntryDto, type PayMethod } from './ledger.ts';
import { requirePayerOfUnit } from './lookups.ts';
import { billingDb } from './tables.ts';
import type { AnyDb } from '../../platform/db/module-db.ts';

export interface TakePrepayment {
  projectId: string;
  customerId: string;
  unitId: string;
  amountFen: number;
  method: PayMethod;
  receiptNo: string;
  note?: string;
  at: Date;
  actor: Actor;
}

/** @example await takePrepayment(trx, 'sqlite', { projectId, customerId, unitId, amountFen: 148140, method: 'cash', receiptNo: 'R-0001', at, actor }) */
export async function takePrepayment(on: AnyDb, dialect: Dialect, p: TakePrepayment): Promise<EntryDto> {
  const trx = billingDb(on);
  requirePositiveFen(p.amountFen);
  await requirePayerOfUnit(trx, p.projectId, p.customerId, p.unitId);
  await lockCustomer(trx, dialect, p.projectId, p.customerId);
  return appendEntry(trx, {
    projectId: p.projectId,
    book: 'fees',
    kind: 'prepayment',
    amountFen: -p.amountFen,
    customerId: p.customerId,
    unitId: p.unitId,
    receiptNo: p.receiptNo,
    method: p.method,
    note: p.note,
    at: p.at,
    actor: p.actor,
  });
}
