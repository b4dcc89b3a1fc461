/**
 * Who may see and act on a ticket. The CS desk and managers see the whole project;
 * department staff see their department's tickets; whoever received or owns a ticket
 * (TKT-2) or is assigned to it always sees it.
 */
import { AppError } from '../../platform/errors.ts';
import { canAccess, requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Permission } from '../../platform/access/roles.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { personalDataView, type PersonalDataView } from '../../platform/access/personal-data.ts';
import type { TicketRow } from './ticket-repo.ts';

/** Department ids the actor belongs to in the project (from their memberships). */
export async function actorDepartments(db: DbOrTrx, actor: Actor, projectId: string): Promise<string[]> {
  if (!actor.userId) return [];
  const rows = await db
    .selectFrom('memberships')
    .select('department_id')
    .distinct()
    .where('project_id', '=', projectId)
    .where('user_id', '=', actor.userId)
    .execute();
  return rows.map((r) => r.department_id).filter((d): d is string => d !== null);
}

export function involved(actor: Actor, t: TicketRow): boolean {
  return (
    actor.userId !== '' &&
    (t.receiver_id === actor.userId || t.owner_id === actor.userId || t.assignee_id === actor.userId)
  );
}

export async function requireSeeTicket(db: DbOrTrx, actor: Actor, t: TicketRow): Promise<void> {
  requireAccess({ actor, permission: 'project.read', projectId: t.project_id });
  if (canAccess(actor, 'ticket.read_all', t.project_id) || involved(actor, t)) return;
  if (
    canAccess(actor, 'ticket.read_department', t.project_id) &&
    t.department_id &&
    (await actorDepartments(db, actor, t.project_id)).includes(t.department_id)
  )
    return;
  // Not revealing other departments' tickets: the same answer as for a ticket that does not exist.
  throw new AppError('NOT_FOUND', { params: { what: 'what.ticket' } });
}

/**
 * Department work (pick up, complete, pause): the permission, and — unless the actor works
 * the whole desk (supervisors, managers) — membership of the ticket's department.
 */
export async function requireDepartmentWork(
  db: DbOrTrx,
  actor: Actor,
  t: TicketRow,
  permission: Permission,
): Promise<void> {
  requireAccess({ actor, permission, projectId: t.project_id });
  if (canAccess(actor, 'ticket.read_all', t.project_id)) return;
  if (t.assignee_id === actor.userId) return;
  if (!t.department_id || !(await actorDepartments(db, actor, t.project_id)).includes(t.department_id)) {
    throw new AppError('FORBIDDEN', { key: 'ticket.not_department_member' });
  }
}

/**
 * CUS-3 for a ticket's contact phone: in full for those who call the customer — the CS desk
 * (callbacks, chasing, the answer) and the worker assigned to the job (to call ahead) —
 * masked for everyone else who may see the ticket (the rest of the department, a receiver
 * who is not on the desk). The same rule decides the printed work order (tickets README).
 */
export function contactView(
  actor: Actor,
  t: Pick<TicketRow, 'project_id' | 'assignee_id'>,
): PersonalDataView {
  if (actor.userId !== '' && t.assignee_id === actor.userId) return 'full';
  return personalDataView(actor, t.project_id, 'ticket.desk');
}
