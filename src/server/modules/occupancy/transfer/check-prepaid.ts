/**
 * TRF-1: the new owner pays at least six months of the property-management fees in
 * advance. The cashier takes it as a prepayment on the unit (billing); this step checks the
 * new owner's unused credit on the unit against six months of the monthly fees in effect
 * on the handover day, and refuses with both amounts when it falls short.
 */
import { AppError } from '../../../platform/errors.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { fenToYuan } from '../../../platform/print/format.ts';
import { areaFeeFen, itemsInEffect, owedAsOf } from '../../billing/index.ts';
import { billingDb } from '../../billing/index.ts';
import { prepayRequiredFen } from '../rules.ts';
import { occupancyDb, platformDb, type ODbOrTrx } from '../exit/tables.ts';
import { runStep } from '../exit/workflow.ts';
import { TRANSFER, loadTransfer, type TransferDto } from './repo.ts';

/** Six months of the unit's monthly fees as priced on the handover day. */
export async function requiredPrepayment(
  db: ODbOrTrx,
  projectId: string,
  unitId: string,
  handoverDay: string,
): Promise<number> {
  const unit = await db
    .selectFrom('units')
    .select(['building_id', 'building_area_centi_m2', 'inner_area_centi_m2'])
    .where('project_id', '=', projectId)
    .where('unit_id', '=', unitId)
    .executeTakeFirstOrThrow();
  const items = await itemsInEffect(billingDb(platformDb(db)), projectId, handoverDay);
  return prepayRequiredFen(
    items,
    {
      buildingId: unit.building_id,
      buildingAreaCentiM2: Number(unit.building_area_centi_m2),
      innerAreaCentiM2: Number(unit.inner_area_centi_m2),
    },
    areaFeeFen,
  );
}

export async function checkPrepayment(
  deps: Deps,
  actor: Actor,
  projectId: string,
  transferId: string,
): Promise<TransferDto> {
  await runStep(
    deps,
    actor,
    TRANSFER,
    { projectId, id: transferId, step: 'check_prepaid' },
    async ({ trx, row, at }) => {
      const required = await requiredPrepayment(trx, projectId, row.unit_id, String(row.handover_day));
      const owed = await owedAsOf(platformDb(trx), {
        projectId,
        customerId: row.new_owner_id!,
        unitId: row.unit_id,
        asOf: at,
      });
      if (owed.creditFen < required) {
        throw new AppError('UNPROCESSABLE', {
          key: 'transfer.prepay_short',
          params: { required: fenToYuan(required), credit: fenToYuan(owed.creditFen) },
          details: { requiredFen: required, creditFen: owed.creditFen },
        });
      }
      return {
        set: {
          required_prepay_fen: required,
          prepaid_fen: owed.creditFen,
          prepaid_checked_at: at.toISOString(),
        },
        after: { requiredFen: required, prepaidFen: owed.creditFen },
      };
    },
  );
  return loadTransfer(occupancyDb(deps.db.k), projectId, transferId);
}
