/** TRF: a transfer starts with the unit, its current owner and the agreed handover date; one open transfer per unit. */
import type { z } from '@hono/zod-openapi';
import { AppError } from '../../../platform/errors.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { recordHistory } from '../../../platform/history/record-history.ts';
import { newId } from '../../../platform/ids.ts';
import { requireRelation } from '../../customers/index.ts';
import { occupancyDb, platformDb } from '../exit/tables.ts';
import { loadTransfer, type TransferDto } from './repo.ts';
import type { OpenTransferBody } from './schema.ts';

export async function openTransfer(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof OpenTransferBody>,
): Promise<TransferDto> {
  requireAccess({ actor, permission: 'occupancy.manage', projectId });
  const at = deps.clock.now();
  const transferId = newId(at.getTime());
  const db = occupancyDb(deps.db.k);
  await db.transaction().execute(async (trx) => {
    const p = platformDb(trx);
    await requireRelation(p, {
      projectId,
      customerId: input.oldOwnerId,
      unitId: input.unitId,
      relation: 'owner',
      key: 'transfer.not_owner',
      path: 'oldOwnerId',
    });
    const open = await trx
      .selectFrom('transfers')
      .select('transfer_id')
      .where('project_id', '=', projectId)
      .where('unit_id', '=', input.unitId)
      .where('state', 'not in', ['completed', 'cancelled'])
      .executeTakeFirst();
    if (open)
      throw new AppError('CONFLICT', {
        key: 'transfer.open_exists',
        details: { transferId: open.transfer_id },
      });
    await trx
      .insertInto('transfers')
      .values({
        project_id: projectId,
        transfer_id: transferId,
        unit_id: input.unitId,
        old_owner_id: input.oldOwnerId,
        state: 'opened',
        version: 1,
        handover_day: input.handoverDay,
        created_at: at.toISOString(),
        created_by: actor.userId || null,
        updated_at: at.toISOString(),
      })
      .execute();
    await recordHistory(p, {
      projectId,
      entityType: 'transfer',
      entityId: transferId,
      action: 'opened',
      actor,
      at,
      after: { state: 'opened', ...input },
    });
  });
  return loadTransfer(db, projectId, transferId);
}
