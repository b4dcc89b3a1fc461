/**
 * MVI-1: a tenant moving in needs the owner's confirmation — the owner's commitment letter
 * (业主承诺书) signed on the pad or on paper with the scan. One of the unit's owners signs;
 * an office the developer leases itself is confirmed by the building's owner party (产权方).
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { captureSignature } from '../../../platform/signatures/signatures.ts';
import { unitParties } from '../../customers/index.ts';
import { loadUnit } from '../load-unit.ts';
import { recordStep } from '../record-step.ts';
import { moveInStore } from './repo.ts';
import { ownerConfirmationProblems } from './rules.ts';
import type { OwnerConfirmationBody } from './contract.ts';

export async function confirmOwner(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveInId: string,
  input: z.infer<typeof OwnerConfirmationBody>,
) {
  return recordStep(
    deps,
    moveInStore,
    { actor, projectId, id: moveInId, step: 'owner_confirmation' },
    async ({ trx, run, at }) => {
      const owners = (await unitParties(trx, projectId, run.unit_id)).filter((p) => p.relation === 'owner');
      const problems = ownerConfirmationProblems(
        owners.map((o) => o.customerId),
        input.ownerCustomerId,
      );
      if (problems.length) throw new AppError('UNPROCESSABLE', { key: problems[0]!.key, fields: problems });
      const ownerName =
        owners.find((o) => o.customerId === input.ownerCustomerId)?.name ??
        (await loadUnit(trx, projectId, run.unit_id)).owner_party;
      const letter = await captureSignature(trx, {
        projectId,
        entityType: 'move_in',
        entityId: moveInId,
        purpose: 'move_in.owner_confirmation',
        signerRole: 'owner',
        input: input.letter,
        actor,
        at,
        path: 'letter',
      });
      return {
        patch: {
          owner_customer_id: input.ownerCustomerId ?? null,
          owner_name: ownerName,
          owner_confirmed_at: at.toISOString(),
        },
        history: { ownerCustomerId: input.ownerCustomerId ?? null, ownerName, letter: letter.signatureId },
      };
    },
  );
}
