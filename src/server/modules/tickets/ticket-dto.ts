import type { DbOrTrx } from '../../platform/history/record-history.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { shownPhone } from '../../platform/access/personal-data.ts';
import { contactView } from './ticket-access.ts';
import { allowedActions, type TicketKind, type TicketState } from './states.ts';
import type { TicketDto } from './contract.ts';
import type { TicketRow } from './ticket-repo.ts';

/**
 * Tickets with the names staff read (unit code, people, department) in one query each, as
 * `viewer` may see them: the contact phone in full or masked (CUS-3, `contactView`).
 */
export async function toTicketDtos(db: DbOrTrx, rows: TicketRow[], viewer: Actor): Promise<TicketDto[]> {
  if (rows.length === 0) return [];
  const projectId = rows[0]!.project_id;
  const userIds = [
    ...new Set(
      rows.flatMap((r) => [r.receiver_id, r.owner_id, r.assignee_id]).filter((x): x is string => !!x),
    ),
  ];
  const unitIds = [...new Set(rows.map((r) => r.unit_id).filter((x): x is string => !!x))];
  const users = userIds.length
    ? await db
        .selectFrom('users')
        .select(['user_id', 'display_name'])
        .where('user_id', 'in', userIds)
        .execute()
    : [];
  const units = unitIds.length
    ? await db
        .selectFrom('units')
        .select(['unit_id', 'code'])
        .where('project_id', '=', projectId)
        .where('unit_id', 'in', unitIds)
        .execute()
    : [];
  const depts = await db
    .selectFrom('departments')
    .select(['department_id', 'code'])
    .where('project_id', '=', projectId)
    .execute();
  const name = new Map(users.map((u) => [u.user_id, u.display_name]));
  const unit = new Map(units.map((u) => [u.unit_id, u.code]));
  const dept = new Map(depts.map((d) => [d.department_id, d.code]));
  return rows.map((t) => ({
    ticketId: t.ticket_id,
    number: t.number,
    kind: t.kind as TicketKind,
    channel: t.channel,
    state: t.state as TicketState,
    customerId: t.customer_id,
    customerName: t.customer_name,
    company: t.company,
    contactPhone: shownPhone(t.contact_phone, contactView(viewer, t)),
    unitId: t.unit_id,
    unitCode: t.unit_id ? (unit.get(t.unit_id) ?? null) : null,
    publicArea: t.public_area,
    description: t.description,
    urgency: t.urgency,
    appointmentAt: t.appointment_at,
    charge: t.charge,
    priceFen: t.price_fen,
    validity: t.validity,
    level: t.level,
    complaintType: t.complaint_type,
    directImpact: t.direct_impact === 1,
    written: t.written === 1,
    eventKey: t.event_key,
    receiverName: name.get(t.receiver_id) ?? null,
    ownerId: t.owner_id,
    ownerName: name.get(t.owner_id) ?? null,
    department: t.department_id ? (dept.get(t.department_id) ?? null) : null,
    assigneeId: t.assignee_id,
    assigneeName: t.assignee_id ? (name.get(t.assignee_id) ?? null) : null,
    receivedAt: t.received_at,
    forwardedAt: t.forwarded_at,
    pickedUpAt: t.picked_up_at,
    completedAt: t.completed_at,
    answeredAt: t.answered_at,
    closedAt: t.closed_at,
    pausedSince: t.paused_since,
    pausedMinutes: t.paused_minutes,
    nextDueAt: t.next_due_at,
    nextDueKind: t.next_due_kind,
    escalation: t.escalation,
    forwardLate: t.forward_late === 1,
    chaseCount: t.chase_count,
    reworkCount: t.rework_count,
    satisfaction: t.satisfaction,
    version: t.version,
    allowedActions: allowedActions(t.kind as TicketKind, t.state as TicketState, t.paused_since !== null),
  }));
}
