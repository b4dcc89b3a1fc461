/**
 * What happens when a ticket's deadline passes (TKT-5): it is marked breached, the ticket is
 * flagged and the right people are told — forwarding late (TKT-3), pick-up late → chase
 * (REP-4), a complaint not solved → department manager, not solved that same day →
 * project manager (CMP-6), 7 days unresolved → major (CMP-4), callback overdue (CBK-1).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Deps } from '../../platform/http/context.ts';
import type { AfterCommit, DueTimer, TimerHandler } from '../../platform/timers/sweeper.ts';
import { loadWorkCalendar } from '../../platform/calendar/index.ts';
import { sameDayEscalation } from './deadline-rules.ts';
import { UNSOLVED_STATES, upgradesAfterSevenDays } from './complaint-rules.ts';
import { applyLevel, notifySuperior } from './classify.ts';
import { nextDue, openDeadlines } from './deadline-store.ts';
import { notifyRoles } from '../../platform/notifications/index.ts';
import { appendEvent, findTicket, updateTicket, type TicketRow } from './ticket-repo.ts';
import { announce } from '../../platform/events/announce.ts';

async function breach(
  trx: Transaction<Database>,
  t: TicketRow,
  kind: string,
  now: Date,
): Promise<Partial<TicketRow>> {
  const number = t.number;
  switch (kind) {
    case 'forward':
      await notifyRoles(trx, {
        projectId: t.project_id,
        roles: ['cs_supervisor'],
        kind: 'ticket.forward_late',
        ticketId: t.ticket_id,
        params: { number },
        at: now,
      });
      return { forward_late: 1 };
    case 'pickup':
      await notifyRoles(trx, {
        projectId: t.project_id,
        roles: ['cs_clerk', 'cs_supervisor'],
        kind: 'ticket.chase_needed',
        ticketId: t.ticket_id,
        params: { number },
        at: now,
      });
      return {};
    case 'answer':
    case 'resolve': {
      if (t.kind === 'complaint' && UNSOLVED_STATES.includes(t.state)) {
        await notifyRoles(trx, {
          projectId: t.project_id,
          roles: ['department_head'],
          departmentId: t.department_id,
          kind: 'ticket.escalated_department',
          ticketId: t.ticket_id,
          params: { number },
          at: now,
        });
        await notifyRoles(trx, {
          projectId: t.project_id,
          roles: ['cs_manager'],
          kind: 'ticket.escalated_department',
          ticketId: t.ticket_id,
          params: { number },
          at: now,
        });
        const cal = await loadWorkCalendar(trx, t.project_id);
        await openDeadlines(trx, t.project_id, t.ticket_id, [sameDayEscalation(now, cal)], now);
        return { escalation: Math.max(t.escalation, 1) };
      }
      await notifyRoles(trx, {
        projectId: t.project_id,
        roles: ['cs_supervisor'],
        kind: 'ticket.overdue',
        ticketId: t.ticket_id,
        params: { number, deadline: kind },
        at: now,
      });
      return {};
    }
    case 'same_day_escalation':
      if (!UNSOLVED_STATES.includes(t.state)) return {};
      await notifyRoles(trx, {
        projectId: t.project_id,
        roles: ['project_manager'],
        kind: 'ticket.escalated_project',
        ticketId: t.ticket_id,
        params: { number },
        at: now,
      });
      return { escalation: 2 };
    case 'auto_major':
      return upgradesAfterSevenDays(t) ? { level: 'major' } : {};
    case 'callback':
      await notifyRoles(trx, {
        projectId: t.project_id,
        roles: ['cs_clerk', 'cs_supervisor'],
        kind: 'ticket.callback_overdue',
        ticketId: t.ticket_id,
        params: { number },
        at: now,
      });
      return {};
    default:
      return {};
  }
}

export function deadlineTimerHandler(deps: Deps): TimerHandler {
  return async (trx: Transaction<Database>, timer: DueTimer, now: Date): Promise<AfterCommit | void> => {
    const deadlineId = String(timer.payload.deadlineId ?? '');
    const d = await trx
      .selectFrom('ticket_deadlines')
      .selectAll()
      .where('project_id', '=', timer.projectId)
      .where('deadline_id', '=', deadlineId)
      .executeTakeFirst();
    // A timer left over from a moved or met deadline does nothing.
    if (!d || d.status !== 'open' || new Date(d.due_at) > now) return;
    const t = await findTicket(trx, timer.projectId, d.ticket_id);
    if (!t) return;
    if (d.kind === 'auto_major' && !upgradesAfterSevenDays(t)) {
      // Solved (or answered) within the 7 days: nothing happens, and neither the timeline nor the
      // deadline list may say that something did — the 7-day clock is withdrawn, not breached.
      await trx
        .updateTable('ticket_deadlines')
        .set({ status: 'cancelled', met_at: now.toISOString() })
        .where('project_id', '=', d.project_id)
        .where('deadline_id', '=', deadlineId)
        .execute();
      return;
    }
    await trx
      .updateTable('ticket_deadlines')
      .set({ status: 'breached', breached_at: now.toISOString() })
      .where('project_id', '=', d.project_id)
      .where('deadline_id', '=', deadlineId)
      .execute();
    const changes = await breach(trx, t, d.kind, now);
    const saved = await updateTicket(trx, t, t.version, changes, now);
    await appendEvent(trx, t.project_id, t.ticket_id, {
      type: d.kind === 'auto_major' ? 'auto_major' : 'deadline_breached',
      actorId: null,
      at: now,
      data: {
        deadline: d.kind,
        dueAt: d.due_at,
        ...(changes.level ? { rule: 'CMP-4', reason: 'seven_days' } : {}),
        ...(changes.escalation ? { escalation: changes.escalation } : {}),
      },
    });
    if (changes.level === 'major') {
      await applyLevel(trx, saved, 'major', saved.direct_impact === 1, now);
      await notifySuperior(trx, saved, 'major', now, 'seven_days');
    }
    await trx
      .updateTable('tickets')
      .set(await nextDue(trx, t.project_id, t.ticket_id))
      .where('project_id', '=', t.project_id)
      .where('ticket_id', '=', t.ticket_id)
      .execute();
    return () =>
      announce(deps, t.project_id, 'ticket.updated', t.ticket_id, {
        action: 'deadline_breached',
        deadline: d.kind,
      });
  };
}
