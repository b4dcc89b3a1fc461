/**
 * Classification (TKT-5): a complaint's validity and level by the supervisor (CMP-2, CMP-3),
 * with its deadlines (CMP-6) and the superior told at once for major/important (CMP-5);
 * a repair's urgency, appointment and charge (REP-2, REP-3).
 */
import type { z } from '@hono/zod-openapi';
import { AppError, unprocessable } from '../../platform/errors.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import type { Deps } from '../../platform/http/context.ts';
import { complaintDeadlines, type ComplaintLevel } from './deadline-rules.ts';
import { notifiesSuperior } from './complaint-rules.ts';
import { openDeadlines, withdrawDeadlines } from './deadline-store.ts';
import { notifyRoles } from '../../platform/notifications/index.ts';
import { noticeNowUrgent, settleComplaintAlerts } from './people-notices.ts';
import { act } from './workflow.ts';
import type { ActionBodies, TicketDto } from './contract.ts';
import type { TicketRow } from './ticket-repo.ts';

type ClassifyBody = z.infer<(typeof ActionBodies)['classify']>;

/** The superior (CS supervisor and manager, and the project manager for major) told at once (CMP-5). */
export async function notifySuperior(
  trx: DbOrTrx,
  t: TicketRow,
  level: ComplaintLevel,
  at: Date,
  reason: string,
): Promise<void> {
  if (!notifiesSuperior(level)) return;
  const roles =
    level === 'major' ? ['cs_supervisor', 'cs_manager', 'project_manager'] : ['cs_supervisor', 'cs_manager'];
  await notifyRoles(trx, {
    projectId: t.project_id,
    roles,
    kind: `complaint.${level}`,
    ticketId: t.ticket_id,
    params: { number: t.number, reason },
    at,
  });
}

/**
 * Sets a complaint's level and replaces its level deadlines (measured from receipt).
 * Deadlines of the old level that were already breached stay breached on the record.
 */
export async function applyLevel(
  trx: DbOrTrx,
  t: TicketRow,
  level: ComplaintLevel,
  directImpact: boolean,
  at: Date,
): Promise<void> {
  await withdrawDeadlines(trx, t.project_id, t.ticket_id, ['answer', 'resolve', 'auto_major'], at);
  const deadlines = complaintDeadlines(new Date(t.received_at), level, directImpact);
  // Deadlines already past at classification still count from receipt: the customer has waited.
  await openDeadlines(
    trx,
    t.project_id,
    t.ticket_id,
    t.completed_at ? deadlines.filter((d) => d.kind !== 'resolve' && d.kind !== 'auto_major') : deadlines,
    at,
  );
}

export function classify(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  b: ClassifyBody,
): Promise<TicketDto> {
  return act(deps, actor, projectId, ticketId, 'classify', b.version, async (ctx) => {
    const t = ctx.ticket;
    const changes: Partial<TicketRow> = {};
    const complaintFields =
      b.validity !== undefined ||
      b.level !== undefined ||
      b.complaintType !== undefined ||
      b.directImpact !== undefined;
    const repairFields =
      b.urgency !== undefined ||
      b.appointmentAt !== undefined ||
      b.charge !== undefined ||
      b.priceFen !== undefined ||
      b.priceId !== undefined ||
      b.materialsCheck !== undefined;
    if (complaintFields && t.kind !== 'complaint') throw unprocessable('ticket.not_complaint', {}, 'level');
    if (repairFields && t.kind !== 'repair') throw unprocessable('ticket.not_repair', {}, 'urgency');
    let newLevel: ComplaintLevel | null = null;

    if (complaintFields) {
      requireAccess({ actor, permission: 'complaint.classify', projectId });
      const validity = b.validity ?? t.validity;
      if (validity === 'invalid' && b.level) throw unprocessable('ticket.level_on_invalid', {}, 'level');
      if (validity === 'invalid') throw unprocessable('ticket.level_on_invalid', {}, 'validity'); // invalid ones are closed with an explanation (close_invalid)
      const level = (b.level ?? t.level) as ComplaintLevel | null;
      if (validity === 'valid' && !level) throw unprocessable('ticket.level_required', {}, 'level');
      changes.validity = validity;
      changes.level = level;
      if (b.complaintType) changes.complaint_type = b.complaintType;
      if (b.directImpact !== undefined) changes.direct_impact = b.directImpact ? 1 : 0;
      const levelChanged =
        level !== t.level || (b.directImpact !== undefined && (b.directImpact ? 1 : 0) !== t.direct_impact);
      if (level && levelChanged) newLevel = level;
    }

    if (repairFields) {
      requireAccess({ actor, permission: 'ticket.desk', projectId });
      const urgency = b.urgency ?? t.urgency;
      const appointment = b.appointmentAt
        ? new Date(b.appointmentAt)
        : t.appointment_at
          ? new Date(t.appointment_at)
          : null;
      if (b.appointmentAt && appointment! <= ctx.now)
        throw unprocessable('ticket.appointment_past', {}, 'appointmentAt');
      if (urgency === 'scheduled' && !appointment)
        throw unprocessable('ticket.appointment_required', {}, 'appointmentAt');
      changes.urgency = urgency;
      changes.appointment_at = appointment?.toISOString() ?? null;
      if (b.charge) {
        changes.charge = b.charge;
        if (b.charge === 'paid') {
          // REP-3: priced from the list (or a quoted price) and agreed by the customer before work starts.
          let price = b.priceFen ?? null;
          if (b.priceId) {
            const p = await ctx.trx
              .selectFrom('service_prices')
              .select('price_fen')
              .where('project_id', '=', projectId)
              .where('price_id', '=', b.priceId)
              .where('active', '=', 1)
              .executeTakeFirst();
            if (!p)
              throw new AppError('UNPROCESSABLE', {
                key: 'error.NOT_FOUND',
                params: { what: 'what.page' },
                fields: [{ path: 'priceId', key: 'field.invalid' }],
              });
            price = p.price_fen;
          }
          if (price === null || !b.customerAgreed)
            throw unprocessable('ticket.price_needed', {}, b.customerAgreed ? 'priceFen' : 'customerAgreed');
          changes.price_fen = price;
          changes.price_agreed_at = ctx.now.toISOString();
        } else {
          changes.price_fen = null;
          changes.price_agreed_at = null;
        }
      }
      if (b.materialsCheck !== undefined) changes.materials_check = b.materialsCheck;
    }

    const level = newLevel;
    return {
      changes,
      data: { ...b, version: undefined },
      after: async () => {
        if (complaintFields) await settleComplaintAlerts(ctx.trx, t, ctx.now);
        if (repairFields)
          await noticeNowUrgent(ctx.trx, t, { ...t, ...changes } as TicketRow, actor.userId, ctx.now);
        if (!level) return;
        const fresh = { ...t, ...changes } as TicketRow;
        await applyLevel(ctx.trx, fresh, level, fresh.direct_impact === 1, ctx.now);
        await notifySuperior(ctx.trx, fresh, level, ctx.now, 'classified');
      },
    };
  });
}
