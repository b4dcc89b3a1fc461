/**
 * MVO-7: a residential tenant leaving an owner's unit — the owner is told and asked whether
 * they agree, and says which items must stay. Recorded (again, if the owner changes their
 * mind) before the clearing; a release pass (REL) reads it through `moveOutForPass`.
 */
import type { z } from '@hono/zod-openapi';
import { AppError } from '../../../platform/errors.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { requireRelation } from '../../customers/index.ts';
import { occupancyDb, platformDb } from '../exit/tables.ts';
import { runStep } from '../exit/workflow.ts';
import { MOVE_OUT, loadMoveOut, moveOutContactView, type MoveOutDto } from './repo.ts';
import type { OwnerAnswerBody } from './schema.ts';

export async function recordOwnerAnswer(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveOutId: string,
  input: z.infer<typeof OwnerAnswerBody>,
): Promise<MoveOutDto> {
  await runStep(
    deps,
    actor,
    MOVE_OUT,
    { projectId, id: moveOutId, step: 'owner_answer' },
    async ({ trx, row, at }) => {
      if (row.residential !== 1) throw new AppError('UNPROCESSABLE', { key: 'move_out.not_residential' });
      if (input.ownerCustomerId)
        await requireRelation(platformDb(trx), {
          projectId,
          customerId: input.ownerCustomerId,
          unitId: row.unit_id,
          relation: 'owner',
          key: 'move_out.not_owner',
          path: 'ownerCustomerId',
        });
      return {
        set: {
          owner_customer_id: input.ownerCustomerId ?? row.owner_customer_id,
          owner_name: input.ownerName,
          owner_agreed: input.agreed ? 1 : 0,
          owner_answer_at: at.toISOString(),
          owner_items_json: JSON.stringify(input.itemsToStay),
        },
        after: { ownerName: input.ownerName, agreed: input.agreed, itemsToStay: input.itemsToStay },
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
