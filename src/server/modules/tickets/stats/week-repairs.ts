/**
 * Weekly repair figures (RPT-1, REP-2, REP-5, REP-7): received by urgency, completed,
 * reworked, and the paid repairs completed in the week with their total in fen — what
 * goes to the month's bills (FEE-4).
 */
import { sql, type RawBuilder } from 'kysely';
import { num, type WeekWindow } from './week-window.ts';
import type { RepairSection } from './stats.contract.ts';

export type { RepairSection } from './stats.contract.ts';

const when = (cond: RawBuilder<unknown>) => sql<number>`sum(case when ${cond} then 1 else 0 end)`;

export async function repairSection(w: WeekWindow): Promise<RepairSection> {
  const live = sql`state <> 'cancelled'`;
  const received = await w.db
    .selectFrom('tickets')
    .select([
      when(live).as('received'),
      when(sql`state = 'cancelled'`).as('cancelled'),
      when(sql`${live} and urgency = 'urgent'`).as('urgent'),
      when(sql`${live} and urgency = 'scheduled'`).as('scheduled'),
      when(sql`is_open = 1`).as('still_open'),
    ])
    .where('project_id', '=', w.projectId)
    .where('kind', '=', 'repair')
    .where('received_at', '>=', w.start)
    .where('received_at', '<', w.end)
    .executeTakeFirstOrThrow();
  const completed = await w.db
    .selectFrom('tickets')
    .select([
      (eb) => eb.fn.countAll().as('completed'),
      when(sql`charge = 'paid'`).as('paid'),
      sql<number>`coalesce(sum(case when charge = 'paid' then price_fen else 0 end), 0)`.as('paid_fen'),
    ])
    .where('project_id', '=', w.projectId)
    .where('kind', '=', 'repair')
    .where('state', '<>', 'cancelled')
    .where('completed_at', '>=', w.start)
    .where('completed_at', '<', w.end)
    .executeTakeFirstOrThrow();
  const reworked = await w.db
    .selectFrom('ticket_events as e')
    .innerJoin('tickets as t', (j) =>
      j.onRef('t.project_id', '=', 'e.project_id').onRef('t.ticket_id', '=', 'e.ticket_id'),
    )
    .select([sql<number>`count(distinct e.ticket_id)`.as('tickets'), (eb) => eb.fn.countAll().as('events')])
    .where('e.project_id', '=', w.projectId)
    .where('e.type', '=', 'rework')
    .where('e.at', '>=', w.start)
    .where('e.at', '<', w.end)
    .where('t.kind', '=', 'repair')
    .executeTakeFirstOrThrow();
  const r = {
    received: num(received.received),
    urgent: num(received.urgent),
    scheduled: num(received.scheduled),
  };
  return {
    ...r,
    cancelled: num(received.cancelled),
    unclassified: r.received - r.urgent - r.scheduled,
    stillOpen: num(received.still_open),
    completed: num(completed.completed),
    reworked: num(reworked.tickets),
    reworks: num(reworked.events),
    paidCount: num(completed.paid),
    paidFen: num(completed.paid_fen),
  };
}
