/**
 * MVO-5: IDs, passes, access cards and keys come back, the tenant signs the key handover.
 * Parking IC cards come back at the cashier (the parking module's returnCard refunds their
 * deposit); a card still out refuses this step and names it.
 */
import type { z } from '@hono/zod-openapi';
import { AppError } from '../../../platform/errors.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { captureSignature } from '../../../platform/signatures/signatures.ts';
import { cardsNotReturned } from '../exit/ports.ts';
import { occupancyDb, platformDb } from '../exit/tables.ts';
import { runStep } from '../exit/workflow.ts';
import { MOVE_OUT, loadMoveOut, moveOutContactView, type MoveOutDto, type ReturnedRecord } from './repo.ts';
import type { ReturnKeysBody } from './schema.ts';

export async function returnKeys(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveOutId: string,
  input: z.infer<typeof ReturnKeysBody>,
): Promise<MoveOutDto> {
  await runStep(
    deps,
    actor,
    MOVE_OUT,
    { projectId, id: moveOutId, step: 'return_keys' },
    async ({ trx, row, at }) => {
      const p = platformDb(trx);
      const cards = await cardsNotReturned(p, projectId, row.customer_id);
      if (cards.length)
        throw new AppError('UNPROCESSABLE', {
          key: 'move_out.parking_cards',
          params: { cards: cards.join('、') },
          details: { cards },
        });
      await captureSignature(p, {
        projectId,
        entityType: 'move_out',
        entityId: moveOutId,
        purpose: 'move_out.keys',
        signerRole: 'tenant',
        input: input.tenantSignature,
        actor,
        at,
        path: 'tenantSignature',
      });
      const returned: ReturnedRecord = {
        keys: input.keys,
        accessCards: input.accessCards,
        documents: input.documents,
        note: input.note,
      };
      return {
        set: { keys_returned_at: at.toISOString(), returned_json: JSON.stringify(returned) },
        after: { ...returned },
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
