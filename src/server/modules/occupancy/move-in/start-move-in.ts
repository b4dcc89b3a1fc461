/**
 * Opening a move-in for a vacant unit (HND-6: the leasing side has sent the lease copy and
 * the move-in notice), and cancelling one before any money is taken.
 */
import type { Actor } from '../../../platform/access/actor.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordHistory } from '../../../platform/history/record-history.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { newId } from '../../../platform/ids.ts';
import { loadUnit } from '../load-unit.ts';
import { lockOpenRun } from '../record-step.ts';
import { moveInStore } from './repo.ts';
import { canCancelMoveIn, canStartMoveIn } from './rules.ts';
import { moveInDb } from './tables.ts';

export async function startMoveIn(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: { unitId: string },
): Promise<{ moveInId: string }> {
  requireAccess({ actor, permission: 'occupancy.manage', projectId });
  const at = deps.clock.now();
  return deps.db.k.transaction().execute(async (trx) => {
    const unit = await loadUnit(trx, projectId, input.unitId, deps.db.dialect);
    if (!canStartMoveIn(unit.status)) {
      const params = { unit: unit.code, status: `unit_status.${unit.status}` };
      throw new AppError('UNPROCESSABLE', {
        key: 'move_in.unit_not_vacant',
        params,
        fields: [{ path: 'unitId', key: 'move_in.unit_not_vacant', params }],
      });
    }
    const db = moveInDb(trx);
    const open = await db
      .selectFrom('move_ins')
      .select('move_in_id')
      .where('project_id', '=', projectId)
      .where('unit_id', '=', unit.unit_id)
      .where('state', '=', 'in_progress')
      .executeTakeFirst();
    if (open)
      throw new AppError('CONFLICT', {
        key: 'move_in.already_open',
        params: { unit: unit.code },
        details: { moveInId: open.move_in_id },
      });
    const moveInId = newId(at.getTime());
    await db
      .insertInto('move_ins')
      .values({
        project_id: projectId,
        move_in_id: moveInId,
        unit_id: unit.unit_id,
        state: 'in_progress',
        step: 'lease',
        started_at: at.toISOString(),
        started_by: actor.userId || null,
        owner_name: '',
        approval_note: '',
        engineering_name: '',
        security_name: '',
        parking_note: '',
        service_info_json: '{}',
        closed_reason: '',
        updated_at: at.toISOString(),
        version: 1,
      })
      .execute();
    await recordHistory(trx, {
      projectId,
      entityType: 'move_in',
      entityId: moveInId,
      action: 'started',
      actor,
      at,
      after: { unitId: unit.unit_id, unit: unit.code },
    });
    return { moveInId };
  });
}

/** The desk cancels a move-in (the lease fell through) until the money is taken; the reason is kept. */
export async function cancelMoveIn(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveInId: string,
  input: { reason: string },
): Promise<void> {
  requireAccess({ actor, permission: 'occupancy.manage', projectId });
  const at = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const run = await lockOpenRun(trx, deps, moveInStore, projectId, moveInId);
    if (!canCancelMoveIn(run.step))
      throw new AppError('UNPROCESSABLE', { key: 'move_in.cancel_after_payment' });
    await moveInStore.save(trx, projectId, moveInId, {
      state: 'cancelled',
      closed_reason: input.reason,
      closed_at: at.toISOString(),
      version: run.version + 1,
      updated_at: at.toISOString(),
    });
    await recordHistory(trx, {
      projectId,
      entityType: 'move_in',
      entityId: moveInId,
      action: 'cancelled',
      actor,
      at,
      after: { reason: input.reason },
    });
  });
}
