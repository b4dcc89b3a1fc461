/**
 * The desk and department actions (TKT-2, TKT-3, TKT-6, REP-2..6, CMP-2, CMP-7..9, REQ-2,
 * CBK-1). Each is a `perform` for `act` in workflow.ts; the state machine has already
 * checked the action is allowed in the ticket's state.
 */
import type { z } from '@hono/zod-openapi';
import { AppError, unprocessable } from '../../platform/errors.ts';
import { canAccess, requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { requireSeparateApprover } from '../../platform/access/separate-approver.ts';
import type { Deps } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { addClockMinutes } from '../../platform/calendar/index.ts';
import {
  CALLBACK_MINUTES,
  callbackDeadline,
  extensionApproverRoles,
  isForwardLate,
  pickupDeadline,
  type ComplaintLevel,
  type DeadlineKind,
} from './deadline-rules.ts';
import {
  cancelOpenDeadlines,
  listOpenDeadlines,
  meetDeadlines,
  moveDeadline,
  openDeadlines,
} from './deadline-store.ts';
import { departmentMembers, roundRobinAssignee } from './dispatch.ts';
import { requireDepartmentWork } from './ticket-access.ts';
import { noticeAssignee, settleComplaintAlerts, tellDepartmentHead } from './people-notices.ts';
import { undecidedBeforeCompletion } from './repair-rules.ts';
import { act, type ActContext } from './workflow.ts';
import type { ActionBodies, TicketDto } from './contract.ts';
import type { TicketKind } from './states.ts';
import { ticketsDb } from './tables.ts';

type Body<K extends keyof typeof ActionBodies> = z.infer<(typeof ActionBodies)[K]>;

async function departmentId(ctx: ActContext, code: string): Promise<string> {
  const d = await ctx.trx
    .selectFrom('departments')
    .select('department_id')
    .where('project_id', '=', ctx.ticket.project_id)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!d) throw new AppError('NOT_FOUND', { params: { what: 'what.department' } });
  return d.department_id;
}

async function assertAssignable(ctx: ActContext, departmentIdValue: string, userId: string): Promise<void> {
  const members = await departmentMembers(ctx.trx, ctx.ticket.project_id, departmentIdValue);
  if (!members.some((m) => m.userId === userId))
    throw unprocessable('ticket.not_assignable', {}, 'assigneeId');
}

async function hasEvent(ctx: ActContext, type: string): Promise<boolean> {
  const e = await ctx.trx
    .selectFrom('ticket_events')
    .select('event_id')
    .where('project_id', '=', ctx.ticket.project_id)
    .where('ticket_id', '=', ctx.ticket.ticket_id)
    .where('type', '=', type)
    .limit(1)
    .executeTakeFirst();
  return e !== undefined;
}

/** TKT-3 forwarding to the responsible department, with dispatch to a person. */
export function forward(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'forward'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'forward', b.version, async (ctx) => {
    requireAccess({ actor, permission: 'ticket.desk', projectId });
    const t = ctx.ticket;
    if (t.kind === 'complaint' && (t.validity !== 'valid' || !t.level))
      throw unprocessable('ticket.classify_first', {}, 'level');
    if (t.kind === 'repair' && !t.urgency) throw unprocessable('ticket.appointment_required', {}, 'urgency');
    const dept = await departmentId(ctx, b.department);
    let assignee: string | null = null;
    if (b.assigneeId) {
      await assertAssignable(ctx, dept, b.assigneeId);
      assignee = b.assigneeId;
    } else {
      assignee = await roundRobinAssignee(ctx.trx, projectId, dept);
    }
    const late = isForwardLate(new Date(t.received_at), ctx.now);
    return {
      changes: {
        department_id: dept,
        assignee_id: assignee,
        forwarded_at: ctx.now.toISOString(),
        forward_late: late ? 1 : t.forward_late,
      },
      data: { department: b.department, assigneeId: assignee, note: b.note, late },
      after: async () => {
        await meetDeadlines(ctx.trx, projectId, ticketId, ['forward'], ctx.now);
        await noticeAssignee(ctx.trx, t, assignee, actor.userId, ctx.now);
        if (t.kind === 'repair') {
          // REP-2: urgent → engineering told at once with emphasis; scheduled → by the appointment.
          await openDeadlines(
            ctx.trx,
            projectId,
            ticketId,
            [
              pickupDeadline(
                ctx.now,
                t.urgency as 'urgent' | 'scheduled',
                t.appointment_at ? new Date(t.appointment_at) : null,
              ),
            ],
            ctx.now,
          );
        }
      },
    };
  });
}

