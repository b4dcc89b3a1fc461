/**
 * Deposits (FEE-1: management-fee deposit, renovation deposit, IC-card deposit PRK-3) live
 * in their own book: taking one is a deposit_in entry, refunding or using it a deposit_out,
 * so what is held is always the sum and never a stored number.
 */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { requireBilling } from './access.ts';
import {
  appendEntry,
  depositHeld,
  lockCustomer,
  requirePositiveFen,
  type EntryDto,
  type PayMethod,
} from './ledger.ts';
import { requireCustomer } from './lookups.ts';
import { yuan } from './rules.ts';
import { billingDb, type BDbOrTrx } from './tables.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import type { AnyDb } from '../../platform/db/module-db.ts';
import { DEPOSIT_KINDS, type DepositKind, type DepositRow } from './deposits.contract.ts';

export { DEPOSIT_KINDS, type DepositKind };

export interface TakeDeposit {
  projectId: string;
  customerId: string;
  unitId: string | null;
  kind: DepositKind;
  amountFen: number;
  method: PayMethod;
  receiptNo: string;
  at: Date;
  actor: Actor;
}

/** Inside the caller's transaction (parking cards take theirs with the card). */
export async function takeDeposit(
  on: AnyDb,
  d: TakeDeposit,
): Promise<{ depositId: string; entry: EntryDto }> {
  const trx = billingDb(on);
  requirePositiveFen(d.amountFen);
  const depositId = newId(d.at.getTime());
  await trx
    .insertInto('deposits')
    .values({
      project_id: d.projectId,
      deposit_id: depositId,
      customer_id: d.customerId,
      unit_id: d.unitId,
      kind: d.kind,
      created_at: d.at.toISOString(),
      created_by: d.actor.userId || null,
    })
    .execute();
  const entry = await appendEntry(trx, {
    projectId: d.projectId,
    book: 'deposits',
    kind: 'deposit_in',
    amountFen: -d.amountFen,
    customerId: d.customerId,
    unitId: d.unitId,
    depositId,
    receiptNo: d.receiptNo,
    method: d.method,
    at: d.at,
    actor: d.actor,
  });
  return { depositId, entry };
}

export async function collectDeposit(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: Omit<TakeDeposit, 'projectId' | 'at' | 'actor'>,
) {
  requireBilling(actor, 'billing.collect', projectId);
  requirePositiveFen(input.amountFen);
  const at = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      await requireCustomer(trx, projectId, input.customerId);
      return takeDeposit(trx, { ...input, projectId, at, actor });
    });
}

export interface ReleaseDeposit {
  projectId: string;
  depositId: string;
  amountFen: number;
  method: string;
  receiptNo: string | null;
  note: string;
  at: Date;
  actor: Actor;
  dialect: Dialect;
}

/** Pays back (or uses) part or all of a deposit; refuses more than is held. */
export async function releaseDeposit(on: AnyDb, r: ReleaseDeposit): Promise<EntryDto> {
  const trx = billingDb(on);
  requirePositiveFen(r.amountFen);
  const dep = await trx
    .selectFrom('deposits')
    .selectAll()
    .where('project_id', '=', r.projectId)
    .where('deposit_id', '=', r.depositId)
    .executeTakeFirst();
  if (!dep) throw new AppError('NOT_FOUND', { params: { what: 'what.deposit' } });
  await lockCustomer(trx, r.dialect, r.projectId, dep.customer_id);
  const held = await depositHeld(trx, r.projectId, r.depositId);
  if (r.amountFen > held)
    throw new AppError('UNPROCESSABLE', {
      key: 'deposit.exceeds_held',
      params: { held: yuan(held) },
      fields: [{ path: 'amountFen', key: 'deposit.exceeds_held', params: { held: yuan(held) } }],
    });
  return appendEntry(trx, {
    projectId: r.projectId,
    book: 'deposits',
    kind: 'deposit_out',
    amountFen: r.amountFen,
    customerId: dep.customer_id,
    unitId: dep.unit_id,
    depositId: r.depositId,
    receiptNo: r.receiptNo,
    method: r.method,
    note: r.note,
    at: r.at,
    actor: r.actor,
  });
}

export async function listDeposits(on: AnyDb, projectId: string, customerId: string): Promise<DepositRow[]> {
  const db = billingDb(on);
  const rows = await db
    .selectFrom('deposits')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('customer_id', '=', customerId)
    .orderBy('created_at')
    .execute();
  return Promise.all(
    rows.map(async (d) => ({
      depositId: d.deposit_id,
      kind: d.kind as DepositKind,
      unitId: d.unit_id,
      createdAt: d.created_at,
      heldFen: await depositHeld(db, projectId, d.deposit_id),
    })),
  );
}
