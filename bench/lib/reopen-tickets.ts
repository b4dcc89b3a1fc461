/**
 * Makes more of the desk busy: `count` closed tickets, picked at random, become open again —
 * in progress with an answer or repair deadline between one hour and six days ahead and the
 * pending timer for it, as a ticket someone is working on. None of these timers is due, so
 * they only grow what a sweep must not look at.
 */
import { sql } from 'kysely';
import type { Deps } from '../../src/server/platform/http/context.ts';
import { DEADLINE_TIMER } from '../../src/server/modules/tickets/deadline-store.ts';
import { newId } from '../../src/server/platform/ids.ts';
import { progress } from './progress.ts';
import type { Random } from './seeded-random.ts';
import { fmtCount } from './stats.ts';

const CHUNK = 1_000;
const HOUR = 3_600_000;

export async function reopenTickets(
  deps: Deps,
  projectId: string,
  count: number,
  rnd: Random,
): Promise<void> {
  const k = deps.db.k;
  const closed = await k
    .selectFrom('tickets')
    .select(['ticket_id', 'kind'])
    .where('project_id', '=', projectId)
    .where('is_open', '=', 0)
    .orderBy(sql`random()`)
    .limit(count)
    .execute();
  if (closed.length < count)
    throw new Error(`only ${closed.length} closed tickets to reopen, ${count} wanted`);
  const bar = progress(`reopen ${fmtCount(count)} tickets`, count);
  for (let i = 0; i < closed.length; i += CHUNK) {
    const chunk = closed.slice(i, i + CHUNK);
    const now = deps.clock.now();
    const at = now.toISOString();
    const deadlines = chunk.map((t) => {
      const dueAt = new Date(now.getTime() + rnd.between(HOUR, 144 * HOUR)).toISOString();
      const kind = t.kind === 'repair' ? 'resolve' : 'answer';
      return {
        project_id: projectId,
        deadline_id: newId(),
        ticket_id: t.ticket_id,
        kind,
        due_at: dueAt,
        original_due_at: dueAt,
        status: 'open',
        met_at: null,
        breached_at: null,
        created_at: at,
      };
    });
    await k.transaction().execute(async (trx) => {
      await trx.insertInto('ticket_deadlines').values(deadlines).execute();
      await trx
        .insertInto('timers')
        .values(
          deadlines.map((d) => ({
            project_id: projectId,
            timer_id: newId(),
            kind: DEADLINE_TIMER,
            entity_type: 'ticket',
            entity_id: d.ticket_id,
            dedupe_key: d.deadline_id,
            due_at: d.due_at,
            payload_json: JSON.stringify({ deadlineId: d.deadline_id }),
            status: 'pending',
            attempts: 0,
            claimed_by: null,
            claimed_until: null,
            fired_at: null,
            last_error: null,
            created_at: at,
          })),
        )
        .execute();
      // The new deadline is the ticket's only open one, so it is also its next.
      await trx
        .updateTable('tickets')
        .set((eb) => {
          const openDeadline = eb
            .selectFrom('ticket_deadlines as d')
            .whereRef('d.project_id', '=', 'tickets.project_id')
            .whereRef('d.ticket_id', '=', 'tickets.ticket_id')
            .where('d.status', '=', 'open')
            .limit(1);
          return {
            is_open: 1,
            state: 'in_progress',
            completed_at: null,
            answered_at: null,
            closed_at: null,
            satisfaction: null,
            updated_at: at,
            next_due_at: openDeadline.select('d.due_at'),
            next_due_kind: openDeadline.select('d.kind'),
          };
        })
        .where('project_id', '=', projectId)
        .where(
          'ticket_id',
          'in',
          chunk.map((t) => t.ticket_id),
        )
        .execute();
    });
    bar.set(i + chunk.length);
  }
  bar.done();
}
