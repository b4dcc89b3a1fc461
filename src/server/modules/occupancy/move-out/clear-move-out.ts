/**
 * MVO-4 and MVO-5: the move-out is cleared only when the inspection has passed, a
 * residential tenant's owner has agreed (MVO-7) and nothing at all is owed — otherwise the
 * system refuses and shows the open bills. Clearing books the service elevator and tells
 * the departments (security, engineering, cleaning, the cashier) the moving day.
 */
import type { z } from '@hono/zod-openapi';
import { AppError } from '../../../platform/errors.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { notifyRoles } from '../../../platform/notifications/index.ts';
import { arrearsRefusal, owedNow } from '../exit/arrears.ts';
import { clearBlockers } from '../exit/rules.ts';
import { occupancyDb, platformDb } from '../exit/tables.ts';
import { runStep } from '../exit/workflow.ts';
import { MOVE_OUT, loadMoveOut, moveOutContactView, type MoveOutDto } from './repo.ts';
import type { ClearBody } from './schema.ts';

export const MOVE_NOTICE_ROLES = ['security', 'engineering', 'cleaning', 'cashier'] as const;

export async function clearMoveOut(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveOutId: string,
  input: z.infer<typeof ClearBody>,
): Promise<MoveOutDto> {
  const from = new Date(input.elevatorFrom);
  const to = new Date(input.elevatorTo);
  if (to <= from)
    throw new AppError('VALIDATION', { fields: [{ path: 'elevatorTo', key: 'move_out.elevator_order' }] });
  await runStep(
    deps,
    actor,
    MOVE_OUT,
    { projectId, id: moveOutId, step: 'clear' },
    async ({ trx, row, at }) => {
      const p = platformDb(trx);
      // What is owed is read inside the step's transaction, so the rule decides on the same figures the refusal shows.
      const owed = await owedNow(p, { projectId, customerId: row.customer_id, at });
      const blockers = clearBlockers({
        inspectionPassed: row.inspection_passed_at !== null,
        residential: row.residential === 1,
        ownerAgreed: row.owner_agreed === 1,
        owedFen: owed.owedFen,
        openBills: owed.bills.length,
      });
      if (blockers.includes('inspection_not_passed'))
        throw new AppError('UNPROCESSABLE', { key: 'move_out.inspection_not_passed' });
      if (blockers.includes('owner_not_agreed'))
        throw new AppError('UNPROCESSABLE', { key: 'move_out.owner_not_agreed' });
      if (blockers.includes('owed')) throw arrearsRefusal(owed, 'move_out.arrears');
      const unit = await trx
        .selectFrom('units')
        .select('code')
        .where('project_id', '=', projectId)
        .where('unit_id', '=', row.unit_id)
        .executeTakeFirstOrThrow();
      const customer = await trx
        .selectFrom('customers')
        .select('name')
        .where('project_id', '=', projectId)
        .where('customer_id', '=', row.customer_id)
        .executeTakeFirstOrThrow();
      await notifyRoles(p, {
        projectId,
        roles: MOVE_NOTICE_ROLES,
        kind: 'move_out.scheduled',
        ticketId: null,
        params: { unit: unit.code, customer: customer.name, day: String(row.move_day) },
        at,
      });
      return {
        set: {
          cleared_at: at.toISOString(),
          elevator_from: from.toISOString(),
          elevator_to: to.toISOString(),
        },
        after: { elevatorFrom: from.toISOString(), elevatorTo: to.toISOString() },
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