/** Settled on the spot (an inquiry answered, guidance given). */
export function settle(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'settle'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'settle', b.version, async (ctx) => {
    requireAccess({ actor, permission: 'ticket.desk', projectId });
    return {
      changes: { completed_at: ctx.now.toISOString(), answered_at: ctx.now.toISOString() },
      data: { note: b.note },
      after: async () => {
        await meetDeadlines(ctx.trx, projectId, ticketId, ['forward', 'answer', 'resolve'], ctx.now);
        if (ctx.to === 'callback')
          await openDeadlines(
            ctx.trx,
            projectId,
            ticketId,
            [callbackDeadline(ctx.ticket.kind as TicketKind, ctx.now, ctx.cal)],
            ctx.now,
          );
        else await cancelOpenDeadlines(ctx.trx, projectId, ticketId, ctx.now);
      },
    };
  });
}

export function assign(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'assign'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'assign', b.version, async (ctx) => {
    await requireDepartmentWork(ctx.trx, actor, ctx.ticket, 'ticket.assign');
    const dept = ctx.ticket.department_id!;
    let assignee = b.assigneeId ?? null;
    if (assignee) await assertAssignable(ctx, dept, assignee);
    else assignee = await roundRobinAssignee(ctx.trx, projectId, dept);
    if (!assignee) throw unprocessable('ticket.no_one_on_duty', {}, 'assigneeId');
    const chosen = assignee;
    return {
      changes: { assignee_id: chosen },
      data: { assigneeId: chosen, note: b.note },
      after: () => noticeAssignee(ctx.trx, ctx.ticket, chosen, actor.userId, ctx.now),
    };
  });
}

/** REP-4: the department picks the work order up; the time is recorded. */
export function pickUp(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'pick_up'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'pick_up', b.version, async (ctx) => {
    await requireDepartmentWork(ctx.trx, actor, ctx.ticket, 'ticket.work');
    return {
      changes: { picked_up_at: ctx.now.toISOString(), assignee_id: ctx.ticket.assignee_id ?? actor.userId },
      data: { note: b.note },
      after: () => meetDeadlines(ctx.trx, projectId, ticketId, ['pickup'], ctx.now),
    };
  });
}

/** REP-4: nobody picked it up → the front desk chases (催单) and the department head is told; both are on the timeline. */
export function chase(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'chase'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'chase', b.version, async (ctx) => {
    requireAccess({ actor, permission: 'ticket.desk', projectId });
    const count = ctx.ticket.chase_count + 1;
    const told = await tellDepartmentHead(ctx.trx, ctx.ticket, count, actor.userId, ctx.now);
    return { changes: { chase_count: count }, data: { note: b.note, count, told } };
  });
}

/** REP-3: a repair is reported done only once its urgency and charge are decided; the refusal names what is missing. */
function requireRepairDecided(t: ActContext['ticket']): void {
  const missing = undecidedBeforeCompletion({ urgency: t.urgency, charge: t.charge, priceFen: t.price_fen });
  if (missing.length === 0) return;
  throw new AppError('UNPROCESSABLE', {
    key: 'ticket.repair_undecided',
    fields: missing.map((path) => ({ path, key: `ticket.${path}_undecided` })),
    details: { missing },
  });
}

