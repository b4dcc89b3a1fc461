/**
 * Overtime air-conditioning (BKG-2 加时空调): hours of air-conditioning a unit's payer used
 * outside the building's schedule, charged by the started hour on that month's bill. A use
 * is never edited: the charge (hours × the hourly price in effect that day) is fixed when
 * it is recorded, and a use entered by mistake is cancelled (cancelled_at, set once and only
 * while the use is on no bill); once billed, corrections go through the ledger (deduction,
 * reversal) like any other bill line.
 *
 * Also two indexes the bill run needs at scale (bench/scenarios/bill-generation.ts): bill_lines
 * (project_id, source_key, covers_to), because it asks "is this use / ticket / meter reading
 * already on a bill?" by source_key, which no index led with, so each question scanned the
 * project's lines; and meters (project_id, building_id), because it reads a building's meters
 * and their readings, which scanned every meter (or reading) of the project per building.
 */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import { columnTypes } from '../columns.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  const project = (c: ColumnDefinitionBuilder) => c.notNull().references('projects.project_id');

  await db.schema
    .createTable('overtime_ac_uses')
    .addColumn('project_id', t.id, project)
    .addColumn('use_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    // The payer of the unit on use_day, resolved from billing_accounts when recorded.
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('fee_item_id', t.id, (c) => c.notNull())
    .addColumn('fee_code', 'text', (c) => c.notNull())
    .addColumn('starts_at', t.instant, (c) => c.notNull())
    .addColumn('ends_at', t.instant, (c) => c.notNull())
    // The project's local day of starts_at: the month it is billed with and the day the payer is taken from.
    .addColumn('use_day', t.date, (c) => c.notNull())
    .addColumn('hours', 'integer', (c) => c.notNull()) // started hours
    .addColumn('rate_fen', t.bigint, (c) => c.notNull()) // price per started hour
    .addColumn('amount_fen', t.bigint, (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recorded_at', t.instant, (c) => c.notNull())
    .addColumn('recorded_by', t.id)
    .addColumn('cancelled_at', t.instant)
    .addColumn('cancelled_by', t.id)
    .addColumn('cancel_reason', 'text')
    .addPrimaryKeyConstraint('overtime_ac_uses_pk', ['project_id', 'use_id'])
    .addForeignKeyConstraint('overtime_ac_uses_unit', ['project_id', 'unit_id'], 'units', [
      'project_id',
      'unit_id',
    ])
    .addForeignKeyConstraint('overtime_ac_uses_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .addForeignKeyConstraint('overtime_ac_uses_fee_item', ['project_id', 'fee_item_id'], 'fee_items', [
      'project_id',
      'fee_item_id',
    ])
    .execute();
  await db.schema
    .createIndex('overtime_ac_uses_day')
    .on('overtime_ac_uses')
    .columns(['project_id', 'use_day'])
    .execute();
  await db.schema
    .createIndex('overtime_ac_uses_unit')
    .on('overtime_ac_uses')
    .columns(['project_id', 'unit_id', 'use_day'])
    .execute();

  await db.schema
    .createIndex('bill_lines_source')
    .on('bill_lines')
    .columns(['project_id', 'source_key', 'covers_to'])
    .execute();
  await db.schema
    .createIndex('meters_building')
    .on('meters')
    .columns(['project_id', 'building_id'])
    .execute();
}
