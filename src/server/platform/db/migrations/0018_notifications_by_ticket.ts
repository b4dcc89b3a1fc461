/**
 * A ticket's notifications, found without reading the whole project's: when a complaint
 * waiting for its level is classified, the "to classify" alerts of that ticket are settled
 * for everyone who got them (CMP-2).
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createIndex('notifications_ticket')
    .on('notifications')
    .columns(['project_id', 'ticket_id', 'kind'])
    .execute();
}
