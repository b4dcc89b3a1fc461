/**
 * What other modules may call. A unit's status changes only here, and only on behalf of a
 * named workflow (PRP-2): handover, renovation, move-in, move-out, transfer.
 */
import { AppError, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { recordHistory, type DbOrTrx } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { STATUS_WORKFLOWS, UNIT_STATUSES, type StatusWorkflow, type UnitStatus } from './rules.ts';
import { findUnit } from './repo.ts';

export { UNIT_STATUSES, type UnitStatus } from './rules.ts';

export interface ChangeUnitStatus {
  projectId: string;
  unitId: string;
  to: UnitStatus;
  workflow: StatusWorkflow;
  reason: string;
  actor: Actor;
  at: Date;
}

/** Call inside the workflow's own transaction so the status and the workflow step commit together. */
export async function changeUnitStatus(trx: DbOrTrx, c: ChangeUnitStatus): Promise<void> {
  if (!STATUS_WORKFLOWS.includes(c.workflow) || !UNIT_STATUSES.includes(c.to))
    throw new AppError('VALIDATION', { fields: [{ path: 'status', key: 'field.invalid' }] });
  const unit = await findUnit(trx, c.projectId, c.unitId);
  if (!unit) throw notFound('what.unit');
  if (unit.status === c.to) return;
  await trx
    .updateTable('units')
    .set({ status: c.to, updated_at: c.at.toISOString(), version: unit.version + 1 })
    .where('project_id', '=', c.projectId)
    .where('unit_id', '=', c.unitId)
    .execute();
  await trx
    .insertInto('unit_status_history')
    .values({
      project_id: c.projectId,
      entry_id: newId(c.at.getTime()),
      unit_id: c.unitId,
      from_status: unit.status,
      to_status: c.to,
      workflow: c.workflow,
      reason: c.reason,
      actor_id: c.actor.userId || null,
      at: c.at.toISOString(),
    })
    .execute();
  await recordHistory(trx, {
    projectId: c.projectId,
    entityType: 'unit',
    entityId: c.unitId,
    action: 'status_changed',
    actor: c.actor,
    at: c.at,
    before: { status: unit.status },
    after: { status: c.to, workflow: c.workflow },
    note: c.reason,
  });
}

import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { messages } from './messages.ts';
import { propertyRoutes } from './routes.ts';

export const manifest: ModuleManifest = {
  name: 'properties',
  messages,
  tables: {
    owns: ['buildings', 'units', 'unit_status_history', 'parking_areas', 'parking_spaces'],
    publishes: ['buildings', 'units', 'parking_spaces'],
  },
  routes: (deps) => [propertyRoutes(deps)],
};

/** What other modules use (issue #10: they import it from here, not from the files). */
export { statusChangesSince, unitsOfProject, unitBrief } from './unit-reads.ts';
export { UNIT_USES } from './rules.ts';
export { createBuilding } from './service.ts';
