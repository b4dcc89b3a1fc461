/**
 * Handover of a new unit to its owner (HND-1..5) and a tenant's move-in (HND-6, MVI-1..2):
 * one row per workflow run with the step it waits for, the facts each step recorded, and
 * the lists they produce — the rectification items left at a handover (交接遗留问题整改记录表),
 * the fixtures counted and meters read at a move-in's joint inspection (the baseline the
 * move-out inspection MVO-3 compares against). Signatures and scans live in `signatures` /
 * `documents` (0008), filed to entity types 'handover' and 'move_in'.
 *
 * At most one open run per unit (partial unique indexes on state = 'in_progress'); finished
 * and refused runs are kept — the daily handover report counts them.
 */
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import { columnTypes } from '../columns.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  const project = (c: ColumnDefinitionBuilder) => c.notNull().references('projects.project_id');
  const flag = (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(0);

  await db.schema
    .createTable('handovers')
    .addColumn('project_id', t.id, project)
    .addColumn('handover_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // in_progress | completed | not_accepted
    .addColumn('step', 'text') // the step it waits for; null once finished
    .addColumn('started_at', t.instant, (c) => c.notNull())
    .addColumn('started_by', t.id)
    .addColumn('started_day', t.date, (c) => c.notNull())
    // HND-1
    .addColumn('roster_entry_id', t.id)
    .addColumn('customer_id', t.id)
    .addColumn('contract_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('id_copy_document_id', t.id)
    .addColumn('verified_at', t.instant)
    // HND-2
    .addColumn('archive_at', t.instant)
    // HND-3
    .addColumn('fees_from', t.date)
    .addColumn('fees_to', t.date)
    .addColumn('prepaid_fen', t.bigint)
    .addColumn('receipt_no', 'text')
    .addColumn('prepayment_entry_id', t.id)
    .addColumn('billing_account_id', t.id)
    .addColumn('fees_at', t.instant)
    .addColumn('fees_by', t.id)
    // HND-4
    .addColumn('keys_handed', 'integer')
    .addColumn('keys_kept', 'integer', flag)
    .addColumn('key_consent', 'integer', flag)
    .addColumn('owner_handbook', 'integer', flag)
    .addColumn('renovation_handbook', 'integer', flag)
    .addColumn('keys_at', t.instant)
    .addColumn('kept_key_returned_at', t.instant)
    // HND-5 / the end
    .addColumn('completed_at', t.instant)
    .addColumn('completed_day', t.date)
    .addColumn('declined_at', t.instant)
    .addColumn('declined_day', t.date)
    .addColumn('decline_reason', 'text')
    .addColumn('decline_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('handovers_pk', ['project_id', 'handover_id'])
    .addForeignKeyConstraint('handovers_unit', ['project_id', 'unit_id'], 'units', ['project_id', 'unit_id'])
    .addForeignKeyConstraint('handovers_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .execute();
  await db.schema.createIndex('handovers_unit').on('handovers').columns(['project_id', 'unit_id']).execute();
  await db.schema
    .createIndex('handovers_open_unit')
    .unique()
    .on('handovers')
    .columns(['project_id', 'unit_id'])
    .where(sql.ref('state'), '=', 'in_progress')
    .execute();
  await db.schema
    .createIndex('handovers_completed_day')
    .on('handovers')
    .columns(['project_id', 'completed_day'])
    .execute();
  await db.schema
    .createIndex('handovers_declined_day')
    .on('handovers')
    .columns(['project_id', 'declined_day'])
    .execute();
  await db.schema
    .createIndex('handovers_state')
    .on('handovers')
    .columns(['project_id', 'state', 'started_at'])
    .execute();

  await db.schema
    .createTable('rectification_items')
    .addColumn('project_id', t.id, project)
    .addColumn('item_id', t.id, (c) => c.notNull())
    .addColumn('handover_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('state', 'text', (c) => c.notNull()) // open | closed
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addColumn('closed_at', t.instant)
    .addColumn('closed_by', t.id)
    .addColumn('close_note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('rectification_items_pk', ['project_id', 'item_id'])
    .addForeignKeyConstraint('rectification_items_handover', ['project_id', 'handover_id'], 'handovers', [
      'project_id',
      'handover_id',
    ])
    .execute();
  await db.schema
    .createIndex('rectification_items_handover')
    .on('rectification_items')
    .columns(['project_id', 'handover_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('rectification_items_state')
    .on('rectification_items')
    .columns(['project_id', 'state', 'created_at'])
    .execute();

  await db.schema
    .createTable('move_ins')
    .addColumn('project_id', t.id, project)
    .addColumn('move_in_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // in_progress | completed | rejected | cancelled
    .addColumn('step', 'text')
    .addColumn('started_at', t.instant, (c) => c.notNull())
    .addColumn('started_by', t.id)
    // lease (HND-6, MVI-1)
    .addColumn('customer_id', t.id)
    .addColumn('lease_start', t.date)
    .addColumn('lease_end', t.date)
    .addColumn('lease_document_id', t.id)
    .addColumn('notice_document_id', t.id)
    .addColumn('lease_at', t.instant)
    // owner's confirmation (MVI-1)
    .addColumn('owner_customer_id', t.id)
    .addColumn('owner_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_confirmed_at', t.instant)
    // approval (HND-6)
    .addColumn('approved_at', t.instant)
    .addColumn('approved_by', t.id)
    .addColumn('approval_note', 'text', (c) => c.notNull().defaultTo(''))
    // payment (HND-6)
    .addColumn('deposit_id', t.id)
    .addColumn('deposit_fen', t.bigint)
    .addColumn('deposit_receipt_no', 'text')
    .addColumn('rent_receipt_no', 'text')
    .addColumn('rent_deposit_receipt_no', 'text')
    .addColumn('parking_receipt_no', 'text')
    .addColumn('paid_at', t.instant)
    .addColumn('paid_by', t.id)
    // documents, inspection, notice, billing
    .addColumn('documents_at', t.instant)
    .addColumn('inspected_at', t.instant)
    .addColumn('engineering_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('security_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('keys_handed', 'integer')
    .addColumn('parking_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notice_at', t.instant)
    .addColumn('service_info_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('billing_account_id', t.id)
    .addColumn('billing_from', t.date)
    .addColumn('completed_at', t.instant)
    .addColumn('completed_day', t.date)
    .addColumn('closed_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('closed_at', t.instant)
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('move_ins_pk', ['project_id', 'move_in_id'])
    .addForeignKeyConstraint('move_ins_unit', ['project_id', 'unit_id'], 'units', ['project_id', 'unit_id'])
    .addForeignKeyConstraint('move_ins_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .execute();
  await db.schema.createIndex('move_ins_unit').on('move_ins').columns(['project_id', 'unit_id']).execute();
  await db.schema
    .createIndex('move_ins_open_unit')
    .unique()
    .on('move_ins')
    .columns(['project_id', 'unit_id'])
    .where(sql.ref('state'), '=', 'in_progress')
    .execute();
  await db.schema
    .createIndex('move_ins_state')
    .on('move_ins')
    .columns(['project_id', 'state', 'started_at'])
    .execute();

  await db.schema
    .createTable('move_in_fixtures')
    .addColumn('project_id', t.id, project)
    .addColumn('fixture_id', t.id, (c) => c.notNull())
    .addColumn('move_in_id', t.id, (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('condition', 'text', (c) => c.notNull()) // good | damaged | missing
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('move_in_fixtures_pk', ['project_id', 'fixture_id'])
    .addForeignKeyConstraint('move_in_fixtures_move_in', ['project_id', 'move_in_id'], 'move_ins', [
      'project_id',
      'move_in_id',
    ])
    .execute();
  await db.schema
    .createIndex('move_in_fixtures_move_in')
    .on('move_in_fixtures')
    .columns(['project_id', 'move_in_id', 'seq'])
    .execute();

  await db.schema
    .createTable('move_in_readings')
    .addColumn('project_id', t.id, project)
    .addColumn('row_id', t.id, (c) => c.notNull())
    .addColumn('move_in_id', t.id, (c) => c.notNull())
    .addColumn('meter_id', t.id, (c) => c.notNull())
    .addColumn('meter_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // electricity | water | gas
    .addColumn('value_centi', t.bigint, (c) => c.notNull())
    .addColumn('read_at', t.instant, (c) => c.notNull())
    // The billing module's reading, once the cashier has started billing with it (MVI-2).
    .addColumn('reading_id', t.id)
    .addPrimaryKeyConstraint('move_in_readings_pk', ['project_id', 'row_id'])
    .addForeignKeyConstraint('move_in_readings_move_in', ['project_id', 'move_in_id'], 'move_ins', [
      'project_id',
      'move_in_id',
    ])
    .execute();
  await db.schema
    .createIndex('move_in_readings_move_in')
    .on('move_in_readings')
    .columns(['project_id', 'move_in_id'])
    .execute();
}
