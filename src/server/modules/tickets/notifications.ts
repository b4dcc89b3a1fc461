/**
 * A person's notifications in a project: escalations, major complaints, chases (CMP-5, CMP-6, REP-4).
 * The list stays here because it shows the ticket's number; the table is the platform's.
 */
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { markNotificationsRead } from '../../platform/notifications/index.ts';
import type { JsonValue } from '../../platform/http/json-value.ts';

export async function listNotifications(deps: Deps, actor: Actor, projectId: string, unreadOnly: boolean) {
  requireAccess({ actor, permission: 'project.read', projectId });
  let q = deps.db.k
    .selectFrom('notifications as n')
    .leftJoin('tickets as t', (j) =>
      j.onRef('t.project_id', '=', 'n.project_id').onRef('t.ticket_id', '=', 'n.ticket_id'),
    )
    .select([
      'n.notification_id',
      'n.kind',
      'n.ticket_id',
      't.number',
      'n.params_json',
      'n.created_at',
      'n.read_at',
    ])
    .where('n.project_id', '=', projectId)
    .where('n.user_id', '=', actor.userId);
  if (unreadOnly) q = q.where('n.read_at', 'is', null);
  const rows = await q
    .orderBy('n.created_at', 'desc')
    .orderBy('n.notification_id', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({
    notificationId: r.notification_id,
    kind: r.kind,
    ticketId: r.ticket_id,
    number: r.number,
    params: JSON.parse(r.params_json) as Record<string, JsonValue>,
    createdAt: r.created_at,
    readAt: r.read_at,
  }));
}

export async function markRead(deps: Deps, actor: Actor, projectId: string, ids: string[]): Promise<void> {
  requireAccess({ actor, permission: 'project.read', projectId });
  await markNotificationsRead(deps.db.k, projectId, actor.userId, ids, deps.clock.now());
}
