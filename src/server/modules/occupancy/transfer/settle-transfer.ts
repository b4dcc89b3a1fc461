/**
 * TRF-1: the old owner settles everything up to the handover date — every meter of the
 * unit is read (signed by the old owner) and nothing may be owed on the unit; otherwise
 * refused, showing the open bills. The days since the last bill run are billed to the old
 * owner by the next run, up to the day before the handover (complete-transfer.ts).
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { captureSignature } from '../../../platform/signatures/signatures.ts';
import { requireNothingOwed } from '../exit/arrears.ts';
import { readUnitMeters } from '../exit/readings.ts';
import { occupancyDb, platformDb } from '../exit/tables.ts';
import { runStep } from '../exit/workflow.ts';
import { TRANSFER, loadTransfer, type TransferDto } from './repo.ts';
import type { SettleBody } from './schema.ts';

export async function settleTransfer(
  deps: Deps,
  actor: Actor,
  projectId: string,
  transferId: string,
  input: z.infer<typeof SettleBody>,
): Promise<TransferDto> {
  await runStep(
    deps,
    actor,
    TRANSFER,
    { projectId, id: transferId, step: 'settle' },
    async ({ trx, row, at, dialect }) => {
      const p = platformDb(trx);
      const readings = await readUnitMeters(p, dialect, {
        projectId,
        unitId: row.unit_id,
        readings: input.readings,
        since: row.created_at,
        actor,
        at,
        errorKey: 'transfer.meters_unread',
      });
      await requireNothingOwed(p, {
        projectId,
        customerId: row.old_owner_id,
        unitId: row.unit_id,
        at,
        key: 'transfer.arrears',
      });
      await captureSignature(p, {
        projectId,
        entityType: 'transfer',
        entityId: transferId,
        purpose: 'transfer.readings',
        signerRole: 'owner',
        input: input.oldOwnerSignature,
        actor,
        at,
        path: 'oldOwnerSignature',
      });
      return {
        set: { settled_at: at.toISOString(), settlement_json: JSON.stringify({ readings }) },
        after: { readings: readings.length },
      };
    },
  );
  return loadTransfer(occupancyDb(deps.db.k), projectId, transferId);
}
