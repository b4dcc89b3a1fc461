/**
 * A customer's relation to a unit (owner, tenant) ends with a move-out (MVO-6) or a transfer
 * (TRF-2). The relation table holds only what is true now, so readers (caller lookup,
 * parking eligibility, who may pay) need no date filter; the ended relation with its lease
 * dates is kept in the append-only history and on the workflow row that ended it.
 */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { recordHistory, type DbOrTrx } from '../../platform/history/record-history.ts';

export async function relationOf(
  db: DbOrTrx,
  projectId: string,
  customerId: string,
  unitId: string,
  relation: string,
) {
  return db
    .selectFrom('customer_units')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('customer_id', '=', customerId)
    .where('unit_id', '=', unitId)
    .where('relation', '=', relation)
    .executeTakeFirst();
}

/** UNPROCESSABLE `key` on `path` unless the customer holds `relation` on the unit. */
export async function requireRelation(
  db: DbOrTrx,
  o: { projectId: string; customerId: string; unitId: string; relation: string; key: string; path: string },
) {
  const r = await relationOf(db, o.projectId, o.customerId, o.unitId, o.relation);
  if (!r) throw new AppError('UNPROCESSABLE', { key: o.key, fields: [{ path: o.path, key: o.key }] });
  return r;
}

/** The customers holding `relation` on the unit. */
export async function holdersOf(
  db: DbOrTrx,
  projectId: string,
  unitId: string,
  relation: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('customer_units')
    .select('customer_id')
    .where('project_id', '=', projectId)
    .where('unit_id', '=', unitId)
    .where('relation', '=', relation)
    .execute();
  return rows.map((r) => r.customer_id);
}

export async function endRelation(
  db: DbOrTrx,
  o: {
    projectId: string;
    customerId: string;
    unitId: string;
    relation: string;
    workflow: string;
    workflowId: string;
    actor: Actor;
    at: Date;
  },
): Promise<void> {
  const r = await relationOf(db, o.projectId, o.customerId, o.unitId, o.relation);
  if (!r) return;
  await db
    .deleteFrom('customer_units')
    .where('project_id', '=', o.projectId)
    .where('customer_id', '=', o.customerId)
    .where('unit_id', '=', o.unitId)
    .where('relation', '=', o.relation)
    .execute();
  const ended = {
    unitId: o.unitId,
    relation: o.relation,
    since: r.created_at,
    leaseStart: r.lease_start,
    leaseEnd: r.lease_end,
  };
  await recordHistory(db, {
    projectId: o.projectId,
    entityType: 'customer',
    entityId: o.customerId,
    action: 'unit_relation_ended',
    actor: o.actor,
    at: o.at,
    before: ended,
    after: { endedAt: o.at.toISOString(), [o.workflow]: o.workflowId },
  });
}

export async function addRelation(
  db: DbOrTrx,
  o: {
    projectId: string;
    customerId: string;
    unitId: string;
    relation: string;
    actor: Actor;
    at: Date;
    workflow: string;
    workflowId: string;
  },
): Promise<void> {
  if (await relationOf(db, o.projectId, o.customerId, o.unitId, o.relation)) return;
  await db
    .insertInto('customer_units')
    .values({
      project_id: o.projectId,
      customer_id: o.customerId,
      unit_id: o.unitId,
      relation: o.relation,
      created_at: o.at.toISOString(),
      lease_start: null,
      lease_end: null,
    })
    .execute();
  await recordHistory(db, {
    projectId: o.projectId,
    entityType: 'customer',
    entityId: o.customerId,
    action: 'unit_relation_added',
    actor: o.actor,
    at: o.at,
    after: { unitId: o.unitId, relation: o.relation, [o.workflow]: o.workflowId },
  });
}

/** How many unit relations the customer still has in the project (CUS-5: a leaving customer's archive closes at zero). */
export async function relationCount(db: DbOrTrx, projectId: string, customerId: string): Promise<number> {
  const r = await db
    .selectFrom('customer_units')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('project_id', '=', projectId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
