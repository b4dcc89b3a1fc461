/** SQL of customer visits: one query shape for the list and for a single visit. */
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import type { VisitChannel } from './visit-rules.ts';
import type { VisitDto } from './visits.contract.ts';
import { ticketsDb } from '../tables.ts';

/** Visits of a project with the names staff read: unit code, visitor, ticket number. */
export function selectVisits(db: DbOrTrx, projectId: string) {
  return ticketsDb(db)
    .selectFrom('customer_visits as v')
    .leftJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'v.project_id').onRef('u.unit_id', '=', 'v.unit_id'),
    )
    .leftJoin('users as s', 's.user_id', 'v.visited_by')
    .leftJoin('tickets as t', (j) =>
      j.onRef('t.project_id', '=', 'v.project_id').onRef('t.ticket_id', '=', 'v.ticket_id'),
    )
    .select([
      'v.visit_id',
      'v.customer_id',
      'v.customer_name',
      'v.company',
      'v.unit_id',
      'u.code',
      'v.visited_by',
      's.display_name',
      'v.visited_at',
      'v.channel',
      'v.opinions',
      'v.ticket_id',
      't.number',
      'v.created_at',
    ])
    .where('v.project_id', '=', projectId);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectVisits>['execute']>>[number];

export function toVisitDto(r: Row): VisitDto {
  return {
    visitId: r.visit_id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    company: r.company,
    unitId: r.unit_id,
    unitCode: r.code,
    visitedBy: r.visited_by,
    visitedByName: r.display_name,
    visitedAt: r.visited_at,
    channel: r.channel as VisitChannel,
    opinions: r.opinions,
    ticketId: r.ticket_id,
    ticketNumber: r.number,
    createdAt: r.created_at,
  };
}

export async function findVisit(
  db: DbOrTrx,
  projectId: string,
  visitId: string,
): Promise<VisitDto | undefined> {
  const r = await selectVisits(db, projectId).where('v.visit_id', '=', visitId).executeTakeFirst();
  return r && toVisitDto(r);
}
