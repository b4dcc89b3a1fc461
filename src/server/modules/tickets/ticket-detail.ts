/** One ticket with its whole timeline (TKT-4), deadlines, callbacks and attachments. */
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import { requireSeeTicket } from './ticket-access.ts';
import { getTicketRow } from './ticket-repo.ts';
import { toTicketDtos } from './ticket-dto.ts';
import type { TicketDetailDto } from './contract.ts';
import { ticketsDb } from './tables.ts';
import type { JsonValue } from '../../platform/http/json-value.ts';

export async function getTicketDetail(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
): Promise<TicketDetailDto> {
  requireAccess({ actor, permission: 'project.read', projectId });
  const t = await getTicketRow(deps.db.k, projectId, ticketId);
  await requireSeeTicket(deps.db.k, actor, t);
  const [dto] = await toTicketDtos(deps.db.k, [t], actor);
  const events = await deps.db.k
    .selectFrom('ticket_events as e')
    .leftJoin('users as u', 'u.user_id', 'e.actor_id')
    .select([
      'e.event_id',
      'e.type',
      'e.actor_id',
      'u.display_name',
      'e.at',
      'e.from_state',
      'e.to_state',
      'e.data_json',
    ])
    .where('e.project_id', '=', projectId)
    .where('e.ticket_id', '=', ticketId)
    .orderBy('e.event_id')
    .execute();
  const deadlines = await deps.db.k
    .selectFrom('ticket_deadlines')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('ticket_id', '=', ticketId)
    .orderBy('created_at')
    .orderBy('deadline_id')
    .execute();
  const callbacks = await ticketsDb(deps.db.k)
    .selectFrom('ticket_callbacks as c')
    .leftJoin('users as u', 'u.user_id', 'c.by_id')
    .select([
      'c.callback_id',
      'c.at',
      'u.display_name',
      'c.reached',
      'c.resolved',
      'c.satisfaction',
      'c.opinion',
    ])
    .where('c.project_id', '=', projectId)
    .where('c.ticket_id', '=', ticketId)
    .orderBy('c.at')
    .execute();
  const attachments = await ticketsDb(deps.db.k)
    .selectFrom('attachments')
    .select(['attachment_id', 'kind', 'mime', 'size', 'created_at'])
    .where('project_id', '=', projectId)
    .where('ticket_id', '=', ticketId)
    .orderBy('created_at')
    .execute();
  const linked = t.event_key
    ? await deps.db.k
        .selectFrom('tickets')
        .select(['ticket_id', 'number', 'customer_name', 'state', 'level'])
        .where('project_id', '=', projectId)
        .where('event_key', '=', t.event_key)
        .orderBy('received_at')
        .execute()
    : [];
  return {
    /** The server's clock, so the page's countdowns agree with the deadlines. */
    serverNow: deps.clock.now().toISOString(),
    ticket: dto!,
    timeline: events.map((e) => ({
      eventId: e.event_id,
      type: e.type,
      actorId: e.actor_id,
      actorName: e.display_name,
      at: e.at,
      fromState: e.from_state,
      toState: e.to_state,
      data: JSON.parse(e.data_json) as Record<string, JsonValue>,
    })),
    deadlines: deadlines.map((d) => ({
      kind: d.kind,
      dueAt: d.due_at,
      originalDueAt: d.original_due_at,
      status: d.status,
      metAt: d.met_at,
      breachedAt: d.breached_at,
    })),
    callbacks: callbacks.map((c) => ({
      at: c.at,
      byName: c.display_name,
      reached: c.reached === 1,
      resolved: c.resolved === 1,
      satisfaction: c.satisfaction,
      opinion: c.opinion,
    })),
    attachments: attachments.map((a) => ({
      attachmentId: a.attachment_id,
      kind: a.kind,
      mime: a.mime,
      size: a.size,
      createdAt: a.created_at,
    })),
    event: linked.map((l) => ({
      ticketId: l.ticket_id,
      number: l.number,
      customerName: l.customer_name,
      state: l.state,
      level: l.level,
    })),
  };
}
