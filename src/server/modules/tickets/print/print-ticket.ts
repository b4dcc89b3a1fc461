/**
 * The printed form of a ticket, by kind: a repair prints as its work order (REP-1), a
 * complaint or a request/suggestion as the reply form (CMP-8). Inquiries and messages
 * have no paper form.
 */
import { AppError } from '../../../platform/errors.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { loadPrintData } from './print-data.ts';
import { renderWorkOrder } from './work-order.ts';
import { renderWrittenReply } from './written-reply.ts';

export async function printTicket(
  deps: Deps,
  actor: Actor,
  projectId: string,
  ticketId: string,
  locale: Locale,
): Promise<string> {
  const data = await loadPrintData(deps, actor, projectId, ticketId);
  const now = deps.clock.now();
  switch (data.ticket.kind) {
    case 'repair':
      return renderWorkOrder(data, locale, now);
    case 'complaint':
    case 'request':
      return renderWrittenReply(data, locale, now);
    default:
      throw new AppError('UNPROCESSABLE', {
        key: 'report.no_print_form',
        params: { kind: data.ticket.kind },
      });
  }
}
