/**
 * Stored deadlines of a ticket and their timers. Each open deadline has one timer
 * ('ticket.deadline', dedupe key = deadline id); the ticket's next_due_at is the earliest
 * open deadline, which is what the queue sorts and counts down on.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { cancelTimers, cancelTimersByKeyPrefix, scheduleTimer } from '../../platform/timers/schedule.ts';
import type { DeadlineKind, DueDeadline } from './deadline-rules.ts';

export const DEADLINE_TIMER = 'ticket.deadline';

export async function openDeadlines(
  db: DbOrTrx,
  projectId: string,
  ticketId: string,
  deadlines: DueDeadline[],
  now: Date,
): Promise<void> {
  for (const d of deadlines) {
    const deadlineId = newId(now.getTime());
    await db
      .insertInto('ticket_deadlines')
      .values({
        project_id: projectId,
        deadline_id: deadlineId,
        ticket_id: ticketId,
        kind: d.kind,
        due_at: d.dueAt.toISOString(),
        original_due_at: d.dueAt.toISOString(),
        status: 'open',
        met_at: null,
        breached_at: null,
        created_at: now.toISOString(),
      })
      .execute();
    await scheduleTimer(db, {
      projectId,
      kind: DEADLINE_TIMER,
      entityType: 'ticket',
      entityId: ticketId,
      dedupeKey: deadlineId,
      dueAt: d.dueAt,
      payload: { deadlineId },
      now,
    });
  }
}

/**
 * Outstanding deadlines: open ones, and breached ones not yet met — an overdue ticket stays
 * overdue (and on top of the queue) until the thing is actually done.
 */
const OUTSTANDING = ['open', 'breached'];

/** Marks outstanding deadlines of these kinds met (on time: 'met'; late: stays 'breached' with met_at). */
export async function meetDeadlines(
  db: DbOrTrx,
  projectId: string,
  ticketId: string,
  kinds: readonly DeadlineKind[],
  now: Date,
): Promise<void> {
  if (kinds.length === 0) return;
  const due = await db
    .selectFrom('ticket_deadlines')
    .select(['deadline_id', 'status'])
    .where('project_id', '=', projectId)
    .where('ticket_id', '=', ticketId)
    .where('status', 'in', OUTSTANDING)
    .where('met_at', 'is', null)
    .where('kind', 'in', [...kinds])
    .execute();
  if (due.length === 0) return;
  for (const d of due) {
    await db
      .updateTable('ticket_deadlines')
      .set({ status: d.status === 'open' ? 'met' : 'breached', met_at: now.toISOString() })
      .where('project_id', '=', projectId)
      .where('deadline_id', '=', d.deadline_id)
      .execute();
    await cancelTimerByKey(db, projectId, d.deadline_id);
  }
}

/** Withdraws open deadlines of these kinds (a complaint's level changed: new ones replace them). */
export async function withdrawDeadlines(
  db: DbOrTrx,
  projectId: string,
  ticketId: string,
  kinds: readonly DeadlineKind[],
  now: Date,
): Promise<void> {
  const open = await db
    .selectFrom('ticket_deadlines')
    .select(['deadline_id'])
    .where('project_id', '=', projectId)
    .where('ticket_id', '=', ticketId)
    .where('status', 'in', OUTSTANDING)
    .where('met_at', 'is', null)
    .where('kind', 'in', [...kinds])
    .execute();
  if (open.length === 0) return;
  await db
    .updateTable('ticket_deadlines')
    .set({ status: 'cancelled', met_at: now.toISOString() })
    .where('project_id', '=', projectId)
    .where(
      'deadline_id',
      'in',
      open.map((o) => o.deadline_id),
    )
    .execute();
  for (const o of open) await cancelTimerByKey(db, projectId, o.deadline_id);
}

/** Closes every open deadline (ticket closed or cancelled). Breached ones stay breached. */
export async function cancelOpenDeadlines(
  db: DbOrTrx,
  projectId: string,
  ticketId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('ticket_deadlines')
    .set({ status: 'cancelled', met_at: now.toISOString() })
    .where('project_id', '=', projectId)
    .where('ticket_id', '=', ticketId)
    .where('status', '=', 'open')
    .execute();
  await cancelTimers(db, projectId, ticketId);
}

async function cancelTimerByKey(db: DbOrTrx, projectId: string, deadlineId: string): Promise<void> {
  // A moved deadline's timers carry keys 'id@due'; all of them start with the deadline id.
  await cancelTimersByKeyPrefix(db, projectId, DEADLINE_TIMER, deadlineId);
}

/** Moves an outstanding deadline (extension TKT-6, or a pause): new due time, open again, a new timer. */
export async function moveDeadline(
  db: DbOrTrx,
  projectId: string,
  ticketId: string,
  deadlineId: string,
  dueAt: Date,
  now: Date,
): Promise<void> {
  await db
    .updateTable('ticket_deadlines')
    .set({ due_at: dueAt.toISOString(), status: dueAt > now ? 'open' : 'breached' })
    .where('project_id', '=', projectId)
    .where('deadline_id', '=', deadlineId)
    .execute();
  // A moved deadline gets a fresh timer row: the old one is cancelled, the dedupe key versioned.
  await cancelTimerByKey(db, projectId, deadlineId);
  await scheduleTimer(db, {
    projectId,
    kind: DEADLINE_TIMER,
    entityType: 'ticket',
    entityId: ticketId,
    dedupeKey: `${deadlineId}@${dueAt.toISOString()}`,
    dueAt,
    payload: { deadlineId },
    now,
  });
}

/** Outstanding deadlines (open, or breached and not yet met), earliest first. */
export async function listOpenDeadlines(db: DbOrTrx, projectId: string, ticketId: string) {
  return db
    .selectFrom('ticket_deadlines')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('ticket_id', '=', ticketId)
    .where('status', 'in', OUTSTANDING)
    .where('met_at', 'is', null)
    .orderBy('due_at')
    .execute();
}

/** The deadline kinds the queue counts down on (auto_major and escalations are internal). */
const SHOWN: readonly string[] = ['forward', 'pickup', 'answer', 'resolve', 'callback'];

/** Recomputes next_due_at/next_due_kind from the open shown deadlines. */
export async function nextDue(
  db: DbOrTrx | Transaction<Database>,
  projectId: string,
  ticketId: string,
): Promise<{ next_due_at: string | null; next_due_kind: string | null }> {
  const open = await listOpenDeadlines(db, projectId, ticketId);
  const first = open.find((d) => SHOWN.includes(d.kind));
  return { next_due_at: first?.due_at ?? null, next_due_kind: first?.kind ?? null };
}
