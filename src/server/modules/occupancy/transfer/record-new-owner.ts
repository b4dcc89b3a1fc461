/**
 * TRF-2: the new owner's archive (ID document, emergency phone, birthday, vehicles) and the
 * signed safety responsibility letter; the new owner becomes an owner of the unit from here,
 * so the cashier can take the six months in advance on the unit (TRF-1).
 */
import type { z } from '@hono/zod-openapi';
import { AppError } from '../../../platform/errors.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { captureSignature } from '../../../platform/signatures/signatures.ts';
import { saveArchiveFields } from '../../customers/index.ts';
import { addRelation } from '../../customers/index.ts';
import { occupancyDb, platformDb } from '../exit/tables.ts';
import { runStep } from '../exit/workflow.ts';
import { TRANSFER, loadTransfer, type TransferDto } from './repo.ts';
import type { RecordOwnerBody } from './schema.ts';

export async function recordNewOwner(
  deps: Deps,
  actor: Actor,
  projectId: string,
  transferId: string,
  input: z.infer<typeof RecordOwnerBody>,
): Promise<TransferDto> {
  await runStep(
    deps,
    actor,
    TRANSFER,
    { projectId, id: transferId, step: 'record_owner' },
    async ({ trx, row, at }) => {
      if (input.newOwnerId === row.old_owner_id)
        throw new AppError('UNPROCESSABLE', {
          key: 'transfer.same_owner',
          fields: [{ path: 'newOwnerId', key: 'transfer.same_owner' }],
        });
      const p = platformDb(trx);
      await saveArchiveFields(p, {
        projectId,
        customerId: input.newOwnerId,
        fields: input.archive,
        actor,
        at,
        path: 'archive',
      });
      await captureSignature(p, {
        projectId,
        entityType: 'transfer',
        entityId: transferId,
        purpose: 'transfer.safety_letter',
        signerRole: 'owner',
        input: input.safetyLetter,
        actor,
        at,
        path: 'safetyLetter',
      });
      await addRelation(p, {
        projectId,
        customerId: input.newOwnerId,
        unitId: row.unit_id,
        relation: 'owner',
        actor,
        at,
        workflow: 'transferId',
        workflowId: transferId,
      });
      return {
        set: { new_owner_id: input.newOwnerId, owner_recorded_at: at.toISOString() },
        after: { newOwnerId: input.newOwnerId },
      };
    },
  );
  return loadTransfer(occupancyDb(deps.db.k), projectId, transferId);
}
