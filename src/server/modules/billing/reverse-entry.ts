/**
 * Corrections (FEE-6, ARCHITECTURE "nothing lost"): a wrong entry is never edited; a
 * reversal entry of the opposite amount cancels it, pointing at it (reversal_of is unique,
 * so an entry is reversed once). A bill's charge may be reversed only while nothing has
 * been paid or deducted on it, and a deposit movement only if the deposit stays ≥ 0.
 */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { requireBilling } from './access.ts';
import { appendEntry, billOutstanding, depositHeld, lockBill, lockCustomer, toEntryDto, type EntryDto } from './ledger.ts';
import { billingDb } from './tables.ts';

export async function reverseEntry(deps: Deps, actor: Actor, projectId: string, input: { entryId: string; reason: string }): Promise<EntryDto> {
  requireBilling(actor, 'billing.adjust', projectId);
  if (!input.reason.trim()) throw new AppError('VALIDATION', { fields: [{ path: 'reason', key: 'field.required' }] });
  const at = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      const row = await trx.selectFrom('ledger_entries').selectAll().where('project_id', '=', projectId).where('entry_id', '=', input.entryId).executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', { params: { what: 'what.ledger_entry' } });
      const e = toEntryDto(row);
      if (e.kind === 'reversal') throw new AppError('UNPROCESSABLE', { key: 'ledger.reverse_reversal' });
      // Credit applied to a bill is a pair of entries the bill run wrote; undoing one half would unbalance them.
      if (e.method === 'prepaid') throw new AppError('UNPROCESSABLE', { key: 'ledger.system_entry' });
      if (e.billId) await lockBill(trx, deps.db.dialect, projectId, e.billId);
      await lockCustomer(trx, deps.db.dialect, projectId, e.customerId);
      const done = await trx.selectFrom('ledger_entries').select('entry_id').where('project_id', '=', projectId).where('reversal_of', '=', e.entryId).executeTakeFirst();
      if (done) throw new AppError('CONFLICT', { key: 'ledger.already_reversed' });
      if (e.kind === 'bill' && e.billId && (await billOutstanding(trx, projectId, e.billId)) !== e.amountFen) throw new AppError('UNPROCESSABLE', { key: 'ledger.bill_has_payments' });
      if (e.book === 'deposits' && e.depositId && e.amountFen < 0 && (await depositHeld(trx, projectId, e.depositId)) + e.amountFen < 0) throw new AppError('UNPROCESSABLE', { key: 'ledger.deposit_used' });
      return appendEntry(trx, { projectId, book: e.book, kind: 'reversal', amountFen: -e.amountFen, customerId: e.customerId, unitId: e.unitId, billId: e.billId, depositId: e.depositId, reversalOf: e.entryId, method: e.method, note: input.reason, at, actor });
    });
}
