/**
 * Move-out / lease end (MVO-1..7) and transfer of ownership (TRF-1..2): one row per
 * workflow with its state and what each step recorded; the steps' signatures and scans
 * live in `signatures`/`documents` (0008), every change in `history`. `lease_reminders`
 * makes the MVO-1 reminder idempotent: a lease end is reminded once, whatever runs twice.
 * At most one open move-out per tenant and unit, and one open transfer per unit: partial
 * unique indexes, so two clerks starting the same workflow at once cannot both succeed.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import { columnTypes } from '../columns.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema
    .createTable('move_outs')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('move_out_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // notified | inspected | cleared | keys_returned | completed | cancelled
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('residential', 'integer', (c) => c.notNull()) // MVO-7 applies: the owner must agree
    // MVO-2 the notice
    .addColumn('notice_at', t.instant, (c) => c.notNull())
    .addColumn('move_day', t.date, (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    .addColumn('forwarding_address', 'text', (c) => c.notNull())
    .addColumn('lease_end', t.date)
    // MVO-7 the owner's agreement and the items that must stay
    .addColumn('owner_customer_id', t.id)
    .addColumn('owner_name', 'text')
    .addColumn('owner_agreed', 'integer')
    .addColumn('owner_answer_at', t.instant)
    .addColumn('owner_items_json', 'text', (c) => c.notNull().defaultTo('[]'))
    // MVO-3 the joint inspection
    .addColumn('inspected_at', t.instant)
    .addColumn('inspection_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('restoration_required', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('inspection_passed_at', t.instant)
    // MVO-4/5 cleared: nothing owed, service elevator booked, departments told
    .addColumn('cleared_at', t.instant)
    .addColumn('elevator_from', t.instant)
    .addColumn('elevator_to', t.instant)
    // MVO-5 what came back
    .addColumn('keys_returned_at', t.instant)
    .addColumn('returned_json', 'text', (c) => c.notNull().defaultTo('{}'))
    // MVO-6
    .addColumn('completed_at', t.instant)
    .addColumn('billing_end_day', t.date)
    .addColumn('archive_sealed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deposit_due_at', t.instant)
    .addColumn('deposit_due_on', t.date)
    .addColumn('deposit_refunded_at', t.instant)
    .addColumn('deposit_refunded_fen', 'integer')
    .addColumn('cancelled_at', t.instant)
    .addColumn('cancel_reason', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('move_outs_pk', ['project_id', 'move_out_id'])
    .addForeignKeyConstraint('move_outs_unit', ['project_id', 'unit_id'], 'units', ['project_id', 'unit_id'])
    .addForeignKeyConstraint('move_outs_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .execute();
  await db.schema
    .createIndex('move_outs_state')
    .on('move_outs')
    .columns(['project_id', 'state', 'created_at'])
    .execute();
  await db.schema
    .createIndex('move_outs_one_open')
    .on('move_outs')
    .columns(['project_id', 'unit_id', 'customer_id'])
    .unique()
    .where(sql.ref('state'), 'not in', ['completed', 'cancelled'])
    .execute();

  await db.schema
    .createTable('transfers')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('transfer_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('old_owner_id', t.id, (c) => c.notNull())
    .addColumn('new_owner_id', t.id)
    .addColumn('state', 'text', (c) => c.notNull()) // opened | certified | settled | owner_recorded | prepaid | completed | cancelled
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('handover_day', t.date, (c) => c.notNull())
    .addColumn('certificate_no', 'text')
    .addColumn('certificate_document_id', t.id)
    .addColumn('certified_at', t.instant)
    .addColumn('settled_at', t.instant)
    .addColumn('settlement_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('owner_recorded_at', t.instant)
    .addColumn('required_prepay_fen', 'integer')
    .addColumn('prepaid_fen', 'integer')
    .addColumn('prepaid_checked_at', t.instant)
    .addColumn('completed_at', t.instant)
    .addColumn('roster_entry_id', t.id)
    .addColumn('cancelled_at', t.instant)
    .addColumn('cancel_reason', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('transfers_pk', ['project_id', 'transfer_id'])
    .addForeignKeyConstraint('transfers_unit', ['project_id', 'unit_id'], 'units', ['project_id', 'unit_id'])
    .addForeignKeyConstraint('transfers_old_owner', ['project_id', 'old_owner_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .addForeignKeyConstraint('transfers_new_owner', ['project_id', 'new_owner_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .execute();
  await db.schema
    .createIndex('transfers_state')
    .on('transfers')
    .columns(['project_id', 'state', 'created_at'])
    .execute();
  await db.schema
    .createIndex('transfers_one_open')
    .on('transfers')
    .columns(['project_id', 'unit_id'])
    .unique()
    .where(sql.ref('state'), 'not in', ['completed', 'cancelled'])
    .execute();

  await db.schema
    .createTable('lease_reminders')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('lease_end', t.date, (c) => c.notNull())
    .addColumn('reminded_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('lease_reminders_pk', ['project_id', 'customer_id', 'unit_id', 'lease_end'])
    .execute();
}
