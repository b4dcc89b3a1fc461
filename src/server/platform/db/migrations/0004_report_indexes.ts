/**
 * Indexes for the weekly report (RPT-1; ARCHITECTURE target: < 200 ms at 1 M tickets).
 * Tickets received in a week are found by tickets_received; these serve what is counted by
 * when it happened: completions (tickets.completed_at) and timeline events in the week
 * (entering 'callback', rework — ticket_events.at). Without them both are full scans.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createIndex('tickets_completed')
    .on('tickets')
    .columns(['project_id', 'completed_at'])
    .execute();
  await db.schema.createIndex('ticket_events_at').on('ticket_events').columns(['project_id', 'at']).execute();
}
