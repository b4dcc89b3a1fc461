/**
 * Every action on a ticket goes through `act`, a step of the platform's runner
 * (platform/workflow): access, the state machine (states.ts; 409 with the allowed actions),
 * the optimistic version, the timeline entry (TKT-4), the deadlines — in one transaction, so
 * a refused action writes nothing — and a live event after the commit.
 */
import { AppError } from '../../platform/errors.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import type { Deps } from '../../platform/http/context.ts';
import { loadWorkCalendar, type WorkCalendar } from '../../platform/calendar/index.ts';
import { runStep, type StepEffect, type Workflow } from '../../platform/workflow/run-step.ts';
import { allowedActions, nextState, type TicketAction, type TicketKind, type TicketState } from './states.ts';
import { appendEvent, getTicketRow, updateTicket, type TicketRow } from './ticket-repo.ts';
import { requireSeeTicket } from './ticket-access.ts';
import { nextDue } from './deadline-store.ts';
import { toTicketDtos } from './ticket-dto.ts';
import type { TicketDto } from './contract.ts';

export interface ActContext {
  trx: DbOrTrx;
  deps: Deps;
  actor: Actor;
  ticket: TicketRow;
  now: Date;
  cal: WorkCalendar;
  /** The state the state machine moves to (the same state for recording actions). */
  to: TicketState;
}

export interface ActResult extends StepEffect<TicketState> {
  changes?: Partial<TicketRow>;
  /** Data recorded on the timeline entry. */
  data?: Record<string, unknown>;
  /** Runs after the ticket row is saved (deadlines, notifications …), still in the transaction. */
  after?: () => Promise<void>;
  /** Recording actions that must not bump the version (comments) set this. */
  keepVersion?: boolean;
}

export function illegal(t: TicketRow, action: string): AppError {
  return new AppError('ILLEGAL_TRANSITION', {
    details: {
      action,
      state: t.state,
      allowed: allowedActions(t.kind as TicketKind, t.state as TicketState, t.paused_since !== null),
    },
  });
}

/**
 * The ticket as the runner sees it; `version` is the one the client last saw. Tickets keep
 * their own timeline (ticket_events, TKT-4) rather than platform history, so `save` writes it.
 */
function ticketWorkflow(
  version: number | undefined,
): Workflow<TicketRow, TicketAction, TicketState, string, ActResult> {
  return {
    entityType: 'ticket',
    idOf: (ticket) => ticket.ticket_id,
    // Who may take each action is the action's own check (desk, department work …): seeing the ticket comes first.
    permission: () => 'project.read',
    async lock(trx, { projectId, id, actor }) {
      const ticket = await getTicketRow(trx, projectId, id);
      await requireSeeTicket(trx, actor, ticket);
      return ticket;
    },
    transition: (ticket, action) =>
      nextState(
        action,
        ticket.kind as TicketKind,
        ticket.state as TicketState,
        ticket.paused_since !== null,
      ) ?? illegal(ticket, action),
    async save(trx, { row: ticket, step: action, to, effect: result, at: now, actor, projectId }) {
      const changes: Partial<TicketRow> = { ...result.changes };
      if (to !== ticket.state) {
        changes.state = to;
        changes.is_open = to === 'closed' || to === 'cancelled' ? 0 : 1;
        if (to === 'closed' || to === 'cancelled') changes.closed_at = now.toISOString();
      }
      let saved = ticket;
      if (!result.keepVersion) {
        if (version === undefined)
          throw new AppError('VALIDATION', { fields: [{ path: 'version', key: 'field.required' }] });
        saved = await updateTicket(trx, ticket, version, changes, now);
      }
      await appendEvent(trx, projectId, ticket.ticket_id, {
        type: action,
        actorId: actor.userId,
        at: now,
        fromState: ticket.state,
        toState: to,
        data: result.data,
      });
      await result.after?.();
      if (!result.keepVersion) {
        const due = await nextDue(trx, projectId, ticket.ticket_id);
        if (due.next_due_at !== saved.next_due_at || due.next_due_kind !== saved.next_due_kind) {
          await trx
            .updateTable('tickets')
            .set(due)
            .where('project_id', '=', projectId)
            .where('ticket_id', '=', ticket.ticket_id)
            .execute();
        }
      }
    },
    event: 'ticket.updated',
  };
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
  // Asked again by the runner; asked here first so the project's calendar is read only for a member.
  requireAccess({ actor, permission: 'project.read', projectId });
  const cal = await loadWorkCalendar(deps.db.k, projectId);
  await runStep(
    deps,
    ticketWorkflow(version),
    { actor, projectId, id: ticketId, step: action },
    ({ trx, row, at, to }) => perform({ trx, deps, actor, ticket: row, now: at, cal, to }),
  );
  return (await toTicketDtos(deps.db.k, [await getTicketRow(deps.db.k, projectId, ticketId)], actor))[0]!;
}
