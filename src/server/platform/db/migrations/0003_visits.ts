/**
 * Proactive customer visits (客户访问, CBK-3): the visit record (访问客户记录表) — who was
 * visited, by whom, when, in person or by phone, what they said, and the ticket an opinion
 * became. Keys lead with project_id like every project table.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import { columnTypes } from '../columns.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema
    .createTable('customer_visits')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('visit_id', t.id, (c) => c.notNull())
    .addColumn('customer_id', t.id)
    .addColumn('customer_name', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit_id', t.id)
    .addColumn('visited_by', t.id, (c) => c.notNull().references('users.user_id'))
    .addColumn('visited_at', t.instant, (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull()) // visit | phone
    .addColumn('opinions', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('ticket_id', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_visits_pk', ['project_id', 'visit_id'])
    .addForeignKeyConstraint('customer_visits_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .addForeignKeyConstraint('customer_visits_unit', ['project_id', 'unit_id'], 'units', [
      'project_id',
      'unit_id',
    ])
    .addForeignKeyConstraint('customer_visits_ticket', ['project_id', 'ticket_id'], 'tickets', [
      'project_id',
      'ticket_id',
    ])
    .execute();
  // The month's progress and the visit list read by time; a customer's history by customer.
  await db.schema
    .createIndex('customer_visits_at')
    .on('customer_visits')
    .columns(['project_id', 'visited_at'])
    .execute();
  await db.schema
    .createIndex('customer_visits_customer')
    .on('customer_visits')
    .columns(['project_id', 'customer_id'])
    .execute();
}
