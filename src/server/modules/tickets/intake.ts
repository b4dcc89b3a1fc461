/**
 * Intake (TKT-1, TKT-2): the receiver records the request and owns it to the end. What is
 * settled on the spot is settled; everything else must be forwarded within 10 minutes
 * (TKT-3). A double-submitted intake with the same Idempotency-Key makes one ticket: the
 * key is the caller's own and bound to the form as sent (platform/http/idempotency.ts), so
 * a repeat returns the first ticket, another form under the same key is refused, and
 * another user's key is just theirs. A ticket made from another record (a visit) carries
 * that record as its source key instead, whoever submits it.
 * The contact phone is a whole number (typed, or from the caller's archive when the digits
 * typed are its tail); recording a caller never links them to the unit (CUS-1, CUS-3).
 */
import { AppError, unprocessable } from '../../platform/errors.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { loadWorkCalendar } from '../../platform/calendar/index.ts';
import { normalizePhone } from '../customers/index.ts';
import { resolveContactPhone } from '../customers/index.ts';
import { callbackDeadline, forwardDeadline, requestDeadline, type DueDeadline } from './deadline-rules.ts';
import { nextState } from './states.ts';
import { appendEvent, getTicketRow, nextTicketNumber, type TicketRow } from './ticket-repo.ts';
import { openDeadlines } from './deadline-store.ts';
import { alertComplaintToClassify } from './people-notices.ts';
import type { IntakeInput, TicketDto } from './contract.ts';
import { toTicketDtos } from './ticket-dto.ts';
import { announce } from '../../platform/events/announce.ts';
import { priorResult, rememberResult, type IdempotentRequest } from '../../platform/http/idempotency.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { requireSeeTicket } from './ticket-access.ts';

/** Input rules the schema cannot express; all checked before anything is written. */
function checkIntake(input: IntakeInput, now: Date): void {
  const needsPlace = input.kind === 'repair' || input.kind === 'complaint' || input.kind === 'request';
  if (needsPlace && !input.unitId && !input.publicArea)
    throw unprocessable('ticket.unit_or_area', {}, 'unitId');
  if (input.appointmentAt && new Date(input.appointmentAt) <= now)
    throw unprocessable('ticket.appointment_past', {}, 'appointmentAt');
  if ((input.urgency || input.appointmentAt) && input.kind !== 'repair')
    throw unprocessable('ticket.not_repair', {}, 'urgency');
  if (input.urgency === 'scheduled' && !input.appointmentAt)
    throw unprocessable('ticket.appointment_required', {}, 'appointmentAt');
  if (input.written && input.kind !== 'complaint' && input.kind !== 'request')
    throw unprocessable('ticket.not_complaint', {}, 'written');
}

export interface IntakeOnce {
  /** The caller's Idempotency-Key, bound to them and to this request. */
  request?: IdempotentRequest | null;
  /** The record this ticket is made from (e.g. `visit:<id>`): one ticket per source, whoever submits. */
  sourceKey?: string;
}

/** The ticket an earlier submit of the same intake made, if any; a key reused for another form is 422. */
async function madeBefore(deps: Deps, projectId: string, once: IntakeOnce): Promise<string | null> {
  if (once.request) return priorResult(deps.db.k, once.request);
  if (!once.sourceKey) return null;
  const row = await deps.db.k
    .selectFrom('tickets')
    .select('ticket_id')
    .where('project_id', '=', projectId)
    .where('idem_key', '=', once.sourceKey)
    .executeTakeFirst();
  return row?.ticket_id ?? null;
}

/** A replay shows the ticket only if the caller may still see it now. */
async function replay(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
): Promise<{ ticket: TicketDto; replayed: boolean }> {
  const row = await getTicketRow(deps.db.k, projectId, ticketId);
  await requireSeeTicket(deps.db.k, actor, row);
  return { ticket: (await toTicketDtos(deps.db.k, [row], actor))[0]!, replayed: true };
}

