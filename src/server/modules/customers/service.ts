/** Customers as the service desk needs them: find a caller by phone or name, record a new one (TKT-1, CUS-3). */
import type { z } from '@hono/zod-openapi';
import { unprocessable } from '../../platform/errors.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { likeContains } from '../../platform/db/like.ts';
import { maskPhone } from '../../platform/print/format.ts';
import { isWholePhone, MIN_WHOLE_DIGITS, normalizePhone } from './rules.ts';
import { MAX_MATCHES, phoneMatches, requireCallerLookup } from './phone-search.ts';
import { loadCustomers } from './repo.ts';
import type { CreateCustomerBody, CustomerDto } from './contract.ts';

/**
 * Caller-ID lookup (TKT-1): the whole number, or its last 4+ digits, for the roles that take
 * calls. The answer is masked even for the desk — the clerk has the number on the line;
 * what they need is the name and the units (CUS-3).
 */
export async function findCustomersByPhone(
  deps: Deps,
  actor: Actor,
  projectId: string,
  phone: string,
): Promise<CustomerDto[]> {
  requireAccess({ actor, permission: 'customer.read', projectId });
  requireCallerLookup(actor, projectId);
  const matches = phoneMatches('phone_norm', phone);
  if (!matches) return [];
  const rows = await deps.db.k
    .selectFrom('customer_phones')
    .select('customer_id')
    .distinct()
    .where('project_id', '=', projectId)
    .where(matches)
    .orderBy('customer_id')
    .limit(MAX_MATCHES)
    .execute();
  return loadCustomers(
    deps.db.k,
    projectId,
    rows.map((r) => r.customer_id),
    'masked',
  );
}

/** By name or company, wildcards typed taken literally; masked, at most MAX_MATCHES (CUS-3). */
export async function searchCustomers(
  deps: Deps,
  actor: Actor,
  projectId: string,
  text: string,
): Promise<CustomerDto[]> {
  requireAccess({ actor, permission: 'customer.read', projectId });
  const q = text.trim();
  if (!q) return [];
  const rows = await deps.db.k
    .selectFrom('customers')
    .select('customer_id')
    .where('project_id', '=', projectId)
    .where((eb) => eb.or([likeContains('name', q), likeContains('company', q)]))
    .orderBy('name')
    .limit(MAX_MATCHES)
    .execute();
  return loadCustomers(
    deps.db.k,
    projectId,
    rows.map((r) => r.customer_id),
    'masked',
  );
}

/**
 * A customer recorded at the desk: a person or company with their numbers (whole numbers, so
 * a ticket can be called back). Never a link to a unit (CUS-1): who owns, rents or lives in a
 * unit comes only from the archive workflows — roster, handover, move-in, transfer — never
 * from whoever phoned about it (a complainant from next door is no 同住人).
 */
export async function createCustomer(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof CreateCustomerBody>,
): Promise<CustomerDto> {
  requireAccess({ actor, permission: 'customer.manage', projectId });
  const partial = input.phones.findIndex((p) => !isWholePhone(p.phone));
  if (partial >= 0)
    throw unprocessable('customer.phone_partial', { min: MIN_WHOLE_DIGITS }, `phones.${partial}.phone`);
  const now = deps.clock.now();
  const customerId = newId(now.getTime());
  await deps.db.k.transaction().execute(async (trx) => {
    await trx
      .insertInto('customers')
      .values({
        project_id: projectId,
        customer_id: customerId,
        kind: input.kind,
        name: input.name,
        company: input.company,
        note: '',
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    const phones = new Map(input.phones.map((p) => [normalizePhone(p.phone), p]));
    await trx
      .insertInto('customer_phones')
      .values(
        [...phones].map(([norm, p]) => ({
          project_id: projectId,
          customer_id: customerId,
          phone: p.phone,
          phone_norm: norm,
          label: p.label,
        })),
      )
      .execute();
    await recordHistory(trx, {
      projectId,
      entityType: 'customer',
      entityId: customerId,
      action: 'created',
      actor,
      at: now,
      after: { ...input, phones: input.phones.map((p) => ({ ...p, phone: maskPhone(p.phone) })) },
    });
  });
  return (await loadCustomers(deps.db.k, projectId, [customerId], 'masked'))[0]!;
}
