import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { shownPhone, type PersonalDataView } from '../../platform/access/personal-data.ts';
import type { CustomerDto } from './contract.ts';

/** Customers with their phones (as the endpoint's view shows them, CUS-3) and units, for a set of ids (order kept). */
export async function loadCustomers(
  db: DbOrTrx,
  projectId: string,
  ids: string[],
  view: PersonalDataView,
): Promise<CustomerDto[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('customers')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('customer_id', 'in', ids)
    .execute();
  const phones = await db
    .selectFrom('customer_phones')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('customer_id', 'in', ids)
    .execute();
  const units = await db
    .selectFrom('customer_units as cu')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'cu.project_id').onRef('u.unit_id', '=', 'cu.unit_id'),
    )
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .select(['cu.customer_id', 'cu.unit_id', 'u.code', 'b.name', 'cu.relation'])
    .where('cu.project_id', '=', projectId)
    .where('cu.customer_id', 'in', ids)
    .orderBy('u.code')
    .execute();
  const byId = new Map(rows.map((r) => [r.customer_id, r]));
  return ids
    .map((id) => byId.get(id))
    .filter((r) => r !== undefined)
    .map((r) => ({
      customerId: r.customer_id,
      kind: r.kind as CustomerDto['kind'],
      name: r.name,
      company: r.company,
      phones: phones
        .filter((p) => p.customer_id === r.customer_id)
        .map((p) => ({ phone: shownPhone(p.phone, view), label: p.label })),
      units: units
        .filter((u) => u.customer_id === r.customer_id)
        .map((u) => ({ unitId: u.unit_id, code: u.code, buildingName: u.name, relation: u.relation })),
      version: r.version,
    }));
}
