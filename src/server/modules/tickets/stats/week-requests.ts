/**
 * REQ-3 weekly summary of requests and suggestions: received in the week, answered on time
 * (the REQ-2 'answer' deadline kept) or late, and how many are still open now.
 */
import { countOutcomes, deadlineOutcome, type DeadlineRecord, type OutcomeCounts } from './stats-rules.ts';
import type { WeekWindow } from './week-window.ts';
import type { RequestSection } from './stats.contract.ts';

export type { RequestSection } from './stats.contract.ts';

export async function requestSection(w: WeekWindow): Promise<RequestSection> {
  const tickets = await w.db
    .selectFrom('tickets')
    .select(['ticket_id', 'state', 'is_open', 'answered_at'])
    .where('project_id', '=', w.projectId)
    .where('kind', '=', 'request')
    .where('received_at', '>=', w.start)
    .where('received_at', '<', w.end)
    .execute();
  const live = tickets.filter((t) => t.state !== 'cancelled');
  // A join, not an id list: a busy project's week can hold more requests than a query may bind.
  const deadlines = await w.db
    .selectFrom('tickets as t')
    .innerJoin('ticket_deadlines as d', (j) =>
      j.onRef('d.project_id', '=', 't.project_id').onRef('d.ticket_id', '=', 't.ticket_id'),
    )
    .select(['d.ticket_id', 'd.status', 'd.due_at', 'd.met_at', 'd.breached_at'])
    .where('t.project_id', '=', w.projectId)
    .where('t.kind', '=', 'request')
    .where('t.received_at', '>=', w.start)
    .where('t.received_at', '<', w.end)
    .where('d.kind', '=', 'answer')
    .execute();
  const byTicket = new Map<string, DeadlineRecord[]>();
  for (const d of deadlines)
    byTicket.set(d.ticket_id, [
      ...(byTicket.get(d.ticket_id) ?? []),
      { status: d.status, dueAt: d.due_at, metAt: d.met_at, breachedAt: d.breached_at },
    ]);
  const outcomes = live.map((t) => {
    const own = byTicket.get(t.ticket_id);
    // Answered on the spot at intake: no deadline was ever set, and none was needed.
    if (!own) return t.answered_at ? 'met' : null;
    return deadlineOutcome(own, w.now);
  });
  return {
    received: live.length,
    cancelled: tickets.length - live.length,
    answered: live.filter((t) => t.answered_at !== null).length,
    stillOpen: live.filter((t) => t.is_open === 1).length,
    ...countOutcomes(outcomes),
  };
}
