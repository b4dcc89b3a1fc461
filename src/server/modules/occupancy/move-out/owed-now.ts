/**
 * MVO-4 on screen: what the moving-out customer owes right now, bill by bill, so the desk
 * sees it before (and after) the clearing is refused and can send the customer to the cashier.
 */
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { owedNow, type OwedSummary } from '../exit/arrears.ts';
import { occupancyDb } from '../exit/tables.ts';
import { requireAnyAccess } from '../exit/workflow.ts';
import { loadMoveOut, MOVE_OUT_READERS } from './repo.ts';

export async function moveOutOwed(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveOutId: string,
): Promise<OwedSummary & { unitCodes: Record<string, string> }> {
  requireAnyAccess(actor, projectId, MOVE_OUT_READERS);
  const at = deps.clock.now();
  const m = await loadMoveOut(occupancyDb(deps.db.k), projectId, moveOutId, at, 'masked');
  const owed = await owedNow(deps.db.k, { projectId, customerId: m.customerId, at });
  const ids = [...new Set(owed.bills.map((b) => b.unitId))];
  const units = ids.length
    ? await deps.db.k
        .selectFrom('units')
        .select(['unit_id', 'code'])
        .where('project_id', '=', projectId)
        .where('unit_id', 'in', ids)
        .execute()
    : [];
  return { ...owed, unitCodes: Object.fromEntries(units.map((u) => [u.unit_id, u.code])) };
}
