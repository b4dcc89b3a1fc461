/**
 * TRF-1 and TRF-2: the transfer completes — the old owner is billed up to the day before
 * the handover and the new owner from the handover day (rules.ts billingAfterTransfer),
 * the old ownership ends (kept in the history), the old archive is marked transferred with
 * the date (unless they own another unit here), and the owner roster gets a new entry for
 * the new owner — the earlier entries stay as the roster's history.
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { recordHistory } from '../../../platform/history/record-history.ts';
import { accountOn, closeAccount, openAccount } from '../../billing/index.ts';
import { billingDb } from '../../billing/index.ts';
import { addRosterOwner, closeArchive } from '../../customers/index.ts';
import { changeUnitStatus } from '../../properties/index.ts';
import { endRelation, relationCount } from '../../customers/index.ts';
import { archiveCloses, billingAfterTransfer } from '../exit/rules.ts';
import { occupancyDb, platformDb } from '../exit/tables.ts';
import { runStep } from '../exit/workflow.ts';
import { TRANSFER, loadTransfer, type TransferDto } from './repo.ts';
import type { CompleteTransferBody } from './schema.ts';

export async function completeTransfer(
  deps: Deps,
  actor: Actor,
  projectId: string,
  transferId: string,
  input: z.infer<typeof CompleteTransferBody>,
): Promise<TransferDto> {
  await runStep(
    deps,
    actor,
    TRANSFER,
    { projectId, id: transferId, step: 'complete' },
    async ({ trx, row, at, dialect }) => {
      const p = platformDb(trx);
      const bdb = billingDb(p);
      const handoverDay = String(row.handover_day);
      const newOwnerId = row.new_owner_id!;

      const payer = await accountOn(bdb, { projectId, unitId: row.unit_id, day: handoverDay });
      const plan = billingAfterTransfer({
        oldOwnerPays: payer?.customerId === row.old_owner_id,
        someoneElsePays: payer !== null && payer.customerId !== row.old_owner_id,
        handoverDay,
      });
      if (plan.endOld && payer && payer.endDay === null)
        await closeAccount(bdb, { projectId, accountId: payer.accountId, endDay: plan.endDay!, actor, at });
      if (plan.startNew)
        await openAccount(bdb, dialect, {
          projectId,
          unitId: row.unit_id,
          customerId: newOwnerId,
          startDay: handoverDay,
          actor,
          at,
        });

      await endRelation(p, {
        projectId,
        customerId: row.old_owner_id,
        unitId: row.unit_id,
        relation: 'owner',
        workflow: 'transferId',
        workflowId: transferId,
        actor,
        at,
      });
      const old = await trx
        .selectFrom('customers')
        .select('archive_state')
        .where('project_id', '=', projectId)
        .where('customer_id', '=', row.old_owner_id)
        .executeTakeFirstOrThrow();
      const transferred =
        old.archive_state === 'active' && archiveCloses(await relationCount(p, projectId, row.old_owner_id));
      if (transferred)
        await closeArchive(p, {
          projectId,
          customerId: row.old_owner_id,
          state: 'transferred',
          actor,
          at,
          reason: `transferred ${handoverDay} (${transferId})`,
        });

      const rosterEntryId = await addRosterOwner(p, {
        projectId,
        unitId: row.unit_id,
        customerId: newOwnerId,
        source: transferId,
        contractNo: row.certificate_no ?? '',
        at,
      });
      await recordHistory(p, {
        projectId,
        entityType: 'unit',
        entityId: row.unit_id,
        action: 'roster_owner_changed',
        actor,
        at,
        before: { customerId: row.old_owner_id },
        after: { customerId: newOwnerId, rosterEntryId, handoverDay },
      });
      if (input.unitStatus)
        await changeUnitStatus(p, {
          projectId,
          unitId: row.unit_id,
          to: input.unitStatus,
          workflow: 'transfer',
          reason: '房屋转让 transfer',
          actor,
          at,
        });
      return {
        set: { completed_at: at.toISOString(), roster_entry_id: rosterEntryId },
        after: { billing: plan, oldArchiveTransferred: transferred, rosterEntryId },
      };
    },
  );
  return loadTransfer(occupancyDb(deps.db.k), projectId, transferId);
}
