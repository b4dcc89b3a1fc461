/**
 * Money adjustments need a second person (FEE-6, ORG-2; ARCHITECTURE "duties are separated").
 * A reversal of a ledger entry or a deduction (减免, or settling from a deposit) is first a
 * request row here — it writes no ledger entry, so it changes no balance and holds nothing.
 * A CS manager or project manager who is neither the requester nor the person who recorded
 * the original entry approves it (the ledger entries are written then, result_entry_id points
 * at them) or rejects it with a reason. The decision is set once, from 'pending'.
 */
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import { columnTypes } from '../columns.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  const project = (c: ColumnDefinitionBuilder) => c.notNull().references('projects.project_id');

  await db.schema
    .createTable('ledger_adjustments')
    .addColumn('project_id', t.id, project)
    .addColumn('adjustment_id', t.id, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // reversal | deduction
    .addColumn('state', 'text', (c) => c.notNull()) // pending | approved | rejected
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id)
    .addColumn('bill_id', t.id)
    // reversal: the entry to reverse
    .addColumn('entry_id', t.id)
    // deduction: settled from this deposit instead of waived
    .addColumn('deposit_id', t.id)
    // The amount the approval books, signed as the ledger is (+ owed more / − owed less).
    .addColumn('amount_fen', t.bigint, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('requested_by', t.id)
    .addColumn('requested_at', t.instant, (c) => c.notNull())
    .addColumn('decided_by', t.id)
    .addColumn('decided_at', t.instant)
    .addColumn('decision_note', 'text')
    .addColumn('result_entry_id', t.id)
    .addPrimaryKeyConstraint('ledger_adjustments_pk', ['project_id', 'adjustment_id'])
    .addForeignKeyConstraint('ledger_adjustments_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .addForeignKeyConstraint('ledger_adjustments_bill', ['project_id', 'bill_id'], 'bills', [
      'project_id',
      'bill_id',
    ])
    .addForeignKeyConstraint('ledger_adjustments_entry', ['project_id', 'entry_id'], 'ledger_entries', [
      'project_id',
      'entry_id',
    ])
    .addForeignKeyConstraint('ledger_adjustments_deposit', ['project_id', 'deposit_id'], 'deposits', [
      'project_id',
      'deposit_id',
    ])
    .addForeignKeyConstraint(
      'ledger_adjustments_result',
      ['project_id', 'result_entry_id'],
      'ledger_entries',
      ['project_id', 'entry_id'],
    )
    .execute();
  // The approvers' list (pending first, oldest first) and the ledger views of a bill or a customer.
  await db.schema
    .createIndex('ledger_adjustments_state')
    .on('ledger_adjustments')
    .columns(['project_id', 'state', 'requested_at'])
    .execute();
  await db.schema
    .createIndex('ledger_adjustments_bill')
    .on('ledger_adjustments')
    .columns(['project_id', 'bill_id'])
    .execute();
  await db.schema
    .createIndex('ledger_adjustments_customer')
    .on('ledger_adjustments')
    .columns(['project_id', 'customer_id', 'requested_at'])
    .execute();
  // One open request to reverse an entry at a time: a second would only ever be refused at approval.
  await db.schema
    .createIndex('ledger_adjustments_pending_entry')
    .unique()
    .on('ledger_adjustments')
    .columns(['project_id', 'entry_id'])
    .where(sql.ref('state'), '=', 'pending')
    .execute();
}
