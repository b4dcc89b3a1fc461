/**
 * Key custody (KEY-1..4), release passes (REL-1..5) and the monthly property status report
 * (STA-1). Keys and passes carry their current state on their row (locked while it changes);
 * what happened is in key_movements, the pass's own columns (call, arrears, gate check) and
 * the append-only history. Signatures live in the platform's signatures table
 * (entity_type key_movement | key_request | pass | status_report).
 */
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import { columnTypes } from '../columns.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  const project = (c: ColumnDefinitionBuilder) => c.notNull().references('projects.project_id');

  // KEY-1: the key register (钥匙委托管理清册), one row per physical key, numbered and in a cabinet slot.
  await db.schema
    .createTable('keys')
    .addColumn('project_id', t.id, project)
    .addColumn('key_id', t.id, (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // developer | not_received | entrusted
    .addColumn('cabinet_slot', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // in_cabinet | viewing | borrowed | handed_over | lost
    .addColumn('keeper_id', t.id, (c) => c.notNull()) // the designated key keeper (KEY-4 consent, losses)
    .addColumn('entrusted_by', t.id) // entrusted keys: the owner who entrusted it
    .addColumn('holder_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('holder_user_id', t.id)
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('keys_pk', ['project_id', 'key_id'])
    .addForeignKeyConstraint('keys_unit', ['project_id', 'unit_id'], 'units', ['project_id', 'unit_id'])
    .addUniqueConstraint('keys_number', ['project_id', 'number'])
    .execute();
  await db.schema.createIndex('keys_unit').on('keys').columns(['project_id', 'unit_id']).execute();
  // A slot holds one key while the company holds it; a key handed over or lost frees its slot.
  await sql`create unique index keys_slot_held on keys (project_id, cabinet_slot) where state in ('in_cabinet', 'viewing', 'borrowed')`.execute(
    db,
  );

  // KEY-2: who may collect a key (the entrusted persons), customers of the project.
  await db.schema
    .createTable('key_entrusted')
    .addColumn('project_id', t.id, project)
    .addColumn('key_id', t.id, (c) => c.notNull())
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('key_entrusted_pk', ['project_id', 'key_id', 'customer_id'])
    .addForeignKeyConstraint('key_entrusted_key', ['project_id', 'key_id'], 'keys', ['project_id', 'key_id'])
    .addForeignKeyConstraint('key_entrusted_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .execute();

  // KEY-4: internal borrowing and irregular collections, with their approvals.
  await db.schema
    .createTable('key_requests')
    .addColumn('project_id', t.id, project)
    .addColumn('request_id', t.id, (c) => c.notNull())
    .addColumn('key_id', t.id, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // borrow | owner_collect
    .addColumn('borrower_id', t.id) // borrow: the staff member
    .addColumn('customer_id', t.id) // owner_collect: who will collect
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('irregular', 'integer', (c) => c.notNull())
    .addColumn('irregular_reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('steps', 'text', (c) => c.notNull()) // JSON: approval steps in order
    .addColumn('due_at', t.instant)
    .addColumn('state', 'text', (c) => c.notNull()) // pending | approved | refused | issued | cancelled
    .addColumn('requested_by', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('key_requests_pk', ['project_id', 'request_id'])
    .addForeignKeyConstraint('key_requests_key', ['project_id', 'key_id'], 'keys', ['project_id', 'key_id'])
    .execute();
  await db.schema
    .createIndex('key_requests_key')
    .on('key_requests')
    .columns(['project_id', 'key_id'])
    .execute();

  await db.schema
    .createTable('key_approvals')
    .addColumn('project_id', t.id, project)
    .addColumn('request_id', t.id, (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull()) // keeper | project_manager | company
    .addColumn('decision', 'text', (c) => c.notNull()) // approved | refused
    .addColumn('user_id', t.id, (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('key_approvals_pk', ['project_id', 'request_id', 'step'])
    .addForeignKeyConstraint('key_approvals_request', ['project_id', 'request_id'], 'key_requests', [
      'project_id',
      'request_id',
    ])
    .execute();

  // Every time a key leaves, comes back or is lost: append-only.
  await db.schema
    .createTable('key_movements')
    .addColumn('project_id', t.id, project)
    .addColumn('movement_id', t.id, (c) => c.notNull())
    .addColumn('key_id', t.id, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // registered | issued | viewing | borrowed | returned | lost
    .addColumn('person_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('customer_id', t.id)
    .addColumn('user_id', t.id) // the staff member holding it (escort, borrower) or to blame (lost)
    .addColumn('id_number_masked', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('request_id', t.id)
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}')) // JSON: viewer, due time, attribution…
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('actor_id', t.id)
    .addPrimaryKeyConstraint('key_movements_pk', ['project_id', 'movement_id'])
    .addForeignKeyConstraint('key_movements_key', ['project_id', 'key_id'], 'keys', ['project_id', 'key_id'])
    .execute();
  await db.schema
    .createIndex('key_movements_key')
    .on('key_movements')
    .columns(['project_id', 'key_id', 'at'])
    .execute();

  // REL-1..5: the release pass (物品放行条).
  await db.schema
    .createTable('passes')
    .addColumn('project_id', t.id, project)
    .addColumn('pass_id', t.id, (c) => c.notNull())
    .addColumn('number', 'text') // given when issued: FX-2026-0001
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('customer_id', t.id) // the carrier, when a customer of the project
    .addColumn('carrier_type', 'text', (c) => c.notNull()) // owner | tenant | family | domestic_helper | company_staff
    .addColumn('carrier_name', 'text', (c) => c.notNull())
    .addColumn('carrier_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('carrier_id_masked', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('purpose', 'text', (c) => c.notNull()) // moving_out | temporary
    .addColumn('purpose_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('flags', 'text', (c) => c.notNull().defaultTo('[]')) // REL-2, JSON
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('refusal', 'text') // arrears | call_refused | unreachable
    .addColumn('owed_fen', t.bigint)
    .addColumn('arrears_checked_at', t.instant)
    .addColumn('call_party', 'text') // owner | company_head
    .addColumn('call_name', 'text')
    .addColumn('call_phone', 'text')
    .addColumn('called_at', t.instant)
    .addColumn('call_answer', 'text') // agreed | refused | unreachable
    .addColumn('call_note', 'text')
    .addColumn('call_by', t.id)
    .addColumn('issued_at', t.instant)
    .addColumn('issued_by', t.id)
    .addColumn('valid_on', t.date)
    .addColumn('checked_at', t.instant)
    .addColumn('checked_by', t.id)
    .addColumn('gate_note', 'text')
    .addColumn('cancelled_at', t.instant)
    .addColumn('cancel_reason', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('passes_pk', ['project_id', 'pass_id'])
    .addForeignKeyConstraint('passes_unit', ['project_id', 'unit_id'], 'units', ['project_id', 'unit_id'])
    .addUniqueConstraint('passes_number', ['project_id', 'number'])
    .execute();
  await db.schema
    .createIndex('passes_unit_created')
    .on('passes')
    .columns(['project_id', 'unit_id', 'created_at'])
    .execute();
  await db.schema.createIndex('passes_created').on('passes').columns(['project_id', 'created_at']).execute();

  await db.schema
    .createTable('pass_items')
    .addColumn('project_id', t.id, project)
    .addColumn('pass_id', t.id, (c) => c.notNull())
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull()) // furniture | desk | computer | appliance | box | large_bag
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('pass_items_pk', ['project_id', 'pass_id', 'line_no'])
    .addForeignKeyConstraint('pass_items_pass', ['project_id', 'pass_id'], 'passes', [
      'project_id',
      'pass_id',
    ])
    .execute();

  // STA-1: the monthly property status report (月度物业动态信息表), its snapshot frozen when prepared.
  await db.schema
    .createTable('status_reports')
    .addColumn('project_id', t.id, project)
    .addColumn('report_id', t.id, (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull()) // YYYY-MM
    .addColumn('state', 'text', (c) => c.notNull()) // prepared | sent
    .addColumn('as_of', t.instant, (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('prepared_by', t.id)
    .addColumn('prepared_at', t.instant, (c) => c.notNull())
    .addColumn('signed_by', t.id)
    .addColumn('signed_at', t.instant)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('status_reports_pk', ['project_id', 'report_id'])
    .addUniqueConstraint('status_reports_month', ['project_id', 'month'])
    .execute();
  // The report reads a month's status changes of the whole project.
  await db.schema
    .createIndex('unit_status_history_at')
    .on('unit_status_history')
    .columns(['project_id', 'at'])
    .execute();
}
