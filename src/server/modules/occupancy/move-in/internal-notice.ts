/**
 * MVI-2, the last step: the internal notice (入住知会单) goes to every department so they
 * serve the new customer (floor cleaning, security, engineering, the cashier); the desk
 * records that the service information was given (hotline; phone, network and cable TV;
 * the parking card); billing starts for the tenant from the billing day; the tenant is on
 * the unit with the lease dates (MVO-1 reminds before the lease ends), and the unit is in use.
 */
import { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { localDay } from '../../../platform/calendar/index.ts';
import { AppError } from '../../../platform/errors.ts';
import { announce } from '../../../platform/events/announce.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { accountOn, closeAccount, openAccount } from '../../billing/index.ts';
import { linkCustomerToUnit } from '../../customers/index.ts';
import { changeUnitStatus } from '../../properties/index.ts';
import { notifyRoles } from '../../../platform/notifications/index.ts';
import { asBilling } from '../billing-view.ts';
import { loadUnit } from '../load-unit.ts';
import { recordStep } from '../record-step.ts';
import { moveInStore } from './repo.ts';
import { billingDayProblems, NOTICE_ROLES, payerChange, statusAfterMoveIn } from './rules.ts';
import { dayField, DATE_WINDOWS } from '../../../platform/http/date-fields.ts';

export const NoticeBody = z
  .strictObject({
    billingFrom: dayField(DATE_WINDOWS.term).openapi({
      description: 'the first day the tenant is billed (within the lease)',
    }),
    payer: z.enum(['tenant', 'owner']).default('tenant').openapi({
      description: 'who pays the management fee: the tenant (usual) or the owner who keeps paying',
    }),
    serviceInfo: z.strictObject({
      hotline: z
        .boolean()
        .openapi({ description: 'the service hotline and what the desk does were explained' }),
      telecom: z.boolean().openapi({ description: 'help offered with phone, network and cable TV' }),
      parkingCard: z.boolean().openapi({ description: 'the monthly parking card arranged' }),
    }),
  })
  .openapi('MoveInNotice');

export async function sendMoveInNotice(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveInId: string,
  input: z.infer<typeof NoticeBody>,
) {
  const done = await recordStep(
    deps,
    moveInStore,
    { actor, projectId, id: moveInId, step: 'notice' },
    async ({ trx, run, at }) => {
      if (!input.serviceInfo.hotline)
        throw new AppError('UNPROCESSABLE', {
          key: 'move_in.hotline_required',
          fields: [{ path: 'serviceInfo.hotline', key: 'move_in.hotline_required' }],
        });
      const lease = { start: String(run.lease_start), end: String(run.lease_end) };
      const outside = billingDayProblems({
        billingFrom: input.billingFrom,
        leaseStart: lease.start,
        leaseEnd: lease.end,
      });
      if (outside.length)
        throw new AppError('UNPROCESSABLE', {
          key: outside[0]!.key,
          params: lease,
          fields: outside.map((f) => ({ ...f, params: lease })),
        });
      const unit = await loadUnit(trx, projectId, run.unit_id, deps.db.dialect);
      const tenantId = run.customer_id!;
      const billing = asBilling(trx);
      const current = await accountOn(billing, { projectId, unitId: run.unit_id, day: input.billingFrom });
      const change = payerChange({ current, tenantId, payer: input.payer, billingFrom: input.billingFrom });
      if ('problem' in change)
        throw new AppError('UNPROCESSABLE', { key: change.problem.key, fields: [change.problem] });
      await linkCustomerToUnit(trx, {
        projectId,
        customerId: tenantId,
        unitId: run.unit_id,
        relation: 'tenant',
        lease,
        actor,
        at,
        workflow: 'move_in',
      });
      if (change.closeCurrentOn)
        await closeAccount(billing, {
          projectId,
          accountId: current!.accountId,
          endDay: change.closeCurrentOn,
          actor,
          at,
        });
      const account = change.openForTenant
        ? await openAccount(billing, deps.db.dialect, {
            projectId,
            unitId: run.unit_id,
            customerId: tenantId,
            startDay: input.billingFrom,
            actor,
            at,
          })
        : current;
      const tenant = await trx
        .selectFrom('customers')
        .select('name')
        .where('project_id', '=', projectId)
        .where('customer_id', '=', tenantId)
        .executeTakeFirstOrThrow();
      await notifyRoles(trx, {
        projectId,
        roles: NOTICE_ROLES,
        kind: 'move_in.notice',
        ticketId: null,
        params: { number: unit.code, unit: unit.code, tenant: tenant.name, day: input.billingFrom },
        at,
      });
      await changeUnitStatus(trx, {
        projectId,
        unitId: run.unit_id,
        to: statusAfterMoveIn(unit.use),
        workflow: 'move_in',
        reason: `入住 ${tenant.name}`,
        actor,
        at,
      });
      return {
        patch: {
          notice_at: at.toISOString(),
          billing_from: input.billingFrom,
          billing_account_id: account?.accountId ?? null,
          service_info_json: JSON.stringify(input.serviceInfo),
          completed_at: at.toISOString(),
          completed_day: localDay(at, unit.time_zone),
        },
        endState: 'completed',
        history: {
          billingFrom: input.billingFrom,
          payer: input.payer,
          accountId: account?.accountId ?? null,
          serviceInfo: input.serviceInfo,
        },
      };
    },
  );
  await announce(deps, projectId, 'property.unit.updated', done.unit_id);
  return done;
}
