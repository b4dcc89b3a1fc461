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
import type { BDbOrTrx } from './tables.ts';

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
export async function takePrepayment(trx: BDbOrTrx, dialect: Dialect, p: TakePrepayment): Promise<EntryDto> {
  requirePositiveFen(p.amountFen);
  await requirePayerOfUnit(trx, p.projectId, p.customerId, p.unitId);
  await lockCustomer(trx, dialect, p.projectId, p.customerId);
  return appendEntry(trx, { projectId: p.projectId, book: 'fees', kind: 'prepayment', amountFen: -p.amountFen, customerId: p.customerId, unitId: p.unitId, receiptNo: p.receiptNo, method: p.method, note: p.note, at: p.at, actor: p.actor });
}
