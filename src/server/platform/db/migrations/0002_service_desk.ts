/**
 * Service desk (TKT, REP, CMP, REQ, CBK): customers in their minimal form (the customers
 * issue adds archives to these same tables), tickets, their append-only timeline,
 * deadlines, callbacks, notifications, attachments, the paid-service price list.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import { columnTypes } from '../columns.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';

  await db.schema
    .createTable('customers')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // person | company
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('customers_pk', ['project_id', 'customer_id'])
    .execute();

  await db.schema
    .createTable('customer_phones')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('phone_norm', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull().defaultTo('mobile'))
    .addPrimaryKeyConstraint('customer_phones_pk', ['project_id', 'customer_id', 'phone_norm'])
    .addForeignKeyConstraint('customer_phones_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .execute();
  await db.schema
    .createIndex('customer_phones_lookup')
    .on('customer_phones')
    .columns(['project_id', 'phone_norm'])
    .execute();

  await db.schema
    .createTable('customer_units')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull()) // owner | tenant | occupant | staff
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_units_pk', ['project_id', 'customer_id', 'unit_id', 'relation'])
    .addForeignKeyConstraint('customer_units_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .addForeignKeyConstraint('customer_units_unit', ['project_id', 'unit_id'], 'units', [
      'project_id',
      'unit_id',
    ])
    .execute();
  await db.schema
    .createIndex('customer_units_unit')
    .on('customer_units')
    .columns(['project_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('counters')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('counters_pk', ['project_id', 'scope'])
    .execute();

  await db.schema
    .createTable('tickets')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('ticket_id', t.id, (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('is_open', 'integer', (c) => c.notNull())
    .addColumn('customer_id', t.id)
    .addColumn('customer_name', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone_norm', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit_id', t.id)
    .addColumn('building_id', t.id)
    .addColumn('public_area', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('event_at', t.instant)
    .addColumn('urgency', 'text')
    .addColumn('appointment_at', t.instant)
    .addColumn('charge', 'text')
    .addColumn('price_fen', t.bigint)
    .addColumn('price_agreed_at', t.instant)
    .addColumn('materials_check', 'text')
    .addColumn('validity', 'text')
    .addColumn('level', 'text')
    .addColumn('complaint_type', 'text')
    .addColumn('direct_impact', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('written', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('event_key', 'text')
    .addColumn('promised_at', t.instant)
    .addColumn('receiver_id', t.id, (c) => c.notNull())
    .addColumn('owner_id', t.id, (c) => c.notNull())
    .addColumn('department_id', t.id)
    .addColumn('assignee_id', t.id)
    .addColumn('received_at', t.instant, (c) => c.notNull())
    .addColumn('forwarded_at', t.instant)
    .addColumn('picked_up_at', t.instant)
    .addColumn('completed_at', t.instant)
    .addColumn('answered_at', t.instant)
    .addColumn('closed_at', t.instant)
    .addColumn('paused_since', t.instant)
    .addColumn('paused_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_due_at', t.instant)
    .addColumn('next_due_kind', 'text')
    .addColumn('escalation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('forward_late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('chase_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rework_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('satisfaction', 'text')
    .addColumn('idem_key', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('tickets_pk', ['project_id', 'ticket_id'])
    .addUniqueConstraint('tickets_number', ['project_id', 'number'])
    .addUniqueConstraint('tickets_idem', ['project_id', 'idem_key'])
    .execute();
  // The queue: open tickets by next deadline (overdue first).
  await db.schema
    .createIndex('tickets_queue')
    .on('tickets')
    .columns(['project_id', 'is_open', 'next_due_at'])
    .execute();
  await db.schema
    .createIndex('tickets_department')
    .on('tickets')
    .columns(['project_id', 'department_id', 'is_open'])
    .execute();
  await db.schema
    .createIndex('tickets_assignee')
    .on('tickets')
    .columns(['project_id', 'assignee_id', 'is_open'])
    .execute();
  await db.schema
    .createIndex('tickets_received')
    .on('tickets')
    .columns(['project_id', 'received_at'])
    .execute();
  await db.schema.createIndex('tickets_phone').on('tickets').columns(['project_id', 'phone_norm']).execute();
  await db.schema.createIndex('tickets_unit').on('tickets').columns(['project_id', 'unit_id']).execute();
  await db.schema.createIndex('tickets_event').on('tickets').columns(['project_id', 'event_key']).execute();

  await db.schema
    .createTable('ticket_events')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('event_id', t.id, (c) => c.notNull())
    .addColumn('ticket_id', t.id, (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor_id', t.id)
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_events_pk', ['project_id', 'event_id'])
    .addForeignKeyConstraint('ticket_events_ticket', ['project_id', 'ticket_id'], 'tickets', [
      'project_id',
      'ticket_id',
    ])
    .execute();
  await db.schema
    .createIndex('ticket_events_ticket')
    .on('ticket_events')
    .columns(['project_id', 'ticket_id', 'event_id'])
    .execute();

  await db.schema
    .createTable('ticket_deadlines')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('deadline_id', t.id, (c) => c.notNull())
    .addColumn('ticket_id', t.id, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due_at', t.instant, (c) => c.notNull())
    .addColumn('original_due_at', t.instant, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // open | met | breached | cancelled
    .addColumn('met_at', t.instant)
    .addColumn('breached_at', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_deadlines_pk', ['project_id', 'deadline_id'])
    .addForeignKeyConstraint('ticket_deadlines_ticket', ['project_id', 'ticket_id'], 'tickets', [
      'project_id',
      'ticket_id',
    ])
    .execute();
  await db.schema
    .createIndex('ticket_deadlines_ticket')
    .on('ticket_deadlines')
    .columns(['project_id', 'ticket_id', 'status'])
    .execute();

  await db.schema
    .createTable('ticket_callbacks')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('callback_id', t.id, (c) => c.notNull())
    .addColumn('ticket_id', t.id, (c) => c.notNull())
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('by_id', t.id, (c) => c.notNull())
    .addColumn('reached', 'integer', (c) => c.notNull())
    .addColumn('resolved', 'integer', (c) => c.notNull())
    .addColumn('satisfaction', 'text', (c) => c.notNull()) // satisfied | basically | unsatisfied | unreached
    .addColumn('opinion', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('ticket_callbacks_pk', ['project_id', 'callback_id'])
    .addForeignKeyConstraint('ticket_callbacks_ticket', ['project_id', 'ticket_id'], 'tickets', [
      'project_id',
      'ticket_id',
    ])
    .execute();
  await db.schema
    .createIndex('ticket_callbacks_at')
    .on('ticket_callbacks')
    .columns(['project_id', 'at'])
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('notification_id', t.id, (c) => c.notNull())
    .addColumn('user_id', t.id, (c) => c.notNull())
    .addColumn('ticket_id', t.id)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('params_json', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('read_at', t.instant)
    .addPrimaryKeyConstraint('notifications_pk', ['project_id', 'notification_id'])
    .execute();
  await db.schema
    .createIndex('notifications_user')
    .on('notifications')
    .columns(['user_id', 'read_at', 'created_at'])
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('attachment_id', t.id, (c) => c.notNull())
    .addColumn('ticket_id', t.id, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // photo | signature | scan
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', blob, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('attachments_pk', ['project_id', 'attachment_id'])
    .addForeignKeyConstraint('attachments_ticket', ['project_id', 'ticket_id'], 'tickets', [
      'project_id',
      'ticket_id',
    ])
    .execute();
  await db.schema
    .createIndex('attachments_ticket')
    .on('attachments')
    .columns(['project_id', 'ticket_id'])
    .execute();

  await db.schema
    .createTable('service_prices')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('price_id', t.id, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('price_fen', t.bigint, (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('service_prices_pk', ['project_id', 'price_id'])
    .execute();

  await db.schema
    .createTable('dispatch_state')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('department_id', t.id, (c) => c.notNull())
    .addColumn('last_user_id', t.id)
    .addColumn('open_cap', 'integer', (c) => c.notNull().defaultTo(15))
    .addPrimaryKeyConstraint('dispatch_state_pk', ['project_id', 'department_id'])
    .execute();
}