/** REP-5 / CMP-7: the department reports the work done. */
export function complete(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'complete'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'complete', b.version, async (ctx) => {
    await requireDepartmentWork(ctx.trx, actor, ctx.ticket, 'ticket.work');
    if (ctx.ticket.kind === 'repair') requireRepairDecided(ctx.ticket);
    return {
      changes: { completed_at: ctx.now.toISOString() },
      data: { workDone: b.workDone, materials: b.materials },
      // A complaint is solved when the department reports back (CMP-6/CMP-7).
      after: () =>
        meetDeadlines(
          ctx.trx,
          projectId,
          ticketId,
          ctx.ticket.kind === 'complaint' ? ['resolve'] : [],
          ctx.now,
        ),
    };
  });
}

/**
 * REP-5: the customer tries the repair and signs (on screen, or on paper); CMP-7/REQ-2: the
 * answer given to the customer is recorded with its time. Then the callback is due (REP-6, CMP-9).
 */
export function confirm(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'confirm'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'confirm', b.version, async (ctx) => {
    requireAccess({ actor, permission: 'ticket.desk', projectId });
    const t = ctx.ticket;
    let signatureId: string | null = null;
    if (t.kind === 'repair') {
      if (!b.signature && !b.signedOnPaper) throw unprocessable('ticket.signature_needed', {}, 'signature');
    } else if (!b.answer) {
      throw unprocessable('ticket.answer_needed', {}, 'answer');
    }
    if (t.kind === 'complaint' && t.written === 1 && !(await hasEvent(ctx, 'written_reply')))
      throw unprocessable('ticket.written_reply_needed', {}, 'answer');
    return {
      changes: { answered_at: ctx.now.toISOString() },
      data: {
        signedOnPaper: b.signedOnPaper ?? false,
        signerName: b.signerName ?? t.customer_name,
        answer: b.answer,
        hasSignature: !!b.signature,
      },
      after: async () => {
        if (b.signature) {
          signatureId = newId(ctx.now.getTime());
          const data = Buffer.from(b.signature.slice(b.signature.indexOf(',') + 1), 'base64');
          await ticketsDb(ctx.trx)
            .insertInto('attachments')
            .values({
              project_id: projectId,
              attachment_id: signatureId,
              ticket_id: ticketId,
              kind: 'signature',
              mime: 'image/png',
              size: data.length,
              data,
              created_by: actor.userId,
              created_at: ctx.now.toISOString(),
            })
            .execute();
        }
        await meetDeadlines(ctx.trx, projectId, ticketId, ['answer', 'resolve'], ctx.now);
        await openDeadlines(
          ctx.trx,
          projectId,
          ticketId,
          [callbackDeadline(t.kind as TicketKind, ctx.now, ctx.cal)],
          ctx.now,
        );
      },
    };
  });
}

/** REP-5: unsatisfied → rework (返修) on the same ticket. */
export function rework(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'rework'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'rework', b.version, async (ctx) => {
    requireAccess({ actor, permission: 'ticket.desk', projectId });
    return {
      changes: { rework_count: ctx.ticket.rework_count + 1, completed_at: null },
      data: { reason: b.reason },
      after: () => meetDeadlines(ctx.trx, projectId, ticketId, ['callback'], ctx.now),
    };
  });
}

/**
 * CBK-1, CMP-9: resolved? satisfied? other opinions? A satisfied customer closes the ticket;
 * otherwise it stays in callback and another callback is due the next day, until satisfied.
 */
