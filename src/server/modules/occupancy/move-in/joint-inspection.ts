/**
 * HND-6: the joint inspection (验房) with engineering and security — the fixtures of the unit
 * counted and handed over (the inventory the move-out inspection compares against, MVO-3),
 * every meter's first reading taken into billing as the tenant's baseline, the keys and the
 * parking arranged; the customer signs the handover record with the readings.
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { newId } from '../../../platform/ids.ts';
import { captureSignature } from '../../../platform/signatures/signatures.ts';
import { recordReadingIn, unitMeters } from '../../billing/index.ts';
import { asBilling } from '../billing-view.ts';
import { recordStep } from '../record-step.ts';
import { moveInStore } from './repo.ts';
import { inspectionProblems } from './rules.ts';
import { moveInDb } from './tables.ts';
import type { InspectionBody } from './contract.ts';

export async function recordJointInspection(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveInId: string,
  input: z.infer<typeof InspectionBody>,
) {
  return recordStep(
    deps,
    moveInStore,
    { actor, projectId, id: moveInId, step: 'inspection' },
    async ({ trx, run, at }) => {
      const meters = await unitMeters(asBilling(trx), projectId, run.unit_id);
      const problems = inspectionProblems({
        fixtures: input.fixtures.length,
        unitMeters: meters.map((m) => m.meterId),
        readings: input.readings.map((r) => r.meterId),
      });
      if (problems.length) throw new AppError('UNPROCESSABLE', { key: problems[0]!.key, fields: problems });
      const db = moveInDb(trx);
      if (input.fixtures.length) {
        await db
          .insertInto('move_in_fixtures')
          .values(
            input.fixtures.map((f, i) => ({
              project_id: projectId,
              fixture_id: newId(at.getTime()),
              move_in_id: moveInId,
              seq: i + 1,
              name: f.name,
              quantity: f.quantity,
              condition: f.condition,
              note: f.note,
            })),
          )
          .execute();
      }
      for (const [i, r] of input.readings.entries()) {
        const meter = meters.find((m) => m.meterId === r.meterId)!;
        const reading = await recordReadingIn(asBilling(trx), deps.db.dialect, {
          projectId,
          meterId: r.meterId,
          input: { readAt: at.toISOString(), valueCenti: r.valueCenti },
          actor,
          now: at,
          path: `readings.${i}`,
        });
        await db
          .insertInto('move_in_readings')
          .values({
            project_id: projectId,
            row_id: newId(at.getTime()),
            move_in_id: moveInId,
            meter_id: r.meterId,
            meter_code: meter.code,
            kind: meter.kind,
            value_centi: r.valueCenti,
            read_at: at.toISOString(),
            reading_id: reading.readingId,
          })
          .execute();
      }
      const signature = await captureSignature(trx, {
        projectId,
        entityType: 'move_in',
        entityId: moveInId,
        purpose: 'move_in.inspection',
        signerRole: 'tenant',
        input: input.customerSignature,
        actor,
        at,
        path: 'customerSignature',
      });
      return {
        patch: {
          inspected_at: at.toISOString(),
          engineering_name: input.engineeringName,
          security_name: input.securityName,
          keys_handed: input.keysHanded,
          parking_note: input.parkingNote,
        },
        history: {
          fixtures: input.fixtures.length,
          readings: input.readings.map((r) => ({ meterId: r.meterId, valueCenti: r.valueCenti })),
          keysHanded: input.keysHanded,
          signature: signature.signatureId,
        },
      };
    },
  );
}
