/**
 * The people a ticket needs are told at once, in the same transaction as the step that
 * needs them: the person it is dispatched to (TKT-3, REP-2: an urgent repair says so, for
 * the engineer goes now), and the supervisors while a complaint waits for its level (CMP-2,
 * within the 10 minutes it has until forwarding, TKT-3).
 */
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import {
  notifyRoles,
  notifyUsers,
  rolesHolding,
  settleNotifications,
} from '../../platform/notifications/index.ts';
import type { TicketRow } from './ticket-repo.ts';

export const ASSIGNED = 'ticket.assigned';
/** REP-2: "engineering is told at once with emphasis". */
export const ASSIGNED_URGENT = 'ticket.assigned_urgent';
export const COMPLAINT_TO_CLASSIFY = 'complaint.to_classify';

/** Where the work is: the unit's code, else the public area. */
async function placeOf(db: DbOrTrx, t: TicketRow): Promise<string> {
  if (!t.unit_id) return t.public_area;
  const u = await db
    .selectFrom('units')
    .select('code')
    .where('project_id', '=', t.project_id)
    .where('unit_id', '=', t.unit_id)
    .executeTakeFirst();
  return u?.code ?? t.public_area;
}

async function tellAssignee(
  db: DbOrTrx,
  t: TicketRow,
  assigneeId: string,
  reassigned: boolean,
  at: Date,
): Promise<void> {
  const urgent = t.kind === 'repair' && t.urgency === 'urgent';
  await notifyUsers(db, [assigneeId], {
    projectId: t.project_id,
    kind: urgent ? ASSIGNED_URGENT : ASSIGNED,
    ticketId: t.ticket_id,
    params: {
      number: t.number,
      ticketKind: t.kind,
      place: await placeOf(db, t),
      reassigned: reassigned ? 1 : 0,
    },
    at,
  });
}

/**
 * Tells the new assignee (dispatch on forwarding, assignment, reassignment). Nobody is told
 * of their own pick, nor twice for an assignment that changed nothing.
 */
export async function noticeAssignee(
  db: DbOrTrx,
  t: TicketRow,
  assigneeId: string | null,
  actorId: string,
  at: Date,
): Promise<void> {
  if (!assigneeId || assigneeId === actorId || assigneeId === t.assignee_id) return;
  await tellAssignee(db, t, assigneeId, t.assignee_id !== null, at);
}

/** REP-2: a repair already with someone is reclassified urgent — they must go now, so they are told again. */
export async function noticeNowUrgent(
  db: DbOrTrx,
  before: TicketRow,
  after: TicketRow,
  actorId: string,
  at: Date,
): Promise<void> {
  if (after.kind !== 'repair' || after.urgency !== 'urgent' || before.urgency === 'urgent') return;
  if (!after.assignee_id || after.assignee_id === actorId) return;
  await tellAssignee(db, after, after.assignee_id, false, at);
}

/** CMP-2: a new complaint waits for the supervisor's validity and level; whoever may classify is alerted. */
export async function alertComplaintToClassify(
  db: DbOrTrx,
  t: TicketRow,
  forwardBy: Date,
  actorId: string,
  at: Date,
): Promise<void> {
  await notifyRoles(db, {
    projectId: t.project_id,
    roles: rolesHolding('complaint.classify'),
    except: [actorId],
    kind: COMPLAINT_TO_CLASSIFY,
    ticketId: t.ticket_id,
    params: { number: t.number, place: await placeOf(db, t), forwardBy: forwardBy.toISOString() },
    at,
  });
}

/** The complaint has been classified (or closed as invalid): its "to classify" alerts are done. */
export function settleComplaintAlerts(db: DbOrTrx, t: TicketRow, at: Date): Promise<void> {
  return settleNotifications(db, t.project_id, t.ticket_id, [COMPLAINT_TO_CLASSIFY], at);
}

/** REP-4: a chase also reaches the head of the department that has not picked the order up. */
export const CHASED = 'ticket.chased';

/**
 * Tells the head (领班/主管) of the ticket's department that the desk chased it, and returns
 * their names for the chase's timeline entry ("both are recorded"). No department, no head:
 * nobody is told and the list is empty, which the timeline shows as such.
 */
export async function tellDepartmentHead(
  db: DbOrTrx,
  t: TicketRow,
  count: number,
  chasedBy: string,
  at: Date,
): Promise<string[]> {
  if (!t.department_id) return [];
  const told = await notifyRoles(db, {
    projectId: t.project_id,
    roles: ['department_head'],
    departmentId: t.department_id,
    kind: CHASED,
    ticketId: t.ticket_id,
    params: { number: t.number, count },
    at,
    except: [chasedBy],
  });
  if (told.length === 0) return [];
  const people = await db
    .selectFrom('users')
    .select('display_name')
    .where('user_id', 'in', told)
    .orderBy('display_name')
    .execute();
  return people.map((p) => p.display_name);
}