export function callback(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'callback'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'callback', b.version, async (ctx) => {
    requireAccess({ actor, permission: 'ticket.desk', projectId });
    if (b.reached && !b.satisfaction) throw unprocessable('ticket.satisfaction_needed', {}, 'satisfaction');
    const satisfied =
      b.reached && b.resolved && (b.satisfaction === 'satisfied' || b.satisfaction === 'basically');
    const t = ctx.ticket;
    if (satisfied && t.kind === 'complaint' && t.written === 1 && !(await hasEvent(ctx, 'corrective_action')))
      throw unprocessable('ticket.corrective_needed', {}, 'satisfaction');
    const closes = satisfied;
    return {
      to: closes ? 'closed' : 'callback',
      changes: { satisfaction: b.reached ? b.satisfaction! : t.satisfaction },
      data: {
        reached: b.reached,
        resolved: b.resolved,
        satisfaction: b.satisfaction ?? 'unreached',
        opinion: b.opinion,
        closes,
      },
      after: async () => {
        await ticketsDb(ctx.trx)
          .insertInto('ticket_callbacks')
          .values({
            project_id: projectId,
            callback_id: newId(ctx.now.getTime()),
            ticket_id: ticketId,
            at: ctx.now.toISOString(),
            by_id: actor.userId,
            reached: b.reached ? 1 : 0,
            resolved: b.resolved ? 1 : 0,
            satisfaction: b.reached ? b.satisfaction! : 'unreached',
            opinion: b.opinion,
          })
          .execute();
        if (closes) {
          await meetDeadlines(ctx.trx, projectId, ticketId, ['callback'], ctx.now);
          await cancelOpenDeadlines(ctx.trx, projectId, ticketId, ctx.now);
        } else if (b.reached) {
          // Reached but not satisfied: this callback is done; the next one is due in a day (CMP-9).
          await meetDeadlines(ctx.trx, projectId, ticketId, ['callback'], ctx.now);
          await openDeadlines(
            ctx.trx,
            projectId,
            ticketId,
            [{ kind: 'callback', dueAt: addClockMinutes(ctx.now, CALLBACK_MINUTES) }],
            ctx.now,
          );
        }
      },
    };
  });
}

/** CMP-2: an invalid complaint still gets a polite explanation and is closed with it. */
export function closeInvalid(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'close_invalid'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'close_invalid', b.version, async (ctx) => {
    requireAccess({ actor, permission: 'complaint.classify', projectId });
    return {
      changes: { validity: 'invalid', level: null, answered_at: ctx.now.toISOString() },
      data: { explanation: b.explanation },
      after: async () => {
        await cancelOpenDeadlines(ctx.trx, projectId, ticketId, ctx.now);
        await settleComplaintAlerts(ctx.trx, ctx.ticket, ctx.now);
      },
    };
  });
}

/** TKT-4: cancelling keeps the ticket and its whole timeline. */
export function cancel(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'cancel'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'cancel', b.version, async (ctx) => {
    requireAccess({ actor, permission: 'ticket.cancel', projectId });
    return {
      data: { reason: b.reason },
      after: () => cancelOpenDeadlines(ctx.trx, projectId, ticketId, ctx.now),
    };
  });
}

/** Waiting on the customer (moved appointment, customer-supplied parts): the clock stops. */
export function pause(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'pause'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'pause', b.version, async (ctx) => {
    if (!canAccess(actor, 'ticket.desk', projectId))
      await requireDepartmentWork(ctx.trx, actor, ctx.ticket, 'ticket.work');
    return { changes: { paused_since: ctx.now.toISOString() }, data: { reason: b.reason, note: b.note } };
  });
}

/** The pause ends: every open deadline moves by the time paused; the total is kept for reports. */
export function resume(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'resume'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'resume', b.version, async (ctx) => {
    if (!canAccess(actor, 'ticket.desk', projectId))
      await requireDepartmentWork(ctx.trx, actor, ctx.ticket, 'ticket.work');
    const pausedMs = ctx.now.getTime() - new Date(ctx.ticket.paused_since!).getTime();
    const minutes = Math.round(pausedMs / 60_000);
    return {
      changes: { paused_since: null, paused_minutes: ctx.ticket.paused_minutes + minutes },
      data: { pausedMinutes: minutes, note: b.note },
      after: async () => {
        for (const d of await listOpenDeadlines(ctx.trx, projectId, ticketId)) {
          await moveDeadline(
            ctx.trx,
            projectId,
            ticketId,
            d.deadline_id,
            new Date(new Date(d.due_at).getTime() + pausedMs),
            ctx.now,
          );
        }
      },
    };
  });
}

