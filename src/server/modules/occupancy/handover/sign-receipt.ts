/**
 * HND-5: the owner signs the document receipt (交房文件签收表) for the keys, handbooks and
 * letters handed over — the last step. The handover is then complete: the unit moves from
 * 未接房 to 空置 (vacant: received, not yet renovated or lived in; PRP-2) and the day's
 * handover report counts it.
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { localDay } from '../../../platform/calendar/index.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { announce } from '../../../platform/events/announce.ts';
import { captureSignature } from '../../../platform/signatures/signatures.ts';
import { changeUnitStatus } from '../../properties/index.ts';
import { loadUnit } from '../load-unit.ts';
import { recordStep } from '../record-step.ts';
import { handoverStore } from './repo.ts';
import type { SignReceiptBody } from './contract.ts';

export type SignReceipt = z.infer<typeof SignReceiptBody>;

export async function signReceipt(
  deps: Deps,
  actor: Actor,
  projectId: string,
  handoverId: string,
  input: SignReceipt,
) {
  const done = await recordStep(
    deps,
    handoverStore,
    { actor, projectId, id: handoverId, step: 'receipt' },
    async ({ trx, run, at }) => {
      const unit = await loadUnit(trx, projectId, run.unit_id, deps.db.dialect);
      const receipt = await captureSignature(trx, {
        projectId,
        entityType: 'handover',
        entityId: handoverId,
        purpose: 'handover.document_receipt',
        signerRole: 'owner',
        input: input.signature,
        actor,
        at,
        path: 'signature',
      });
      await changeUnitStatus(trx, {
        projectId,
        unitId: run.unit_id,
        to: 'vacant',
        workflow: 'handover',
        reason: `交房 ${unit.code}`,
        actor,
        at,
      });
      return {
        patch: { completed_at: at.toISOString(), completed_day: localDay(at, unit.time_zone) },
        endState: 'completed',
        history: { receipt: receipt.signatureId },
      };
    },
  );
  await announce(deps, projectId, 'property.unit.updated', done.unit_id);
  return done;
}
