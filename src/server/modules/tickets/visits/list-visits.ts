/** The visit record of a month (CBK-3), newest first, for the desk and its supervisors. */
import type { z } from '@hono/zod-openapi';
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { getProject } from '../../projects/index.ts';
import { currentMonth, monthBounds } from './month-window.ts';
import { selectVisits, toVisitDto } from './visit-repo.ts';
import type { VisitDto, VisitsQuery } from './visits.contract.ts';

export async function listVisits(
  deps: Deps,
  actor: Actor,
  projectId: string,
  q: z.infer<typeof VisitsQuery>,
): Promise<{ month: string; items: VisitDto[] }> {
  requireAccess({ actor, permission: 'ticket.desk', projectId });
  const project = await getProject(deps.db.k, actor, projectId);
  const month = q.month ?? currentMonth(deps.clock.now(), project.timeZone);
  const { start, end } = monthBounds(month, project.timeZone);
  let query = selectVisits(deps.db.k, projectId)
    .where('v.visited_at', '>=', start)
    .where('v.visited_at', '<', end);
  if (q.visitedBy) query = query.where('v.visited_by', '=', q.visitedBy);
  const rows = await query
    .orderBy('v.visited_at', 'desc')
    .orderBy('v.visit_id', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { month, items: rows.map(toVisitDto) };
}
