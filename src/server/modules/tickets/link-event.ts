/**
 * Linking complaints as one event (CMP-4): when the fifth distinct customer complains
 * about the same event, every open complaint of it becomes major and the superior is told.
 */
import { AppError } from '../../platform/errors.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { distinctComplainants, eventIsMajor } from './complaint-rules.ts';
import { applyLevel, notifySuperior } from './classify.ts';
import { appendEvent, getTicketRow, updateTicket } from './ticket-repo.ts';
import { requireSeeTicket } from './ticket-access.ts';
import { nextDue } from './deadline-store.ts';
import { toTicketDtos } from './ticket-dto.ts';
import type { TicketDto } from './contract.ts';
import { announce } from '../../platform/events/announce.ts';

export async function linkEvent(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  version: number,
  otherTicketId: string,
): Promise<TicketDto> {
  requireAccess({ actor, permission: 'complaint.classify', projectId });
  const now = deps.clock.now();
  const upgraded: string[] = [];
  await deps.db.k.transaction().execute(async (trx) => {
    const t = await getTicketRow(trx, projectId, ticketId);
    const other = await getTicketRow(trx, projectId, otherTicketId);
    await requireSeeTicket(trx, actor, t);
    await requireSeeTicket(trx, actor, other);
    if (t.kind !== 'complaint' || other.kind !== 'complaint')
      throw new AppError('UNPROCESSABLE', {
        key: 'ticket.link_same_kind',
        fields: [{ path: 'otherTicketId', key: 'ticket.link_same_kind' }],
      });
    // The event key is the first complaint's number; joining two events merges them.
    const key = other.event_key ?? t.event_key ?? other.number;
    const saved = await updateTicket(trx, t, version, { event_key: key }, now);
    await trx
      .updateTable('tickets')
      .set({ event_key: key })
      .where('project_id', '=', projectId)
      .where((eb) =>
        eb.or([
          eb('ticket_id', '=', otherTicketId),
          ...(t.event_key ? [eb('event_key', '=', t.event_key)] : []),
          ...(other.event_key ? [eb('event_key', '=', other.event_key)] : []),
        ]),
      )
      .execute();
    await appendEvent(trx, projectId, ticketId, {
      type: 'link_event',
      actorId: actor.userId,
      at: now,
      data: { eventKey: key, with: other.number },
    });
    // Both complaints' timelines say they were joined (TKT-4).
    await appendEvent(trx, projectId, otherTicketId, {
      type: 'link_event',
      actorId: actor.userId,
      at: now,
      data: { eventKey: key, with: t.number },
    });
    void saved;

    const members = await trx
      .selectFrom('tickets')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('event_key', '=', key)
      .execute();
    const distinct = distinctComplainants(
      members.map((m) => ({ customerId: m.customer_id, phone: m.phone_norm, name: m.customer_name })),
    );
    if (!eventIsMajor(distinct)) return;
    for (const m of members) {
      if (m.is_open !== 1 || m.level === 'major' || m.validity === 'invalid') continue;
      const fresh = await updateTicket(trx, m, m.version, { level: 'major', validity: 'valid' }, now);
      await appendEvent(trx, projectId, m.ticket_id, {
        type: 'auto_major',
        actorId: null,
        at: now,
        data: { rule: 'CMP-4', reason: 'five_customers', distinct, eventKey: key, from: m.level },
      });
      await applyLevel(trx, fresh, 'major', fresh.direct_impact === 1, now);
      await trx
        .updateTable('tickets')
        .set(await nextDue(trx, projectId, m.ticket_id))
        .where('project_id', '=', projectId)
        .where('ticket_id', '=', m.ticket_id)
        .execute();
      await notifySuperior(trx, fresh, 'major', now, 'five_customers');
      upgraded.push(m.ticket_id);
    }
  });
  for (const id of [ticketId, otherTicketId, ...upgraded]) {
    await announce(deps, projectId, 'ticket.updated', id, { action: 'link_event' });
  }
  return (await toTicketDtos(deps.db.k, [await getTicketRow(deps.db.k, projectId, ticketId)], actor))[0]!;
}
