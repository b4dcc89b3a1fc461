/**
 * Who may rent a monthly space (PRK-1): customers who are an owner or tenant of a unit of
 * the project, found by name, company, unit code or (for the roles that take calls) phone —
 * phones masked (CUS-3) — each with the units through
 * which they qualify. The customers module's own search finds anyone by name or phone;
 * this one also searches unit codes and leaves out people the rental would refuse.
 */
import type { Expression, SqlBool } from 'kysely';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { requireBilling } from '../billing/index.ts';
import { loadCustomers } from '../customers/index.ts';
import { likeContains } from '../../platform/db/like.ts';
import { MAX_MATCHES, phoneMatchesFor } from '../customers/index.ts';
import type { CustomerDto } from '../customers/index.ts';

/** The relations that allow a monthly rental (PRK-1). */
export const RENTER_RELATIONS = ['owner', 'tenant'] as const;

export async function eligibleRenters(
  deps: Deps,
  actor: Actor,
  projectId: string,
  text: string,
): Promise<CustomerDto[]> {
  requireBilling(actor, 'billing.collect', projectId);
  const q = text.trim();
  if (!q) return [];
  const rows = await deps.db.k
    .selectFrom('customer_units as cu')
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'cu.project_id').onRef('c.customer_id', '=', 'cu.customer_id'),
    )
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'cu.project_id').onRef('u.unit_id', '=', 'cu.unit_id'),
    )
    .select(['c.customer_id', 'c.name'])
    .distinct()
    .where('cu.project_id', '=', projectId)
    .where('cu.relation', 'in', RENTER_RELATIONS)
    .where((eb) => {
      const any: Expression<SqlBool>[] = [
        likeContains('c.name', q),
        likeContains('c.company', q),
        likeContains('u.code', q),
      ];
      // CUS-3: by number only for the roles that take calls, and only the whole number or its last digits.
      const byPhone = phoneMatchesFor(actor, projectId, 'p.phone_norm', q);
      if (byPhone)
        any.push(
          eb.exists(
            eb
              .selectFrom('customer_phones as p')
              .select('p.customer_id')
              .whereRef('p.project_id', '=', 'cu.project_id')
              .whereRef('p.customer_id', '=', 'cu.customer_id')
              .where(byPhone),
          ),
        );
      return eb.or(any);
    })
    .orderBy('c.name')
    .limit(MAX_MATCHES)
    .execute();
  const customers = await loadCustomers(
    deps.db.k,
    projectId,
    rows.map((r) => r.customer_id),
    'masked',
  );
  // Only the units they may rent through, once each (owner and tenant of one unit is listed once).
  const qualifies = (relation: string) => (RENTER_RELATIONS as readonly string[]).includes(relation);
  return customers.map((c) => {
    const seen = new Set<string>();
    return {
      ...c,
      units: c.units.filter((u) => qualifies(u.relation) && !seen.has(u.unitId) && seen.add(u.unitId)),
    };
  });
}
