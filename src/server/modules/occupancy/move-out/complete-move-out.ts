/**
 * MVO-6 and MVO-7: the move-out completes — checked once more that nothing is owed (MVO-4),
 * the tenant's billing ends on the completion day (the rest of the month comes on the
 * next bill run, prorated, with the final readings), the tenancy ends, the unit's status
 * changes, the archive is sealed (unless the customer keeps another unit), and the deposit
 * refund falls due 15 working days after the inspection passed, tracked by a timer.
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { addWorkingDays, loadWorkCalendar, localDay } from '../../../platform/calendar/index.ts';
import { scheduleTimer } from '../../../platform/timers/schedule.ts';
import { accountOn, closeAccount } from '../../billing/index.ts';
import { billingDb } from '../../billing/index.ts';
import { closeArchive } from '../../customers/index.ts';
import { changeUnitStatus } from '../../properties/index.ts';
import { requireNothingOwed } from '../exit/arrears.ts';
import { endRelation, relationCount } from '../../customers/index.ts';
import { archiveCloses, DEPOSIT_REFUND_WORKING_DAYS } from '../exit/rules.ts';
import { occupancyDb, platformDb } from '../exit/tables.ts';
import { runStep } from '../exit/workflow.ts';
import { MOVE_OUT, loadMoveOut, moveOutContactView, type MoveOutDto } from './repo.ts';
import type { CompleteBody } from './schema.ts';

export const DEPOSIT_DUE_TIMER = 'move_out.deposit_due';

export async function completeMoveOut(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveOutId: string,
  input: z.infer<typeof CompleteBody>,
): Promise<MoveOutDto> {
  await runStep(
    deps,
    actor,
    MOVE_OUT,
    { projectId, id: moveOutId, step: 'complete' },
    async ({ trx, row, at }) => {
      const p = platformDb(trx);
      await requireNothingOwed(p, { projectId, customerId: row.customer_id, at, key: 'move_out.arrears' });
      const cal = await loadWorkCalendar(p, projectId);
      const today = localDay(at, cal.timeZone);

      const bdb = billingDb(p);
      const account = await accountOn(bdb, {
        projectId,
        unitId: row.unit_id,
        customerId: row.customer_id,
        day: today,
      });
      let billingEndDay = account?.endDay ?? null;
      if (account && account.endDay === null)
        billingEndDay = (
          await closeAccount(bdb, { projectId, accountId: account.accountId, endDay: today, actor, at })
        ).endDay;

      await endRelation(p, {
        projectId,
        customerId: row.customer_id,
        unitId: row.unit_id,
        relation: 'tenant',
        workflow: 'moveOutId',
        workflowId: moveOutId,
        actor,
        at,
      });
      await changeUnitStatus(p, {
        projectId,
        unitId: row.unit_id,
        to: input.unitStatus,
        workflow: 'move_out',
        reason: '退租 move-out',
        actor,
        at,
      });

      const customer = await trx
        .selectFrom('customers')
        .select('archive_state')
        .where('project_id', '=', projectId)
        .where('customer_id', '=', row.customer_id)
        .executeTakeFirstOrThrow();
      const seal =
        customer.archive_state === 'active' &&
        archiveCloses(await relationCount(p, projectId, row.customer_id));
      if (seal)
        await closeArchive(p, {
          projectId,
          customerId: row.customer_id,
          state: 'sealed',
          actor,
          at,
          reason: `move-out ${moveOutId}`,
        });

      const due = addWorkingDays(
        new Date(row.inspection_passed_at ?? at.toISOString()),
        DEPOSIT_REFUND_WORKING_DAYS,
        cal,
      );
      const dueOn = localDay(due, cal.timeZone);
      await scheduleTimer(p, {
        projectId,
        kind: DEPOSIT_DUE_TIMER,
        entityType: 'move_out',
        entityId: moveOutId,
        dueAt: due,
        payload: { dueOn },
        now: at,
      });
      return {
        set: {
          completed_at: at.toISOString(),
          billing_end_day: billingEndDay,
          archive_sealed: seal ? 1 : 0,
          deposit_due_at: due.toISOString(),
          deposit_due_on: dueOn,
        },
        after: { billingEndDay, unitStatus: input.unitStatus, archiveSealed: seal, depositDueOn: dueOn },
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
