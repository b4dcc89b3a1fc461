/** What other modules may call: the routes, the timers, and what a release pass (REL) needs to know of a move-out. */
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import { occupancyDb } from './tables.ts';

export { moveOutTransferRoutes } from './routes.ts';
export { ensureLeaseReminderTimers, LEASE_REMINDER_TIMER, leaseReminderHandler } from './lease-reminders.ts';
export { DEPOSIT_DUE_TIMER } from '../move-out/complete-move-out.ts';
export { depositDueHandler } from '../move-out/refund-deposit.ts';

export interface MoveOutForPass {
  moveOutId: string;
  state: string;
  /** MVO-4 passed: nothing was owed when the move-out was cleared. */
  cleared: boolean;
  residential: boolean;
  /** MVO-7: the owner's answer (null: not asked yet) and the items that must stay. */
  ownerAgreed: boolean | null;
  itemsToStay: { name: string; quantity: number }[];
}

/**
 * MVO-7 "then the release pass": the tenant's open (or just completed) move-out of the unit,
 * for the pass to reference — the owner's agreement and the items that must not leave.
 * @example const m = await moveOutForPass(trx, { projectId, unitId, customerId }); if (m?.ownerAgreed === false) refuse()
 */
export async function moveOutForPass(
  db: DbOrTrx,
  o: { projectId: string; unitId: string; customerId: string },
): Promise<MoveOutForPass | null> {
  const r = await occupancyDb(db)
    .selectFrom('move_outs')
    .select(['move_out_id', 'state', 'cleared_at', 'residential', 'owner_agreed', 'owner_items_json'])
    .where('project_id', '=', o.projectId)
    .where('unit_id', '=', o.unitId)
    .where('customer_id', '=', o.customerId)
    .where('state', '!=', 'cancelled')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r) return null;
  return {
    moveOutId: r.move_out_id,
    state: r.state,
    cleared: r.cleared_at !== null,
    residential: r.residential === 1,
    ownerAgreed: r.owner_agreed === null ? null : r.owner_agreed === 1,
    itemsToStay: JSON.parse(r.owner_items_json) as { name: string; quantity: number }[],
  };
}
