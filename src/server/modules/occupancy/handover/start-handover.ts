/**
 * Opening a handover for a unit nobody has received (未接房), and ending one because the
 * owner does not accept the unit (HND-5: the reason stays on that day's report).
 */
import type { Actor } from '../../../platform/access/actor.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import { localDay } from '../../../platform/calendar/index.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordHistory } from '../../../platform/history/record-history.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { newId } from '../../../platform/ids.ts';
import { loadUnit } from '../load-unit.ts';
import { lockOpenRun } from '../record-step.ts';
import { handoverStore } from './repo.ts';
import { canStartHandover, declineProblems, type DeclineReason } from './rules.ts';
import { handoverDb } from './tables.ts';

/** @example await startHandover(deps, actor, projectId, { unitId }) // { handoverId } */
export async function startHandover(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: { unitId: string },
): Promise<{ handoverId: string }> {
  requireAccess({ actor, permission: 'occupancy.manage', projectId });
  const at = deps.clock.now();
  return deps.db.k.transaction().execute(async (trx) => {
    const unit = await loadUnit(trx, projectId, input.unitId, deps.db.dialect);
    if (!canStartHandover(unit.status)) {
      throw new AppError('UNPROCESSABLE', {
        key: 'handover.unit_received',
        params: { unit: unit.code, status: `unit_status.${unit.status}` },
        fields: [
          {
            path: 'unitId',
            key: 'handover.unit_received',
            params: { unit: unit.code, status: `unit_status.${unit.status}` },
          },
        ],
      });
    }
    const db = handoverDb(trx);
    const open = await db
      .selectFrom('handovers')
      .select('handover_id')
      .where('project_id', '=', projectId)
      .where('unit_id', '=', unit.unit_id)
      .where('state', '=', 'in_progress')
      .executeTakeFirst();
    if (open)
      throw new AppError('CONFLICT', {
        key: 'handover.already_open',
        params: { unit: unit.code },
        details: { handoverId: open.handover_id },
      });
    const handoverId = newId(at.getTime());
    await db
      .insertInto('handovers')
      .values({
        project_id: projectId,
        handover_id: handoverId,
        unit_id: unit.unit_id,
        state: 'in_progress',
        step: 'roster',
        started_at: at.toISOString(),
        started_by: actor.userId || null,
        started_day: localDay(at, unit.time_zone),
        contract_no: '',
        keys_kept: 0,
        key_consent: 0,
        owner_handbook: 0,
        renovation_handbook: 0,
        decline_note: '',
        updated_at: at.toISOString(),
        version: 1,
      })
      .execute();
    await recordHistory(trx, {
      projectId,
      entityType: 'handover',
      entityId: handoverId,
      action: 'started',
      actor,
      at,
      after: { unitId: unit.unit_id, unit: unit.code },
    });
    return { handoverId };
  });
}

/**
 * The owner does not accept the unit: the handover ends as 不接房 with the reason, the unit
 * stays 未接房, and the day's report lists it (HND-5). Refused once the fees are paid.
 */
export async function declineHandover(
  deps: Deps,
  actor: Actor,
  projectId: string,
  handoverId: string,
  input: { reason: DeclineReason; note: string },
): Promise<void> {
  requireAccess({ actor, permission: 'occupancy.manage', projectId });
  const at = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const h = await lockOpenRun(trx, deps, handoverStore, projectId, handoverId);
    const problems = declineProblems(h.step, input.reason, input.note);
    if (problems.length) throw new AppError('UNPROCESSABLE', { key: problems[0]!.key, fields: problems });
    const unit = await loadUnit(trx, projectId, h.unit_id, deps.db.dialect);
    await handoverStore.save(trx, projectId, handoverId, {
      state: 'not_accepted',
      declined_at: at.toISOString(),
      declined_day: localDay(at, unit.time_zone),
      decline_reason: input.reason,
      decline_note: input.note.trim(),
      version: h.version + 1,
      updated_at: at.toISOString(),
    });
    await recordHistory(trx, {
      projectId,
      entityType: 'handover',
      entityId: handoverId,
      action: 'not_accepted',
      actor,
      at,
      after: { reason: input.reason, note: input.note.trim() },
    });
  });
}
