/**
 * CBK-3: a CS assistant records a visit (访问客户记录表) — in person or by phone, with the
 * customer's opinions. Who visited is the logged-in person; that is whose target it counts for.
 */
import { AppError } from '../../../platform/errors.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { newId } from '../../../platform/ids.ts';
import { findVisit } from './visit-repo.ts';
import type { RecordVisitInput, VisitDto } from './visits.contract.ts';
import { ticketsDb } from '../tables.ts';

const notFoundField = (path: string, what: string) =>
  new AppError('UNPROCESSABLE', {
    key: 'error.NOT_FOUND',
    params: { what },
    fields: [{ path, key: 'error.NOT_FOUND', params: { what } }],
  });

export async function recordVisit(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: RecordVisitInput,
): Promise<VisitDto> {
  requireAccess({ actor, permission: 'ticket.desk', projectId });
  const now = deps.clock.now();
  const visitedAt = input.visitedAt ? new Date(input.visitedAt) : now;
  if (visitedAt > now)
    throw new AppError('UNPROCESSABLE', {
      key: 'visit.future',
      fields: [{ path: 'visitedAt', key: 'visit.future' }],
    });
  const visitId = newId(now.getTime());
  await deps.db.k.transaction().execute(async (trx) => {
    if (input.customerId) {
      const c = await trx
        .selectFrom('customers')
        .select('customer_id')
        .where('project_id', '=', projectId)
        .where('customer_id', '=', input.customerId)
        .executeTakeFirst();
      if (!c) throw notFoundField('customerId', 'what.customer');
    }
    if (input.unitId) {
      const u = await trx
        .selectFrom('units')
        .select('unit_id')
        .where('project_id', '=', projectId)
        .where('unit_id', '=', input.unitId)
        .executeTakeFirst();
      if (!u) throw notFoundField('unitId', 'what.unit');
    }
    await ticketsDb(trx)
      .insertInto('customer_visits')
      .values({
        project_id: projectId,
        visit_id: visitId,
        customer_id: input.customerId ?? null,
        customer_name: input.customerName,
        company: input.company,
        unit_id: input.unitId ?? null,
        visited_by: actor.userId,
        visited_at: visitedAt.toISOString(),
        channel: input.channel,
        opinions: input.opinions,
        ticket_id: null,
        created_at: now.toISOString(),
      })
      .execute();
  });
  return (await findVisit(deps.db.k, projectId, visitId))!;
}
