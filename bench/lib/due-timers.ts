/**
 * Makes K deadline timers due now, as after a quiet spell: K open deadlines of open tickets,
 * picked at random among those still in the future, are moved to within the last hour — the
 * deadline, its pending timer and the ticket's next_due_at alike — so the next sweeps find
 * exactly these K due, each pointing at a real open ticket's deadline.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/server/platform/db/schema.ts';
import { DEADLINE_TIMER } from '../../src/server/modules/tickets/deadline-store.ts';
import type { Random } from './seeded-random.ts';

const HOUR = 3_600_000;

/** Returns the ids of the deadlines made due, in no particular order. */
export async function armDueTimers(
  db: Kysely<Database>,
  projectId: string,
  count: number,
  now: Date,
  rnd: Random,
): Promise<string[]> {
  // Not ones about to fall due by themselves: those would join the sweep uninvited.
  const from = new Date(now.getTime() + 5 * 60_000).toISOString();
  const picked = await db
    .selectFrom('ticket_deadlines as d')
    .innerJoin('timers as t', (j) =>
      j
        .onRef('t.project_id', '=', 'd.project_id')
        .on('t.kind', '=', DEADLINE_TIMER)
        // dedupe_key is text and deadline_id a uuid on PostgreSQL: compare as text.
        .on((eb) => eb('t.dedupe_key', '=', eb.cast<string>('d.deadline_id', 'text'))),
    )
    .select(['d.deadline_id', 'd.ticket_id'])
    .where('d.project_id', '=', projectId)
    .where('d.status', '=', 'open')
    .where('d.due_at', '>', from)
    .where('t.status', '=', 'pending')
    .orderBy(sql`random()`)
    .limit(count)
    .execute();
  if (picked.length < count)
    throw new Error(`only ${picked.length} open deadlines with a pending timer to make due, ${count} wanted`);
  await db.transaction().execute(async (trx) => {
    for (const p of picked) {
      const dueAt = new Date(now.getTime() - rnd.between(60_000, HOUR)).toISOString();
      await trx
        .updateTable('ticket_deadlines')
        .set({ due_at: dueAt })
        .where('project_id', '=', projectId)
        .where('deadline_id', '=', p.deadline_id)
        .execute();
      await trx
        .updateTable('timers')
        .set({ due_at: dueAt })
        .where('project_id', '=', projectId)
        .where('kind', '=', DEADLINE_TIMER)
        .where('dedupe_key', '=', p.deadline_id)
        .execute();
      await trx
        .updateTable('tickets')
        .set({ next_due_at: dueAt })
        .where('project_id', '=', projectId)
        .where('ticket_id', '=', p.ticket_id)
        .execute();
    }
  });
  return picked.map((p) => p.deadline_id);
}
