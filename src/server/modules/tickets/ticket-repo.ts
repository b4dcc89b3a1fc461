/** SQL of tickets: load, versioned update, timeline append, numbering. */
import type { Selectable } from 'kysely';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import type { TicketsTable } from '../../platform/db/schema.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { nextCounterValue } from '../../platform/db/counters.ts';
import { localDay } from '../../platform/calendar/index.ts';

export type TicketRow = Selectable<TicketsTable>;

export async function findTicket(
  db: DbOrTrx,
  projectId: string,
  ticketId: string,
): Promise<TicketRow | undefined> {
  return db
    .selectFrom('tickets')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('ticket_id', '=', ticketId)
    .executeTakeFirst();
}

export async function getTicketRow(db: DbOrTrx, projectId: string, ticketId: string): Promise<TicketRow> {
  const t = await findTicket(db, projectId, ticketId);
  if (!t) throw notFound('what.ticket');
  return t;
}

/**
 * Writes changes only if nobody saved the ticket since `version` was read (optimistic
 * locking): two clerks saving at once → the second gets 409 and nothing is overwritten.
 */
export async function updateTicket(
  db: DbOrTrx,
  t: TicketRow,
  version: number,
  changes: Partial<Omit<TicketRow, 'project_id' | 'ticket_id' | 'version'>>,
  at: Date,
): Promise<TicketRow> {
  if (version !== t.version) throw new AppError('VERSION_CONFLICT');
  const res = await db
    .updateTable('tickets')
    .set({ ...changes, updated_at: at.toISOString(), version: t.version + 1 })
    .where('project_id', '=', t.project_id)
    .where('ticket_id', '=', t.ticket_id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new AppError('VERSION_CONFLICT');
  return { ...t, ...changes, updated_at: at.toISOString(), version: t.version + 1 };
}

export interface TimelineEntry {
  type: string;
  actorId: string | null;
  at: Date;
  fromState?: string | null;
  toState?: string | null;
  data?: Record<string, unknown>;
}

/** TKT-4: the timeline only grows. There is no update or delete of ticket_events anywhere. */
export async function appendEvent(
  db: DbOrTrx,
  projectId: string,
  ticketId: string,
  e: TimelineEntry,
): Promise<void> {
  await db
    .insertInto('ticket_events')
    .values({
      project_id: projectId,
      event_id: newId(e.at.getTime()),
      ticket_id: ticketId,
      type: e.type,
      actor_id: e.actorId || null,
      at: e.at.toISOString(),
      from_state: e.fromState ?? null,
      to_state: e.toState ?? null,
      data_json: JSON.stringify(e.data ?? {}),
    })
    .execute();
}

/**
 * Ticket numbers per project per local day, e.g. BX20261125-0007 (BX 报修, TS 投诉, XQ 需求,
 * ZX 咨询, LY 留言) — what staff read out on the phone and write on the paper copy.
 */
const PREFIX: Record<string, string> = {
  repair: 'BX',
  complaint: 'TS',
  request: 'XQ',
  inquiry: 'ZX',
  message: 'LY',
};

export async function nextTicketNumber(
  db: DbOrTrx,
  projectId: string,
  kind: string,
  at: Date,
  timeZone: string,
): Promise<string> {
  const day = localDay(at, timeZone).replaceAll('-', '');
  const value = await nextCounterValue(db, projectId, `ticket:${day}`);
  return `${PREFIX[kind] ?? 'GD'}${day}-${String(value).padStart(4, '0')}`;
}
