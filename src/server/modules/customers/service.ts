/** Customers as the service desk needs them: find a caller by phone, create one inline (TKT-1). */
import type { z } from '@hono/zod-openapi';
import { AppError } from '../../platform/errors.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { normalizePhone } from './rules.ts';
import { loadCustomers } from './repo.ts';
import type { CreateCustomerBody, CustomerDto } from './schema.ts';

/** Caller-ID lookup: exact match on the normalised number first, then by its tail (last 4+ digits typed). */
export async function findCustomersByPhone(deps: Deps, actor: Actor, projectId: string, phone: string): Promise<CustomerDto[]> {
  requireAccess({ actor, permission: 'customer.read', projectId });
  const norm = normalizePhone(phone);
  if (norm.length < 4) return [];
  let q = deps.db.k.selectFrom('customer_phones').select('customer_id').distinct().where('project_id', '=', projectId);
  q = norm.length >= 11 ? q.where('phone_norm', '=', norm) : q.where('phone_norm', 'like', `%${norm}`);
  const ids = (await q.limit(20).execute()).map((r) => r.customer_id);
  return loadCustomers(deps.db.k, projectId, ids);
}

export async function searchCustomers(deps: Deps, actor: Actor, projectId: string, text: string): Promise<CustomerDto[]> {
  requireAccess({ actor, permission: 'customer.read', projectId });
  const like = `%${text.trim()}%`;
  const rows = await deps.db.k
    .selectFrom('customers')
    .select('customer_id')
    .where('project_id', '=', projectId)
    .where((eb) => eb.or([eb('name', 'like', like), eb('company', 'like', like)]))
    .orderBy('name')
    .limit(20)
    .execute();
  return loadCustomers(deps.db.k, projectId, rows.map((r) => r.customer_id));
}

export async function createCustomer(deps: Deps, actor: Actor, projectId: string, input: z.infer<typeof CreateCustomerBody>): Promise<CustomerDto> {
  requireAccess({ actor, permission: 'customer.manage', projectId });
  const now = deps.clock.now();
  const customerId = newId(now.getTime());
  await deps.db.k.transaction().execute(async (trx) => {
    if (input.units.length) {
      const found = await trx.selectFrom('units').select('unit_id').where('project_id', '=', projectId).where('unit_id', 'in', input.units.map((u) => u.unitId)).execute();
      const known = new Set(found.map((f) => f.unit_id));
      const bad = input.units.findIndex((u) => !known.has(u.unitId));
      if (bad >= 0) throw new AppError('UNPROCESSABLE', { key: 'error.NOT_FOUND', params: { what: 'what.unit' }, fields: [{ path: `units.${bad}.unitId`, key: 'error.NOT_FOUND', params: { what: 'what.unit' } }] });
    }
    await trx.insertInto('customers').values({ project_id: projectId, customer_id: customerId, kind: input.kind, name: input.name, company: input.company, note: '', created_at: now.toISOString(), updated_at: now.toISOString() }).execute();
    const phones = new Map(input.phones.map((p) => [normalizePhone(p.phone), p]));
    await trx
      .insertInto('customer_phones')
      .values([...phones].map(([norm, p]) => ({ project_id: projectId, customer_id: customerId, phone: p.phone, phone_norm: norm, label: p.label })))
      .execute();
    if (input.units.length) {
      const unique = new Map(input.units.map((u) => [`${u.unitId}:${u.relation}`, u]));
      await trx
        .insertInto('customer_units')
        .values([...unique.values()].map((u) => ({ project_id: projectId, customer_id: customerId, unit_id: u.unitId, relation: u.relation, created_at: now.toISOString() })))
        .execute();
    }
    await recordHistory(trx, { projectId, entityType: 'customer', entityId: customerId, action: 'created', actor, at: now, after: input });
  });
  return (await loadCustomers(deps.db.k, projectId, [customerId]))[0]!;
}
