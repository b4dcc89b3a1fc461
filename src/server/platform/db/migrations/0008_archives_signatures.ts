/**
 * The customer archive and what the occupancy workflows sign (CUS-1, CUS-2, CUS-5, HND, MVO,
 * REL, KEY): archive fields on customers, vehicles, the developer's owner roster, stored documents (scans, signature images)
 * and signatures — who signed what, in which role, how (on screen or on paper with the
 * scan) and when. Signatures are insert-only: nothing in the code updates or deletes them.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import { columnTypes } from '../columns.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';

  for (const [name, type, dflt] of [
    ['id_type', 'text', ''], // id_card | passport | hk_macau | taiwan | business_licence | other
    ['id_number', 'text', ''],
    ['emergency_phone', 'text', ''],
    ['archive_class', 'text', 'owner'], // owner | tenant | contract | correspondence | rules | internal (CUS-5)
    ['archive_state', 'text', 'active'], // active | sealed | transferred (CUS-5, TRF-2)
  ] as const) {
    await db.schema
      .alterTable('customers')
      .addColumn(name, type, (c) => c.notNull().defaultTo(dflt))
      .execute();
  }
  await db.schema.alterTable('customers').addColumn('birthday', t.date).execute();
  // A tenant's lease on the unit (HND-6 lease copy): MVO-1 reminds a month before it ends.
  await db.schema.alterTable('customer_units').addColumn('lease_start', t.date).execute();
  await db.schema.alterTable('customer_units').addColumn('lease_end', t.date).execute();
  await db.schema.alterTable('customers').addColumn('archive_state_at', t.instant).execute();

  await db.schema
    .createTable('customer_vehicles')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('vehicle_id', t.id, (c) => c.notNull())
    .addColumn('customer_id', t.id, (c) => c.notNull())
    .addColumn('plate', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_vehicles_pk', ['project_id', 'vehicle_id'])
    .addForeignKeyConstraint('customer_vehicles_customer', ['project_id', 'customer_id'], 'customers', [
      'project_id',
      'customer_id',
    ])
    .execute();
  await db.schema
    .createIndex('customer_vehicles_customer')
    .on('customer_vehicles')
    .columns(['project_id', 'customer_id'])
    .execute();

  // CUS-2/HND-1: the developer's owner roster (业主清册) as imported, one row per unit and buyer;
  // the handover verifies the owner against it. customer_id is the archive made from the row.
  await db.schema
    .createTable('roster_entries')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('entry_id', t.id, (c) => c.notNull())
    .addColumn('import_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('owner_name', 'text', (c) => c.notNull())
    .addColumn('id_type', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contract_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('customer_id', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('roster_entries_pk', ['project_id', 'entry_id'])
    .addForeignKeyConstraint('roster_entries_unit', ['project_id', 'unit_id'], 'units', [
      'project_id',
      'unit_id',
    ])
    .execute();
  await db.schema
    .createIndex('roster_entries_unit')
    .on('roster_entries')
    .columns(['project_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('document_id', t.id, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // scan | signature
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', blob, (c) => c.notNull())
    // What it belongs to once filed (a customer's archive, a handover…); null while only uploaded.
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', t.id)
    .addColumn('created_by', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('documents_pk', ['project_id', 'document_id'])
    .execute();
  await db.schema
    .createIndex('documents_entity')
    .on('documents')
    .columns(['project_id', 'entity_type', 'entity_id'])
    .execute();

  await db.schema
    .createTable('signatures')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('signature_id', t.id, (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', t.id, (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull()) // e.g. handover.document_receipt, pass.carrier
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('signer_role', 'text', (c) => c.notNull()) // owner | tenant | carrier | clerk | engineering | security | …
    .addColumn('method', 'text', (c) => c.notNull()) // pad | paper
    .addColumn('document_id', t.id, (c) => c.notNull())
    .addColumn('signed_at', t.instant, (c) => c.notNull())
    .addColumn('recorded_by', t.id)
    .addPrimaryKeyConstraint('signatures_pk', ['project_id', 'signature_id'])
    .addForeignKeyConstraint('signatures_document', ['project_id', 'document_id'], 'documents', [
      'project_id',
      'document_id',
    ])
    .execute();
  await db.schema
    .createIndex('signatures_entity')
    .on('signatures')
    .columns(['project_id', 'entity_type', 'entity_id'])
    .execute();
}
