/**
 * CBK-3: "opinions become tickets". An opinion from a visit is taken in through the same
 * intake as any call (TKT-1), with the visit's customer and unit; the visit keeps the link.
 * The intake's idempotency key is the visit, so a double submit, or a retry after a crash
 * between the two writes, makes one ticket.
 */
import { AppError } from '../../../platform/errors.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { fieldIssuesFromZod } from '../../../platform/http/zod-issues.ts';
import { intakeTicket } from '../intake.ts';
import { IntakeBody } from '../contract.ts';
import { findVisit } from './visit-repo.ts';
import type { VisitDto, VisitTicketInput } from './visits.contract.ts';
import { ticketsDb } from '../tables.ts';

export async function visitToTicket(
  deps: Deps,
  actor: Actor,
  projectId: string,
  visitId: string,
  input: VisitTicketInput,
): Promise<VisitDto> {
  requireAccess({ actor, permission: 'ticket.desk', projectId });
  const visit = await findVisit(deps.db.k, projectId, visitId);
  if (!visit) throw new AppError('NOT_FOUND', { params: { what: 'what.visit' } });
  if (visit.ticketId)
    throw new AppError('CONFLICT', {
      key: 'visit.already_ticket',
      params: { number: visit.ticketNumber ?? visit.ticketId },
    });
  const description = input.description ?? visit.opinions;
  if (!description)
    throw new AppError('UNPROCESSABLE', {
      key: 'visit.no_opinions',
      fields: [{ path: 'description', key: 'visit.no_opinions' }],
    });
  // The intake's own schema fills its defaults and checks what the visit brings along.
  const parsed = IntakeBody.safeParse({
    kind: input.kind,
    // A phone visit is a call; in person, staff recorded it on the customer's behalf.
    channel: visit.channel === 'phone' ? 'phone' : 'staff',
    customerId: visit.customerId ?? undefined,
    customerName: visit.customerName,
    company: visit.company,
    contactPhone: input.contactPhone,
    unitId: visit.unitId ?? undefined,
    publicArea: input.publicArea,
    description,
    urgency: input.urgency,
    appointmentAt: input.appointmentAt,
  });
  if (!parsed.success) throw new AppError('VALIDATION', { fields: fieldIssuesFromZod(parsed.error, input) });
  const { ticket } = await intakeTicket(deps, actor, projectId, parsed.data, {
    sourceKey: `visit:${visitId}`,
  });
  await ticketsDb(deps.db.k)
    .updateTable('customer_visits')
    .set({ ticket_id: ticket.ticketId })
    .where('project_id', '=', projectId)
    .where('visit_id', '=', visitId)
    .where('ticket_id', 'is', null)
    .execute();
  return (await findVisit(deps.db.k, projectId, visitId))!;
}
