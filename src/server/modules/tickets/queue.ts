/**
 * The work queue: open tickets of the project, the next deadline first (so overdue ones
 * are on top), with filters. Department staff see their department's and their own.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { canAccess, requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { likeContains } from '../../platform/db/like.ts';
import { phoneMatches, requireCallerLookup } from '../customers/index.ts';
import { actorDepartments } from './ticket-access.ts';
import { toTicketDtos } from './ticket-dto.ts';
import type { QueuePageDto, QueueQuery } from './contract.ts';

export async function listQueue(
  deps: Deps,
  actor: Actor,
  projectId: string,
  f: z.infer<typeof QueueQuery>,
): Promise<QueuePageDto> {
  requireAccess({ actor, permission: 'project.read', projectId });
  const now = deps.clock.now().toISOString();
  const seeAll = canAccess(actor, 'ticket.read_all', projectId);
  const myDepartments = seeAll ? [] : await actorDepartments(deps.db.k, actor, projectId);
  if (!seeAll && !canAccess(actor, 'ticket.read_department', projectId) && !actor.userId)
    return { items: [], total: 0, serverNow: now };

  let q = deps.db.k.selectFrom('tickets').where('project_id', '=', projectId);
  if (f.includeClosed !== '1') q = q.where('is_open', '=', 1);
  if (!seeAll) {
    q = q.where((eb) =>
      eb.or([
        ...(myDepartments.length && canAccess(actor, 'ticket.read_department', projectId)
          ? [eb('department_id', 'in', myDepartments)]
          : []),
        eb('assignee_id', '=', actor.userId),
        eb('owner_id', '=', actor.userId),
        eb('receiver_id', '=', actor.userId),
      ]),
    );
  }
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.level) q = q.where('level', '=', f.level);
  if (f.state) q = q.where('state', '=', f.state);
  if (f.assigneeId) q = q.where('assignee_id', '=', f.assigneeId);
  if (f.buildingId) q = q.where('building_id', '=', f.buildingId);
  if (f.unitId) q = q.where('unit_id', '=', f.unitId);
  if (f.mine === '1')
    q = q.where((eb) => eb.or([eb('assignee_id', '=', actor.userId), eb('owner_id', '=', actor.userId)]));
  if (f.overdue === '1') q = q.where('next_due_at', '<', now);
  if (f.department) {
    const dept = await deps.db.k
      .selectFrom('departments')
      .select('department_id')
      .where('project_id', '=', projectId)
      .where('code', '=', f.department)
      .executeTakeFirst();
    q = q.where('department_id', '=', dept?.department_id ?? '00000000-0000-7000-8000-000000000000');
  }
  if (f.phone) {
    // CUS-3: a search by number is a caller lookup — for the roles that take calls only.
    requireCallerLookup(actor, projectId);
    const matches = phoneMatches('phone_norm', f.phone);
    q = matches ? q.where(matches) : q.where(sql<boolean>`1 = 0`);
  }
  if (f.q?.trim()) {
    const text = f.q.trim();
    q = q.where((eb) =>
      eb.or(
        ['description', 'customer_name', 'number', 'company', 'public_area'].map((column) =>
          likeContains(column, text),
        ),
      ),
    );
  }
  const [{ total }] = [await q.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow()];
  const rows = await q
    .selectAll()
    // Overdue first, then the nearest deadline; tickets without a deadline after, newest first.
    // NULLS LAST matches PostgreSQL's index order, so the queue index serves the sort.
    .orderBy('next_due_at', (ob) => ob.asc().nullsLast())
    .orderBy('received_at', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { items: await toTicketDtos(deps.db.k, rows, actor), total: Number(total), serverNow: now };
}
