/**
 * Linking a customer to a unit from a workflow step (CUS-1): the owner verified at a
 * handover (HND-1), the tenant of a move-in with the lease's first and last day (HND-6,
 * MVO-1 reads lease_end). Runs inside the workflow's transaction; every link is kept in the
 * customer's history. Also finds an existing archive by its ID document, so an owner of a
 * second unit, or a tenant coming back, keeps one archive (CUS-1: one customer, many units).
 */
import type { Actor } from '../../platform/access/actor.ts';
import { recordHistory, type DbOrTrx } from '../../platform/history/record-history.ts';
import type { IdType } from './rules.ts';

export interface LinkCustomerToUnit {
  projectId: string;
  customerId: string;
  unitId: string;
  relation: 'owner' | 'tenant' | 'occupant' | 'staff';
  /** Tenants: the lease (set again when a lease is renewed). */
  lease?: { start: string; end: string };
  actor: Actor;
  at: Date;
  /** Which workflow linked them, for the history ('handover', 'move_in'). */
  workflow: string;
}

/** Adds the relation (or updates a tenant's lease dates on it); linking twice changes nothing else. */
export async function linkCustomerToUnit(db: DbOrTrx, l: LinkCustomerToUnit): Promise<void> {
  const existing = await db
    .selectFrom('customer_units')
    .select(['lease_start', 'lease_end'])
    .where('project_id', '=', l.projectId)
    .where('customer_id', '=', l.customerId)
    .where('unit_id', '=', l.unitId)
    .where('relation', '=', l.relation)
    .executeTakeFirst();
  const lease = { lease_start: l.lease?.start ?? null, lease_end: l.lease?.end ?? null };
  if (!existing) {
    await db
      .insertInto('customer_units')
      .values({
        project_id: l.projectId,
        customer_id: l.customerId,
        unit_id: l.unitId,
        relation: l.relation,
        created_at: l.at.toISOString(),
        ...lease,
      })
      .execute();
  } else if (
    l.lease &&
    (existing.lease_start !== lease.lease_start || existing.lease_end !== lease.lease_end)
  ) {
    await db
      .updateTable('customer_units')
      .set(lease)
      .where('project_id', '=', l.projectId)
      .where('customer_id', '=', l.customerId)
      .where('unit_id', '=', l.unitId)
      .where('relation', '=', l.relation)
      .execute();
  } else {
    return;
  }
  await recordHistory(db, {
    projectId: l.projectId,
    entityType: 'customer',
    entityId: l.customerId,
    action: 'unit_linked',
    actor: l.actor,
    at: l.at,
    after: {
      unitId: l.unitId,
      relation: l.relation,
      ...(l.lease && { lease: l.lease }),
      workflow: l.workflow,
    },
  });
}

/** The open (not sealed, not transferred) archive holding this ID document, if any. */
export async function findCustomerByIdDocument(
  db: DbOrTrx,
  projectId: string,
  idType: IdType,
  idNumber: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('customers')
    .select('customer_id')
    .where('project_id', '=', projectId)
    .where('id_type', '=', idType)
    .where('id_number', '=', idNumber.trim().toUpperCase())
    .where('archive_state', '=', 'active')
    .orderBy('created_at')
    .executeTakeFirst();
  return row?.customer_id ?? null;
}
