/**
 * The archive room (CUS-2..5): staged roster imports, the log of every view of a full
 * owner archive, export requests with a manager's approval, loans of paper files, and the
 * register of archives that are not customers (service contracts, correspondence, rules,
 * internal records). Every key leads with project_id.
 */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import { columnTypes } from '../columns.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  const project = (c: ColumnDefinitionBuilder) => c.notNull().references('projects.project_id');

  // CUS-2: an uploaded roster, parsed and checked, waiting to be imported (or discarded).
  await db.schema
    .createTable('roster_imports')
    .addColumn('project_id', t.id, project)
    .addColumn('import_id', t.id, (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // previewed | committed | discarded
    .addColumn('total_rows', 'integer', (c) => c.notNull())
    .addColumn('bad_rows', 'integer', (c) => c.notNull())
    // The parsed rows with their problems (message keys, translated when read).
    .addColumn('rows_json', 'text', (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('committed_by', t.id)
    .addColumn('committed_at', t.instant)
    .addColumn('imported_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('roster_imports_pk', ['project_id', 'import_id'])
    .execute();
  await db.schema
    .createIndex('roster_imports_created')
    .on('roster_imports')
    .columns(['project_id', 'created_at'])
    .execute();

  // Roster imports find an owner's existing archive by document (one buyer, several units).
  await db.schema
    .createIndex('customers_id_number')
    .on('customers')
    .columns(['project_id', 'id_number'])
    .execute();

  // CUS-3: who saw a full archive (or took unmasked owner data away), when and why. Insert-only.
  await db.schema
    .createTable('archive_access_log')
    .addColumn('project_id', t.id, project)
    .addColumn('access_id', t.id, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // open | export | emergency_list
    .addColumn('customer_id', t.id)
    .addColumn('export_id', t.id)
    .addColumn('actor_id', t.id)
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('shown_json', 'text', (c) => c.notNull()) // which fields / how many rows were shown
    .addPrimaryKeyConstraint('archive_access_log_pk', ['project_id', 'access_id'])
    .execute();
  await db.schema
    .createIndex('archive_access_log_at')
    .on('archive_access_log')
    .columns(['project_id', 'at'])
    .execute();
  await db.schema
    .createIndex('archive_access_log_customer')
    .on('archive_access_log')
    .columns(['project_id', 'customer_id'])
    .execute();

  // CUS-3: owner data leaves the company only after a manager approves; downloaded once.
  await db.schema
    .createTable('export_requests')
    .addColumn('project_id', t.id, project)
    .addColumn('export_id', t.id, (c) => c.notNull())
    .addColumn('building_id', t.id) // null = every building
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // requested | approved | refused | downloaded
    .addColumn('requested_by', t.id)
    .addColumn('requested_at', t.instant, (c) => c.notNull())
    .addColumn('decided_by', t.id)
    .addColumn('decided_at', t.instant)
    .addColumn('decision_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('expires_at', t.instant)
    .addColumn('downloaded_at', t.instant)
    .addColumn('row_count', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('export_requests_pk', ['project_id', 'export_id'])
    .execute();
  await db.schema
    .createIndex('export_requests_requested')
    .on('export_requests')
    .columns(['project_id', 'requested_at'])
    .execute();

  // CUS-5: archives that are not a customer's: service contracts, correspondence, rules, internal records.
  await db.schema
    .createTable('archive_records')
    .addColumn('project_id', t.id, project)
    .addColumn('record_id', t.id, (c) => c.notNull())
    .addColumn('class', 'text', (c) => c.notNull()) // contract | correspondence | rules | internal
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('counterparty', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('record_day', t.date)
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('archive_records_pk', ['project_id', 'record_id'])
    .execute();
  await db.schema
    .createIndex('archive_records_class')
    .on('archive_records')
    .columns(['project_id', 'class', 'title'])
    .execute();

  // CUS-4: a paper file lent out: borrower, approver, day out, day due, day back.
  await db.schema
    .createTable('archive_loans')
    .addColumn('project_id', t.id, project)
    .addColumn('loan_id', t.id, (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull()) // customer | record
    .addColumn('subject_id', t.id, (c) => c.notNull())
    .addColumn('borrower', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('approver_id', t.id, (c) => c.notNull())
    .addColumn('out_day', t.date, (c) => c.notNull())
    .addColumn('due_day', t.date, (c) => c.notNull())
    .addColumn('back_day', t.date)
    .addColumn('lent_by', t.id)
    .addColumn('lent_at', t.instant, (c) => c.notNull())
    .addColumn('returned_by', t.id)
    .addColumn('returned_at', t.instant)
    .addPrimaryKeyConstraint('archive_loans_pk', ['project_id', 'loan_id'])
    .execute();
  await db.schema
    .createIndex('archive_loans_subject')
    .on('archive_loans')
    .columns(['project_id', 'subject_type', 'subject_id'])
    .execute();
  await db.schema
    .createIndex('archive_loans_open')
    .on('archive_loans')
    .columns(['project_id', 'back_day', 'due_day'])
    .execute();
}
