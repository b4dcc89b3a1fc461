/**
 * Who stands behind a unit (CUS-1): its owners, tenants, occupants and company staff, with
 * their phones and archive ID numbers — what the key and pass workflows ask before they
 * hand a key over (KEY-2) or phone the owner (REL-4). Read-only; other modules call these
 * instead of reading the customers tables.
 */
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { shownPhone } from '../../platform/access/personal-data.ts';
import type { UnitParty } from './contract.ts';

export type { UnitParty } from './contract.ts';

/** Everyone linked to the unit, owners first. */
export async function unitParties(db: DbOrTrx, projectId: string, unitId: string): Promise<UnitParty[]> {
  const rows = await db
    .selectFrom('customer_units as cu')
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'cu.project_id').onRef('c.customer_id', '=', 'cu.customer_id'),
    )
    .select(['c.customer_id', 'c.kind', 'c.name', 'c.company', 'c.id_number', 'cu.relation'])
    .where('cu.project_id', '=', projectId)
    .where('cu.unit_id', '=', unitId)
    .orderBy('c.name')
    .execute();
  if (rows.length === 0) return [];
  const phones = await db
    .selectFrom('customer_phones')
    .select(['customer_id', 'phone'])
    .where('project_id', '=', projectId)
    .where(
      'customer_id',
      'in',
      rows.map((r) => r.customer_id),
    )
    .execute();
  const order = ['owner', 'tenant', 'occupant', 'staff'];
  return rows
    .map((r) => ({
      customerId: r.customer_id,
      kind: r.kind as UnitParty['kind'],
      name: r.name,
      company: r.company,
      relation: r.relation,
      phones: phones.filter((p) => p.customer_id === r.customer_id).map((p) => p.phone),
      idNumber: r.id_number,
    }))
    .sort((a, b) => order.indexOf(a.relation) - order.indexOf(b.relation));
}

/** A party as lists show it (pass context, key parties): no ID number, phones masked (CUS-3). */
export function listedParty({ idNumber: _id, phones, ...p }: UnitParty): Omit<UnitParty, 'idNumber'> {
  return { ...p, phones: phones.map((n) => shownPhone(n, 'masked')) };
}

/** Customers of the project by id (name, archive ID number), for the ids that exist. */
export async function customersByIds(
  db: DbOrTrx,
  projectId: string,
  ids: string[],
): Promise<Map<string, { name: string; idNumber: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('customers')
    .select(['customer_id', 'name', 'id_number'])
    .where('project_id', '=', projectId)
    .where('customer_id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.customer_id, { name: r.name, idNumber: r.id_number }]));
}
