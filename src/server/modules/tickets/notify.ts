/**
 * Notifications to people (CMP-5 superior told at once, CMP-6 escalations, FEE-3 later):
 * a row per recipient, kept, and a live event so their browser shows it immediately.
 */
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';

export interface NotifyInput {
  projectId: string;
  roles: readonly string[];
  /** Only holders of these roles in this department (e.g. the engineering department head). */
  departmentId?: string | null;
  /** People left out although they hold a role (e.g. the requester of an approval). */
  except?: readonly string[];
  kind: string;
  ticketId: string | null;
  params: Record<string, string | number>;
  at: Date;
}

/** Inserts one notification per active holder of the roles; returns the recipients' ids. */
export async function notifyRoles(db: DbOrTrx, n: NotifyInput): Promise<string[]> {
  let q = db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.user_id', 'm.user_id')
    .select('m.user_id')
    .distinct()
    .where('m.project_id', '=', n.projectId)
    .where('m.role', 'in', [...n.roles])
    .where('u.active', '=', 1);
  if (n.departmentId) q = q.where('m.department_id', '=', n.departmentId);
  const left = new Set(n.except ?? []);
  const users = (await q.execute()).map((r) => r.user_id).filter((u) => !left.has(u));
  return notifyUsers(db, { ...n, userIds: users });
}

/** One notification for each of these people (e.g. the person whose request was decided); returns their ids. */
export async function notifyUsers(db: DbOrTrx, n: { projectId: string; userIds: readonly string[]; kind: string; ticketId: string | null; params: Record<string, string | number>; at: Date }): Promise<string[]> {
  const users = [...new Set(n.userIds)];
  if (users.length === 0) return [];
  await db
    .insertInto('notifications')
    .values(users.map((userId) => ({ project_id: n.projectId, notification_id: newId(n.at.getTime()), user_id: userId, ticket_id: n.ticketId, kind: n.kind, params_json: JSON.stringify(n.params), created_at: n.at.toISOString(), read_at: null })))
    .execute();
  return users;
}
