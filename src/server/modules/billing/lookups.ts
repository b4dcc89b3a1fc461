/** Checks shared by the billing use cases; each throws the error the user should see. */
import { AppError, notFound } from '../../platform/errors.ts';
import type { BDbOrTrx } from './tables.ts';
import type { AnyDb } from '../../platform/db/module-db.ts';

export async function requireCustomer(db: AnyDb, projectId: string, customerId: string, path = 'customerId') {
  const c = await db
    .selectFrom('customers')
    .select(['customer_id', 'name', 'company'])
    .where('project_id', '=', projectId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  if (!c)
    throw new AppError('UNPROCESSABLE', {
      key: 'error.NOT_FOUND',
      params: { what: 'what.customer' },
      fields: [{ path, key: 'error.NOT_FOUND', params: { what: 'what.customer' } }],
    });
  return c;
}

export async function requireUnit(db: AnyDb, projectId: string, unitId: string, path = 'unitId') {
  const u = await db
    .selectFrom('units')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  if (!u)
    throw new AppError('UNPROCESSABLE', {
      key: 'error.NOT_FOUND',
      params: { what: 'what.unit' },
      fields: [{ path, key: 'error.NOT_FOUND', params: { what: 'what.unit' } }],
    });
  return u;
}

/** The customer's relations (owner, tenant, …) to a unit of the project. */
export async function relationsTo(
  db: AnyDb,
  projectId: string,
  customerId: string,
  unitId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('customer_units')
    .select('relation')
    .where('project_id', '=', projectId)
    .where('customer_id', '=', customerId)
    .where('unit_id', '=', unitId)
    .execute();
  return rows.map((r) => r.relation);
}

/** Money on a unit is taken only from someone who is its owner or tenant. */
export async function requirePayerOfUnit(
  db: BDbOrTrx,
  projectId: string,
  customerId: string,
  unitId: string,
): Promise<void> {
  await requireCustomer(db, projectId, customerId);
  await requireUnit(db, projectId, unitId);
  const rel = await relationsTo(db, projectId, customerId, unitId);
  if (!rel.includes('owner') && !rel.includes('tenant'))
    throw new AppError('UNPROCESSABLE', {
      key: 'billing.not_payer',
      fields: [{ path: 'customerId', key: 'billing.not_payer' }],
    });
}

export async function requireBill(db: BDbOrTrx, projectId: string, billId: string) {
  const b = await db
    .selectFrom('bills')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('bill_id', '=', billId)
    .executeTakeFirst();
  if (!b) throw notFound('what.bill');
  return b;
}
