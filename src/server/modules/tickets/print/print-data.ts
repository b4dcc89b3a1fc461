/**
 * Everything a printed form of one ticket shows, read once: the ticket, its project, the
 * names of the people and places it mentions, its timeline, callbacks and the signature.
 * Only someone who may see the ticket gets it (requireSeeTicket).
 */
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { getProject } from '../../projects/index.ts';
import type { PersonalDataView } from '../../../platform/access/personal-data.ts';
import { contactView, requireSeeTicket } from '../ticket-access.ts';
import { getTicketRow, type TicketRow } from '../ticket-repo.ts';
import { ticketsDb } from '../tables.ts';

export interface PrintEvent {
  type: string;
  actorName: string | null;
  at: string;
  data: Record<string, unknown>;
}

export interface PrintData {
  ticket: TicketRow;
  project: { name: string; timeZone: string };
  unitCode: string | null;
  buildingName: string | null;
  department: { zh: string; en: string } | null;
  names: Map<string, string>;
  events: PrintEvent[];
  callbacks: {
    at: string;
    byName: string | null;
    reached: boolean;
    resolved: boolean;
    satisfaction: string;
    opinion: string;
  }[];
  /** The customer's on-screen signature (REP-5) as a data: URL, embedded so the page stands alone. */
  signature: string | null;
  /** How the person printing may see the contact phone (CUS-3, `contactView`): the work order follows it. */
  contactView: PersonalDataView;
}

export async function loadPrintData(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
): Promise<PrintData> {
  const db = deps.db.k;
  const ticket = await getTicketRow(db, projectId, ticketId);
  await requireSeeTicket(db, actor, ticket);
  const project = await getProject(db, actor, projectId);
  const unit = ticket.unit_id
    ? await db
        .selectFrom('units as u')
        .innerJoin('buildings as b', (j) =>
          j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
        )
        .select(['u.code', 'b.name'])
        .where('u.project_id', '=', projectId)
        .where('u.unit_id', '=', ticket.unit_id)
        .executeTakeFirst()
    : undefined;
  const department = ticket.department_id
    ? project.departments.find((d) => d.departmentId === ticket.department_id)
    : undefined;
  const userIds = [ticket.receiver_id, ticket.owner_id, ticket.assignee_id].filter((x): x is string => !!x);
  const users = await db
    .selectFrom('users')
    .select(['user_id', 'display_name'])
    .where('user_id', 'in', userIds)
    .execute();
  const events = await db
    .selectFrom('ticket_events as e')
    .leftJoin('users as u', 'u.user_id', 'e.actor_id')
    .select(['e.type', 'u.display_name', 'e.at', 'e.data_json'])
    .where('e.project_id', '=', projectId)
    .where('e.ticket_id', '=', ticketId)
    .orderBy('e.event_id')
    .execute();
  const callbacks = await ticketsDb(db)
    .selectFrom('ticket_callbacks as c')
    .leftJoin('users as u', 'u.user_id', 'c.by_id')
    .select(['c.at', 'u.display_name', 'c.reached', 'c.resolved', 'c.satisfaction', 'c.opinion'])
    .where('c.project_id', '=', projectId)
    .where('c.ticket_id', '=', ticketId)
    .orderBy('c.at')
    .orderBy('c.callback_id')
    .execute();
  const sig = await ticketsDb(db)
    .selectFrom('attachments')
    .select(['mime', 'data'])
    .where('project_id', '=', projectId)
    .where('ticket_id', '=', ticketId)
    .where('kind', '=', 'signature')
    .orderBy('created_at', 'desc')
    .orderBy('attachment_id', 'desc')
    .executeTakeFirst();
  return {
    ticket,
    project: { name: project.name, timeZone: project.timeZone },
    unitCode: unit?.code ?? null,
    buildingName: unit?.name ?? null,
    department: department ? { zh: department.nameZh, en: department.nameEn } : null,
    names: new Map(users.map((u) => [u.user_id, u.display_name])),
    events: events.map((e) => ({
      type: e.type,
      actorName: e.display_name,
      at: e.at,
      data: JSON.parse(e.data_json) as Record<string, unknown>,
    })),
    callbacks: callbacks.map((c) => ({
      at: c.at,
      byName: c.display_name,
      reached: c.reached === 1,
      resolved: c.resolved === 1,
      satisfaction: c.satisfaction,
      opinion: c.opinion,
    })),
    // Only a PNG we stored ourselves is embedded; base64 cannot break out of the attribute.
    signature:
      sig && sig.mime === 'image/png'
        ? `data:image/png;base64,${Buffer.from(sig.data).toString('base64')}`
        : null,
    contactView: contactView(actor, ticket),
  };
}

/** The latest timeline entry of a type (a reworked repair is completed more than once). */
export function latestEvent(d: PrintData, type: string): PrintEvent | undefined {
  for (let i = d.events.length - 1; i >= 0; i--) if (d.events[i]!.type === type) return d.events[i];
  return undefined;
}

/** A string field of an event's data, '' when absent. */
export function eventText(e: PrintEvent | undefined, field: string): string {
  const v = e?.data[field];
  return typeof v === 'string' ? v : '';
}