export async function intakeTicket(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: IntakeInput,
  once: IntakeOnce = {},
): Promise<{ ticket: TicketDto; replayed: boolean }> {
  requireAccess({ actor, permission: 'ticket.create', projectId });
  const now = deps.clock.now();
  const earlier = await madeBefore(deps, projectId, once);
  if (earlier) return replay(deps, actor, projectId, earlier);
  checkIntake(input, now);
  const cal = await loadWorkCalendar(deps.db.k, projectId);
  const ticketId = newId(now.getTime());
  let saved: TicketRow | null = null;
  try {
    await deps.db.k.transaction().execute(async (trx) => {
      // First, so a concurrent twin stops here (its key is taken) before writing anything.
      if (once.request) await rememberResult(trx, once.request, ticketId, now);
      let buildingId: string | null = null;
      if (input.unitId) {
        const unit = await trx
          .selectFrom('units')
          .select(['building_id'])
          .where('project_id', '=', projectId)
          .where('unit_id', '=', input.unitId)
          .executeTakeFirst();
        if (!unit)
          throw new AppError('UNPROCESSABLE', {
            key: 'error.NOT_FOUND',
            params: { what: 'what.unit' },
            fields: [{ path: 'unitId', key: 'error.NOT_FOUND', params: { what: 'what.unit' } }],
          });
        buildingId = unit.building_id;
      }
      if (input.customerId) {
        const c = await trx
          .selectFrom('customers')
          .select('customer_id')
          .where('project_id', '=', projectId)
          .where('customer_id', '=', input.customerId)
          .executeTakeFirst();
        if (!c)
          throw new AppError('UNPROCESSABLE', {
            key: 'error.NOT_FOUND',
            params: { what: 'what.customer' },
            fields: [{ path: 'customerId', key: 'error.NOT_FOUND', params: { what: 'what.customer' } }],
          });
      }
      // The ticket keeps a number the engineer can call (TKT-1): the caller's whole number, or the archived one the digits typed end with.
      const contact = await resolveContactPhone(
        trx,
        projectId,
        input.customerId,
        input.contactPhone,
        'contactPhone',
      );
      const settled = input.settleNote !== undefined;
      const state = settled ? nextState('settle', input.kind, 'new', false)! : 'new';
      const row: TicketRow = {
        project_id: projectId,
        ticket_id: ticketId,
        number: await nextTicketNumber(trx, projectId, input.kind, now, cal.timeZone),
        kind: input.kind,
        channel: input.channel,
        state,
        is_open: state === 'closed' ? 0 : 1,
        customer_id: input.customerId ?? null,
        customer_name: input.customerName,
        company: input.company,
        contact_phone: contact,
        phone_norm: normalizePhone(contact),
        unit_id: input.unitId ?? null,
        building_id: buildingId,
        public_area: input.publicArea ?? '',
        description: input.description,
        event_at: input.eventAt ? new Date(input.eventAt).toISOString() : null,
        urgency: input.urgency ?? null,
        appointment_at: input.appointmentAt ? new Date(input.appointmentAt).toISOString() : null,
        charge: null,
        price_fen: null,
        price_agreed_at: null,
        materials_check: null,
        validity: null,
        level: null,
        complaint_type: null,
        direct_impact: 0,
        written: input.written ? 1 : 0,
        event_key: null,
        promised_at: input.promisedAt ? new Date(input.promisedAt).toISOString() : null,
        receiver_id: actor.userId,
        owner_id: actor.userId,
        department_id: null,
        assignee_id: null,
        received_at: now.toISOString(),
        forwarded_at: null,
        picked_up_at: null,
        completed_at: settled ? now.toISOString() : null,
        answered_at: settled ? now.toISOString() : null,
        closed_at: state === 'closed' ? now.toISOString() : null,
        paused_since: null,
        paused_minutes: 0,
        next_due_at: null,
        next_due_kind: null,
        escalation: 0,
        forward_late: 0,
        chase_count: 0,
        rework_count: 0,
        satisfaction: null,
        idem_key: once.sourceKey ?? null,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
        version: 1,
      };
      const deadlines: DueDeadline[] = [];
      if (settled) {
        if (state === 'callback') deadlines.push(callbackDeadline(input.kind, now, cal));
      } else {
        deadlines.push(forwardDeadline(now));
        if (input.kind === 'request')
          deadlines.push(requestDeadline(now, row.promised_at ? new Date(row.promised_at) : null));
      }
      // The queue's next deadline is known here; writing it with the row saves a read and an update.
      const first = [...deadlines].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
      row.next_due_at = first?.dueAt.toISOString() ?? null;
      row.next_due_kind = first?.kind ?? null;
      const { version: _v, ...insertable } = row;
      await trx.insertInto('tickets').values(insertable).execute();
      await appendEvent(trx, projectId, ticketId, {
        type: 'received',
        actorId: actor.userId,
        at: now,
        toState: 'new',
        data: { channel: input.channel, kind: input.kind },
      });
      if (settled)
        await appendEvent(trx, projectId, ticketId, {
          type: 'settle',
          actorId: actor.userId,
          at: now,
          fromState: 'new',
          toState: state,
          data: { note: input.settleNote },
        });
      await openDeadlines(trx, projectId, ticketId, deadlines, now);
      const forwardBy = deadlines.find((d) => d.kind === 'forward');
      if (input.kind === 'complaint' && forwardBy)
        await alertComplaintToClassify(trx, row, forwardBy.dueAt, actor.userId, now);
      saved = row;
    });
  } catch (err) {
    // Two submissions racing: the unique key lets one in; the other replays it (or is 422 if it sent another form).
    if (isUniqueViolation(err)) {
      const winner = await madeBefore(deps, projectId, once);
      if (winner) return replay(deps, actor, projectId, winner);
    }
    throw err;
  }
  await announce(deps, projectId, 'ticket.created', ticketId);
  return { ticket: (await toTicketDtos(deps.db.k, [saved!], actor))[0]!, replayed: false };
}