/** TKT-2: ownership moves only by an explicit hand-over, by the owner or a supervisor. */
export function handOver(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'hand_over'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'hand_over', b.version, async (ctx) => {
    requireAccess({ actor, permission: 'ticket.desk', projectId });
    if (ctx.ticket.owner_id !== actor.userId && !canAccess(actor, 'ticket.cancel', projectId))
      throw new AppError('FORBIDDEN', { params: { permission: 'ticket.hand_over' } });
    const member = await ctx.trx
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.user_id', 'm.user_id')
      .select('m.user_id')
      .where('m.project_id', '=', projectId)
      .where('m.user_id', '=', b.toUserId)
      .where('u.active', '=', 1)
      .executeTakeFirst();
    if (!member) throw unprocessable('ticket.not_assignable', {}, 'toUserId');
    return {
      changes: { owner_id: b.toUserId },
      data: { from: ctx.ticket.owner_id, to: b.toUserId, note: b.note },
    };
  });
}

/** TKT-6: extending a deadline needs the level named in CMP-6 and a reason — and is never granted by the ticket's holder or its worker to themselves (ORG-2). */
export function extend(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'extend'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'extend', b.version, async (ctx) => {
    const roles = extensionApproverRoles(ctx.ticket.level as ComplaintLevel | null);
    const held = actor.roles.get(projectId) ?? [];
    if (!actor.isCompanyAdmin && !held.some((r) => roles.includes(r))) {
      throw new AppError('FORBIDDEN', {
        key: 'ticket.extend_not_allowed',
        params: { roles: roles.join(' / ') },
      });
    }
    await requireSeparateApprover(ctx.trx, {
      requesters: [ctx.ticket.owner_id, ctx.ticket.assignee_id],
      approver: actor.userId,
    });
    const open = (await listOpenDeadlines(ctx.trx, projectId, ticketId)).find((d) => d.kind === b.deadline);
    if (!open) throw unprocessable('ticket.no_such_deadline', {}, 'deadline');
    const newDue = new Date(b.newDueAt);
    if (newDue <= new Date(open.due_at)) throw unprocessable('ticket.extend_earlier', {}, 'newDueAt');
    return {
      data: {
        deadline: b.deadline as DeadlineKind,
        from: open.due_at,
        to: newDue.toISOString(),
        reason: b.reason,
        approvedBy: actor.userId,
      },
      after: () => moveDeadline(ctx.trx, projectId, ticketId, open.deadline_id, newDue, ctx.now),
    };
  });
}

export function comment(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'comment'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'comment', b.version, async () => ({
    data: { text: b.text },
    keepVersion: true,
  }));
}

/** CMP-8: the written reply (客户建议/意见受理回复表) for a written complaint. */
export function writtenReply(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'written_reply'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'written_reply', b.version, async (ctx) => {
    requireAccess({ actor, permission: 'ticket.desk', projectId });
    if (ctx.ticket.written !== 1) throw unprocessable('ticket.not_complaint', {}, 'written');
    return { data: { handling: b.handling, result: b.result } };
  });
}

/** CMP-8: the department's corrective/preventive action report (纠正/预防措施报告). */
export function correctiveAction(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: Body<'corrective_action'>,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'corrective_action', b.version, async (ctx) => {
    if (!canAccess(actor, 'ticket.desk', projectId))
      await requireDepartmentWork(ctx.trx, actor, ctx.ticket, 'ticket.work');
    return { data: { cause: b.cause, corrective: b.corrective, preventive: b.preventive } };
  });
}
