/**
 * Fees, bills and the ledger (FEE, REP-7), parking rentals and IC cards (PRK). Money is
 * integer fen (bigint on PostgreSQL); rates are millifen; readings and areas hundredths.
 * The ledger is append-only: a correction is a reversing entry (reversal_of, unique so an
 * entry is reversed at most once); balances are sums, never stored. A price change is a new
 * fee_items row (code, version) with its own effective_from. Every key leads with project_id.
 */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import { columnTypes } from '../columns.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  const project = (c: ColumnDefinitionBuilder) => c.notNull().references('projects.project_id');

  await db.schema
    .createTable('fee_items')
    .addColumn('project_id', t.id, project)
    .addColumn('fee_item_id', t.id, (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // area | fixed | metered | parking_monthly | parking_temporary | service | deposit
    .addColumn('area_basis', 'text') // building | inner (area and shared-meter items)
    .addColumn('rate_millifen', t.bigint)
    .addColumn('amount_fen', t.bigint)
    .addColumn('meter_kind', 'text') // electricity | water | gas (metered items)
    .addColumn('building_id', t.id) // null = every building of the project
    .addColumn('params_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('effective_from', t.date, (c) => c.notNull())
    .addColumn('effective_to', t.date)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addPrimaryKeyConstraint('fee_items_pk', ['project_id', 'fee_item_id'])
    .addUniqueConstraint('fee_items_version', ['project_id', 'code', 'version'])
    .execute();

  await db.schema
    .createTable('billing_accounts')
    .addColumn('project_id', t.id, project)
    .addColumn('account_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('start_day', t.date, (c) => c.notNull())
    .addColumn('end_day', t.date)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addPrimaryKeyConstraint('billing_accounts_pk', ['project_id', 'account_id'])
    .addForeignKeyConstraint('billing_accounts_unit', ['project_id', 'unit_id'], 'units', [
      'project_id',
      'unit_id',
    ])
    .addForeignKeyConstraint('billing_accounts_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .execute();
  await db.schema
    .createIndex('billing_accounts_unit')
    .on('billing_accounts')
    .columns(['project_id', 'unit_id', 'start_day'])
    .execute();

  await db.schema
    .createTable('meters')
    .addColumn('project_id', t.id, project)
    .addColumn('meter_id', t.id, (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('building_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id) // null = a shared-area meter (公摊) of the building
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('meters_pk', ['project_id', 'meter_id'])
    .addUniqueConstraint('meters_code', ['project_id', 'code'])
    .addForeignKeyConstraint('meters_building', ['project_id', 'building_id'], 'buildings', [
      'project_id',
      'building_id',
    ])
    .addForeignKeyConstraint('meters_unit', ['project_id', 'unit_id'], 'units', ['project_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('meter_readings')
    .addColumn('project_id', t.id, project)
    .addColumn('reading_id', t.id, (c) => c.notNull())
    .addColumn('meter_id', t.id, (c) => c.notNull())
    .addColumn('read_at', t.instant, (c) => c.notNull())
    .addColumn('read_day', t.date, (c) => c.notNull())
    .addColumn('value_centi', t.bigint, (c) => c.notNull())
    .addColumn('previous_centi', t.bigint, (c) => c.notNull())
    .addColumn('consumption_centi', t.bigint, (c) => c.notNull())
    .addColumn('replacement', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('old_final_centi', t.bigint)
    .addColumn('new_start_centi', t.bigint)
    .addColumn('recorded_by', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('meter_readings_pk', ['project_id', 'reading_id'])
    .addUniqueConstraint('meter_readings_at', ['project_id', 'meter_id', 'read_at'])
    .addForeignKeyConstraint('meter_readings_meter', ['project_id', 'meter_id'], 'meters', [
      'project_id',
      'meter_id',
    ])
    .execute();
  await db.schema
    .createIndex('meter_readings_day')
    .on('meter_readings')
    .columns(['project_id', 'meter_id', 'read_day'])
    .execute();

  await db.schema
    .createTable('bills')
    .addColumn('project_id', t.id, project)
    .addColumn('bill_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull()) // YYYY-MM
    .addColumn('due_date', t.date, (c) => c.notNull())
    .addColumn('total_fen', t.bigint, (c) => c.notNull())
    .addColumn('issued_at', t.instant, (c) => c.notNull())
    .addColumn('issued_by', t.id)
    .addPrimaryKeyConstraint('bills_pk', ['project_id', 'bill_id'])
    // Generating a month twice writes nothing new: one bill per payer, unit and month.
    .addUniqueConstraint('bills_once', ['project_id', 'unit_id', 'customer_id', 'period'])
    .addForeignKeyConstraint('bills_unit', ['project_id', 'unit_id'], 'units', ['project_id', 'unit_id'])
    .addForeignKeyConstraint('bills_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .execute();
  await db.schema.createIndex('bills_due').on('bills').columns(['project_id', 'due_date']).execute();
  await db.schema
    .createIndex('bills_customer')
    .on('bills')
    .columns(['project_id', 'customer_id', 'period'])
    .execute();

  await db.schema
    .createTable('bill_lines')
    .addColumn('project_id', t.id, project)
    .addColumn('bill_id', t.id, (c) => c.notNull())
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('fee_code', 'text', (c) => c.notNull())
    .addColumn('fee_item_id', t.id)
    .addColumn('source_key', 'text', (c) => c.notNull()) // meter, rental or ticket the line came from; '' for unit-level fees
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('quantity', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('amount_fen', t.bigint, (c) => c.notNull())
    // Meter lines: the read_at of the last reading billed, so the next run starts after it.
    .addColumn('covers_to', t.instant)
    .addPrimaryKeyConstraint('bill_lines_pk', ['project_id', 'bill_id', 'line_no'])
    .addUniqueConstraint('bill_lines_once', [
      'project_id',
      'unit_id',
      'customer_id',
      'period',
      'fee_code',
      'source_key',
    ])
    .addForeignKeyConstraint('bill_lines_bill', ['project_id', 'bill_id'], 'bills', ['project_id', 'bill_id'])
    .execute();

  await db.schema
    .createTable('deposits')
    .addColumn('project_id', t.id, project)
    .addColumn('deposit_id', t.id, (c) => c.notNull())
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id)
    .addColumn('kind', 'text', (c) => c.notNull()) // management | renovation | ic_card
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addPrimaryKeyConstraint('deposits_pk', ['project_id', 'deposit_id'])
    .addForeignKeyConstraint('deposits_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .execute();

  await db.schema
    .createTable('ledger_entries')
    .addColumn('project_id', t.id, project)
    .addColumn('entry_id', t.id, (c) => c.notNull())
    .addColumn('book', 'text', (c) => c.notNull()) // fees | deposits
    .addColumn('kind', 'text', (c) => c.notNull()) // bill | payment | refund | deduction | prepayment | reversal | deposit_in | deposit_out
    .addColumn('amount_fen', t.bigint, (c) => c.notNull()) // + the customer owes more / the deposit shrinks; − the opposite
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id)
    .addColumn('bill_id', t.id)
    .addColumn('deposit_id', t.id)
    .addColumn('reversal_of', t.id)
    .addColumn('receipt_no', 'text')
    .addColumn('method', 'text') // cash | transfer | card | prepaid | deposit
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('actor_id', t.id)
    .addPrimaryKeyConstraint('ledger_entries_pk', ['project_id', 'entry_id'])
    .addUniqueConstraint('ledger_entries_reversal', ['project_id', 'reversal_of'])
    .addUniqueConstraint('ledger_entries_receipt', ['project_id', 'receipt_no'])
    .addForeignKeyConstraint('ledger_entries_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .addForeignKeyConstraint('ledger_entries_bill', ['project_id', 'bill_id'], 'bills', [
      'project_id',
      'bill_id',
    ])
    .addForeignKeyConstraint('ledger_entries_deposit', ['project_id', 'deposit_id'], 'deposits', [
      'project_id',
      'deposit_id',
    ])
    .execute();
  await db.schema
    .createIndex('ledger_customer_at')
    .on('ledger_entries')
    .columns(['project_id', 'customer_id', 'at'])
    .execute();
  await db.schema
    .createIndex('ledger_unit_at')
    .on('ledger_entries')
    .columns(['project_id', 'unit_id', 'at'])
    .execute();
  await db.schema
    .createIndex('ledger_bill')
    .on('ledger_entries')
    .columns(['project_id', 'bill_id'])
    .execute();
  await db.schema
    .createIndex('ledger_deposit')
    .on('ledger_entries')
    .columns(['project_id', 'deposit_id'])
    .execute();

  await db.schema
    .createTable('reminder_notices')
    .addColumn('project_id', t.id, project)
    .addColumn('notice_id', t.id, (c) => c.notNull())
    .addColumn('bill_id', t.id, (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull()) // unpaid_list | second
    .addColumn('due_date', t.date, (c) => c.notNull())
    .addColumn('outstanding_fen', t.bigint, (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('reminder_notices_pk', ['project_id', 'notice_id'])
    .addUniqueConstraint('reminder_notices_once', ['project_id', 'bill_id', 'stage'])
    .addForeignKeyConstraint('reminder_notices_bill', ['project_id', 'bill_id'], 'bills', [
      'project_id',
      'bill_id',
    ])
    .execute();

  await db.schema
    .createTable('books_checks')
    .addColumn('project_id', t.id, project)
    .addColumn('check_id', t.id, (c) => c.notNull())
    .addColumn('day', t.date, (c) => c.notNull())
    .addColumn('ok', 'integer', (c) => c.notNull())
    .addColumn('details_json', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('books_checks_pk', ['project_id', 'check_id'])
    .execute();

  await db.schema
    .createTable('prepaid_meters')
    .addColumn('project_id', t.id, project)
    .addColumn('prepaid_meter_id', t.id, (c) => c.notNull())
    .addColumn('meter_no', 'text', (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('threshold_fen', t.bigint, (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('prepaid_meters_pk', ['project_id', 'prepaid_meter_id'])
    .addUniqueConstraint('prepaid_meters_no', ['project_id', 'meter_no'])
    .addForeignKeyConstraint('prepaid_meters_unit', ['project_id', 'unit_id'], 'units', [
      'project_id',
      'unit_id',
    ])
    .addForeignKeyConstraint('prepaid_meters_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .execute();

  await db.schema
    .createTable('prepaid_entries')
    .addColumn('project_id', t.id, project)
    .addColumn('entry_id', t.id, (c) => c.notNull())
    .addColumn('prepaid_meter_id', t.id, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // top_up | usage
    .addColumn('amount_fen', t.bigint, (c) => c.notNull()) // + top-up, − usage
    .addColumn('receipt_no', 'text')
    .addColumn('method', 'text')
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('actor_id', t.id)
    .addPrimaryKeyConstraint('prepaid_entries_pk', ['project_id', 'entry_id'])
    .addForeignKeyConstraint('prepaid_entries_meter', ['project_id', 'prepaid_meter_id'], 'prepaid_meters', [
      'project_id',
      'prepaid_meter_id',
    ])
    .execute();
  await db.schema
    .createIndex('prepaid_entries_meter')
    .on('prepaid_entries')
    .columns(['project_id', 'prepaid_meter_id', 'at'])
    .execute();

  await db.schema
    .createTable('low_balance_notices')
    .addColumn('project_id', t.id, project)
    .addColumn('notice_id', t.id, (c) => c.notNull())
    .addColumn('prepaid_meter_id', t.id, (c) => c.notNull())
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('balance_fen', t.bigint, (c) => c.notNull())
    .addColumn('threshold_fen', t.bigint, (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('low_balance_notices_pk', ['project_id', 'notice_id'])
    .addForeignKeyConstraint(
      'low_balance_notices_meter',
      ['project_id', 'prepaid_meter_id'],
      'prepaid_meters',
      ['project_id', 'prepaid_meter_id'],
    )
    .execute();

  await db.schema
    .createTable('parking_rentals')
    .addColumn('project_id', t.id, project)
    .addColumn('rental_id', t.id, (c) => c.notNull())
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('space_id', t.id)
    .addColumn('plate', 'text', (c) => c.notNull())
    .addColumn('car_model', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('licence_checked', 'integer', (c) => c.notNull())
    .addColumn('fee_code', 'text', (c) => c.notNull())
    .addColumn('start_day', t.date, (c) => c.notNull())
    .addColumn('end_day', t.date, (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addPrimaryKeyConstraint('parking_rentals_pk', ['project_id', 'rental_id'])
    .addForeignKeyConstraint('parking_rentals_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .addForeignKeyConstraint('parking_rentals_unit', ['project_id', 'unit_id'], 'units', [
      'project_id',
      'unit_id',
    ])
    .addForeignKeyConstraint('parking_rentals_space', ['project_id', 'space_id'], 'parking_spaces', [
      'project_id',
      'space_id',
    ])
    .execute();
  await db.schema
    .createIndex('parking_rentals_end')
    .on('parking_rentals')
    .columns(['project_id', 'end_day'])
    .execute();

  await db.schema
    .createTable('parking_cards')
    .addColumn('project_id', t.id, project)
    .addColumn('card_id', t.id, (c) => c.notNull())
    .addColumn('card_no', 'text', (c) => c.notNull())
    .addColumn('rental_id', t.id, (c) => c.notNull())
    .addColumn('deposit_id', t.id, (c) => c.notNull())
    .addColumn('issued_at', t.instant, (c) => c.notNull())
    .addColumn('issued_by', t.id)
    .addColumn('returned_at', t.instant)
    .addColumn('returned_by', t.id)
    .addPrimaryKeyConstraint('parking_cards_pk', ['project_id', 'card_id'])
    .addForeignKeyConstraint('parking_cards_rental', ['project_id', 'rental_id'], 'parking_rentals', [
      'project_id',
      'rental_id',
    ])
    .addForeignKeyConstraint('parking_cards_deposit', ['project_id', 'deposit_id'], 'deposits', [
      'project_id',
      'deposit_id',
    ])
    .execute();
  await db.schema
    .createIndex('parking_cards_no')
    .on('parking_cards')
    .columns(['project_id', 'card_no'])
    .execute();
}
