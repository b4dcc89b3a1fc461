/**
 * MVO-3: the joint inspection with engineering. The fixtures found are checked against the
 * move-in inventory (when one is on record), every meter of the unit is read — the readings
 * go to the billing module in this same transaction, so the final bill uses them — and the
 * tenant signs. The inspectors decide whether restoration is required; if so the inspection
 * has not passed, and is recorded again once the unit is restored.
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { captureSignature } from '../../../platform/signatures/signatures.ts';
import { compareFixtures } from '../exit/rules.ts';
import { readUnitMeters } from '../exit/readings.ts';
import { moveInInventory } from '../exit/ports.ts';
import { occupancyDb, platformDb } from '../exit/tables.ts';
import { runStep } from '../exit/workflow.ts';
import { MOVE_OUT, loadMoveOut, moveOutContactView, type InspectionRecord, type MoveOutDto } from './repo.ts';
import type { InspectionBody } from './schema.ts';

export async function recordInspection(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveOutId: string,
  input: z.infer<typeof InspectionBody>,
): Promise<MoveOutDto> {
  await runStep(
    deps,
    actor,
    MOVE_OUT,
    { projectId, id: moveOutId, step: 'inspect' },
    async ({ trx, row, at, dialect }) => {
      const p = platformDb(trx);
      // Every meter is read once during the move-out; a re-inspection after restoration need not read again.
      const readings = await readUnitMeters(p, dialect, {
        projectId,
        unitId: row.unit_id,
        readings: input.readings,
        since: row.notice_at,
        actor,
        at,
        errorKey: 'move_out.meters_unread',
      });
      const before = row.inspected_at ? (JSON.parse(row.inspection_json) as InspectionRecord) : null;
      const moveIn = await moveInInventory(p, projectId, row.unit_id, row.customer_id);
      const record: InspectionRecord = {
        fixtures: input.fixtures,
        findings: compareFixtures(moveIn, input.fixtures),
        readings: [...(before?.readings ?? []), ...readings],
        engineerName: input.engineerName,
        restorationNote: input.restorationNote,
        comparedWithMoveIn: moveIn !== null,
      };
      await captureSignature(p, {
        projectId,
        entityType: 'move_out',
        entityId: moveOutId,
        purpose: 'move_out.inspection',
        signerRole: 'tenant',
        input: input.tenantSignature,
        actor,
        at,
        path: 'tenantSignature',
      });
      return {
        set: {
          inspected_at: at.toISOString(),
          inspection_json: JSON.stringify(record),
          restoration_required: input.restorationRequired ? 1 : 0,
          inspection_passed_at: input.restorationRequired ? null : at.toISOString(),
        },
        after: {
          restorationRequired: input.restorationRequired,
          problems: record.findings.filter((f) => f.problem).length,
          readings: readings.length,
        },
      };
    },
  );
  return loadMoveOut(
    occupancyDb(deps.db.k),
    projectId,
    moveOutId,
    deps.clock.now(),
    moveOutContactView(actor, projectId),
  );
}
