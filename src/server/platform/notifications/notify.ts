/**
 * Notifications to people (CMP-5 superior told at once, CMP-6 escalations, FEE-3 later):
 * a row per recipient, kept. Every module tells people through here, so the platform owns
 * the table. The browser's bell refreshes on the ticket's live event, which every caller
 * announces after its transaction commits.
 */
import type { DbOrTrx } from '../history/record-history.ts';
import { newId } from '../ids.ts';
import { ROLE_PERMISSIONS, ROLES, type Permission, type Role } from '../access/roles.ts';

interface NotificationContent {
  projectId: string;
  kind: string;
  ticketId: string | null;
  params: Record<string, string | number>;
  at: Date;
}

export interface NotifyInput extends NotificationContent {
  roles: readonly string[];
  /** Only holders of these roles in this department (e.g. the engineering department head). */
  departmentId?: string | null;
  /** People not to tell: whoever acted already knows; the requester of an approval must not decide it. */
  except?: readonly (string | null | undefined)[];
}

/** Inserts one notification per person; returns their ids. */
export async function notifyUsers(
  db: DbOrTrx,
  userIds: readonly string[],
  n: NotificationContent,
): Promise<string[]> {
  const users = [...new Set(userIds)];
  if (users.length === 0) return [];
  await db
    .insertInto('notifications')
    .values(
      users.map((userId) => ({
        project_id: n.projectId,
        notification_id: newId(n.at.getTime()),
        user_id: userId,
        ticket_id: n.ticketId,
        kind: n.kind,
        params_json: JSON.stringify(n.params),
        created_at: n.at.toISOString(),
        read_at: null,
      })),
    )
    .execute();
  return users;
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
  return notifyUsers(db, users, n);
}

/**
 * The roles that carry a permission, so "tell whoever may do X" follows the role table
 * instead of a second list that could drift from it.
 * @example rolesHolding('complaint.classify') // ['cs_supervisor', 'cs_manager', 'project_manager', 'night_manager']
 */
export function rolesHolding(permission: Permission): Role[] {
  return ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(permission));
}
