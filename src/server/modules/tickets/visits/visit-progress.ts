/**
 * CBK-3 monthly progress: each CS assistant's visits against 20, and the department's
 * distinct customers against 10.
 */
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { getProject } from '../../projects/index.ts';
import { currentMonth, monthBounds } from './month-window.ts';
import { visitProgress, type VisitProgress } from './visit-rules.ts';
import { ticketsDb } from '../tables.ts';

/** The role whose holders carry the personal target: 前台接待/客户助理. */
const ASSISTANT_ROLE = 'cs_clerk';

export async function monthlyVisitProgress(
  deps: Deps,
  actor: Actor,
  projectId: string,
  month: string | undefined,
): Promise<VisitProgress> {
  requireAccess({ actor, permission: 'ticket.desk', projectId });
  const project = await getProject(deps.db.k, actor, projectId);
  const m = month ?? currentMonth(deps.clock.now(), project.timeZone);
  const { start, end } = monthBounds(m, project.timeZone);
  const assistants = await deps.db.k
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.user_id', 'm.user_id')
    .select(['u.user_id', 'u.display_name'])
    .distinct()
    .where('m.project_id', '=', projectId)
    .where('m.role', '=', ASSISTANT_ROLE)
    .where('u.active', '=', 1)
    .execute();
  const visits = await ticketsDb(deps.db.k)
    .selectFrom('customer_visits as v')
    .leftJoin('users as u', 'u.user_id', 'v.visited_by')
    .select(['v.visited_by', 'u.display_name', 'v.customer_id', 'v.customer_name', 'v.company'])
    .where('v.project_id', '=', projectId)
    .where('v.visited_at', '>=', start)
    .where('v.visited_at', '<', end)
    .execute();
  return visitProgress(
    m,
    assistants.map((a) => ({ userId: a.user_id, name: a.display_name })),
    visits.map((v) => ({
      visitedBy: v.visited_by,
      visitorName: v.display_name ?? '',
      customerId: v.customer_id,
      customerName: v.customer_name,
      company: v.company,
    })),
  );
}
