/**
 * Every action on a ticket goes through `act`: access, the state machine (409 with the
 * allowed actions), the optimistic version, the timeline entry (TKT-4), the deadlines and
 * a live event — in one transaction, so a refused action writes nothing.
 */
import type { Transaction } from 'kysely';
import { AppError } from '../../platform/errors.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Database } from '../../platform/db/schema.ts';
import type { Deps } from '../../platform/http/context.ts';
import { loadWorkCalendar, type WorkCalendar } from '../../platform/calendar/index.ts';
import { allowedActions, nextState, type TicketAction, type TicketKind, type TicketState } from './states.ts';
import { appendEvent, getTicketRow, updateTicket, type TicketRow } from './ticket-repo.ts';
import { requireSeeTicket } from './ticket-access.ts';
import { nextDue } from './deadline-store.ts';
import { toTicketDtos } from './ticket-dto.ts';
import type { TicketDto } from './contract.ts';
import { announce } from '../../platform/events/announce.ts';

export interface ActContext {
  trx: Transaction<Database>;
  deps: Deps;
  actor: Actor;
  ticket: TicketRow;
  now: Date;
  cal: WorkCalendar;
  /** The state the state machine moves to (the same state for recording actions). */
  to: TicketState;
}

export interface ActResult {
  changes?: Partial<TicketRow>;
  /** Data recorded on the timeline entry. */
  data?: Record<string, unknown>;
  /** Runs after the ticket row is saved (deadlines, notifications …), still in the transaction. */
  after?: () => Promise<void>;
  /** Recording actions that must not bump the version (comments) set this. */
  keepVersion?: boolean;
  /** An action whose outcome decides the state (a satisfied callback closes the ticket). */
  to?: TicketState;
}

export function illegal(t: TicketRow, action: string): AppError {
  return new AppError('ILLEGAL_TRANSITION', {
    details: { action, state: t.state, allowed: allowedActions(t.kind as TicketKind, t.state as TicketState, t.paused_since !== null) },
  });
}

export async function act(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  action: TicketAction,
  version: number | undefined,
  perform: (ctx: ActContext) => Promise<ActResult>,
): Promise<TicketDto> {
  requireAccess({ actor, permission: 'project.read', projectId });
  const now = deps.clock.now();
  const cal = await loadWorkCalendar(deps.db.k, projectId);
  await deps.db.k.transaction().execute(async (trx) => {
    const ticket = await getTicketRow(trx, projectId, ticketId);
    await requireSeeTicket(trx, actor, ticket);
    const planned = nextState(action, ticket.kind as TicketKind, ticket.state as TicketState, ticket.paused_since !== null);
    if (!planned) throw illegal(ticket, action);
    const result = await perform({ trx, deps, actor, ticket, now, cal, to: planned });
    const to = result.to ?? planned;
    const changes: Partial<TicketRow> = { ...result.changes };
    if (to !== ticket.state) {
      changes.state = to;
      changes.is_open = to === 'closed' || to === 'cancelled' ? 0 : 1;
      if (to === 'closed' || to === 'cancelled') changes.closed_at = now.toISOString();
    }
    let saved = ticket;
    if (!result.keepVersion) {
      if (version === undefined) throw new AppError('VALIDATION', { fields: [{ path: 'version', key: 'field.required' }] });
      saved = await updateTicket(trx, ticket, version, changes, now);
    }
    await appendEvent(trx, projectId, ticketId, { type: action, actorId: actor.userId, at: now, fromState: ticket.state, toState: to, data: result.data });
    await result.after?.();
    if (!result.keepVersion) {
      const due = await nextDue(trx, projectId, ticketId);
      if (due.next_due_at !== saved.next_due_at || due.next_due_kind !== saved.next_due_kind) {
        await trx.updateTable('tickets').set(due).where('project_id', '=', projectId).where('ticket_id', '=', ticketId).execute();
      }
    }
  });
  await announce(deps, projectId, 'ticket.updated', ticketId, { action });
  return (await toTicketDtos(deps.db.k, [await getTicketRow(deps.db.k, projectId, ticketId)], actor))[0]!;
}
