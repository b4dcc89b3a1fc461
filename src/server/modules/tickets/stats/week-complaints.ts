/**
 * CMP-10 weekly complaint statistics: the complaints received in the week by type × level
 * (and invalid), repeat complaints highlighted, and on-time resolution per level (RPT-2).
 * Cancelled complaints (recorded by mistake, withdrawn) are counted apart, not in the matrix.
 */
import { sql } from 'kysely';
import { COMPLAINT_LEVELS, type ComplaintLevel } from '../deadline-rules.ts';
import { maskPhone } from '../../../platform/print/format.ts';
import {
  complaintMatrix,
  countOutcomes,
  deadlineOutcome,
  findRepeats,
  REPEAT_WINDOW_DAYS,
  type ComplainantTicket,
  type DeadlineRecord,
  type MatrixRow,
  type OutcomeCounts,
} from './stats-rules.ts';
import { num, type WeekWindow } from './week-window.ts';
import type { ComplaintSection } from './stats.contract.ts';

export type { ComplaintSection } from './stats.contract.ts';

function receivedComplaints(w: WeekWindow) {
  return w.db
    .selectFrom('tickets')
    .where('project_id', '=', w.projectId)
    .where('kind', '=', 'complaint')
    .where('received_at', '>=', w.start)
    .where('received_at', '<', w.end);
}

export async function complaintSection(w: WeekWindow): Promise<ComplaintSection> {
  const counts = await receivedComplaints(w)
    .select([
      'complaint_type',
      'validity',
      'level',
      sql<number>`case when state = 'cancelled' then 1 else 0 end`.as('cancelled'),
      (eb) => eb.fn.countAll().as('n'),
    ])
    .groupBy(['complaint_type', 'validity', 'level', sql`case when state = 'cancelled' then 1 else 0 end`])
    .execute();
  const live = counts.filter((c) => num(c.cancelled) === 0);
  const { rows, totals } = complaintMatrix(
    live.map((c) => ({ complaintType: c.complaint_type, validity: c.validity, level: c.level, n: num(c.n) })),
  );
  const cancelled = counts.filter((c) => num(c.cancelled) === 1).reduce((s, c) => s + num(c.n), 0);
  return {
    received: totals.total,
    cancelled,
    matrix: rows,
    totals,
    repeat: await repeats(w),
    onTime: await onTimeByLevel(w),
  };
}

type Row = {
  ticket_id: string;
  number: string;
  customer_id: string | null;
  phone_norm: string;
  customer_name: string;
  contact_phone: string;
  received_at: string;
};
const toComplainant = (r: Row): ComplainantTicket => ({
  ticketId: r.ticket_id,
  number: r.number,
  customerId: r.customer_id,
  phoneNorm: r.phone_norm,
  customerName: r.customer_name,
  receivedAt: r.received_at,
});
const COLUMNS = [
  'ticket_id',
  'number',
  'customer_id',
  'phone_norm',
  'customer_name',
  'contact_phone',
  'received_at',
] as const;

async function repeats(w: WeekWindow): Promise<ComplaintSection['repeat']> {
  const week = await receivedComplaints(w).select(COLUMNS).where('state', '<>', 'cancelled').execute();
  const ids = [...new Set(week.map((r) => r.customer_id).filter((x): x is string => !!x))];
  const phones = [...new Set(week.map((r) => r.phone_norm).filter((p) => p !== ''))];
  if (ids.length === 0 && phones.length === 0) return { count: 0, items: [] };
  // Only the earlier complaints of this week's complainants: a bounded, indexed read.
  const since = new Date(Date.parse(w.start) - REPEAT_WINDOW_DAYS * 86_400_000).toISOString();
  const earlier = await w.db
    .selectFrom('tickets')
    .select(COLUMNS)
    .where('project_id', '=', w.projectId)
    .where('kind', '=', 'complaint')
    .where('state', '<>', 'cancelled')
    .where('received_at', '>=', since)
    .where('received_at', '<', w.end)
    .where((eb) =>
      eb.or([
        ...(ids.length ? [eb('customer_id', 'in', ids)] : []),
        ...(phones.length ? [eb('phone_norm', 'in', phones)] : []),
      ]),
    )
    .execute();
  const phoneOf = new Map(week.map((r) => [r.ticket_id, r.contact_phone]));
  const found = findRepeats(week.map(toComplainant), earlier.map(toComplainant));
  return {
    count: found.length,
    items: found.map((r) => ({
      ticketId: r.ticketId,
      number: r.number,
      customerName: r.customerName,
      phone: maskPhone(phoneOf.get(r.ticketId)),
      receivedAt: r.receivedAt,
      previous: r.previous,
    })),
  };
}

/** RPT-2 on-time resolution per level: the 'resolve' deadlines of the week's complaints. */
async function onTimeByLevel(w: WeekWindow): Promise<ComplaintSection['onTime']> {
  const rows = await w.db
    .selectFrom('tickets as t')
    .innerJoin('ticket_deadlines as d', (j) =>
      j.onRef('d.project_id', '=', 't.project_id').onRef('d.ticket_id', '=', 't.ticket_id'),
    )
    .select(['t.ticket_id', 't.level', 'd.status', 'd.due_at', 'd.met_at', 'd.breached_at'])
    .where('t.project_id', '=', w.projectId)
    .where('t.kind', '=', 'complaint')
    .where('t.state', '<>', 'cancelled')
    .where('t.validity', '=', 'valid')
    .where('t.received_at', '>=', w.start)
    .where('t.received_at', '<', w.end)
    .where('d.kind', '=', 'resolve')
    .execute();
  const byTicket = new Map<string, { level: string | null; deadlines: DeadlineRecord[] }>();
  for (const r of rows) {
    const entry = byTicket.get(r.ticket_id) ?? { level: r.level, deadlines: [] };
    entry.deadlines.push({ status: r.status, dueAt: r.due_at, metAt: r.met_at, breachedAt: r.breached_at });
    byTicket.set(r.ticket_id, entry);
  }
  // A complaint upgraded to major (CMP-4) is judged under the level it has now.
  return COMPLAINT_LEVELS.map((level) => ({
    level,
    ...countOutcomes(
      [...byTicket.values()].filter((t) => t.level === level).map((t) => deadlineOutcome(t.deadlines, w.now)),
    ),
  }));
}
