/**
 * The demo month's people in the units (CUS-1): every office in use or let has its company
 * (the tenant, who pays) and one or two of its staff; every estate flat handed over has its
 * owner, a let flat its tenant too, some an occupant of the family. Units 未接房 have nobody.
 * The two offices of building 1 the small demo leaves 未接房 although their companies are
 * billed (1-405, 1-1203) are recorded as in use, as the status survey should have found them.
 */
import { linkCustomerToUnit } from '../modules/customers/unit-links.ts';
import { SYSTEM_ACTOR } from '../platform/access/actor.ts';
import type { Deps } from '../platform/http/context.ts';
import { changeUnitStatus } from '../modules/properties/index.ts';
import { createCustomer } from '../modules/customers/service.ts';
import { startBilling } from '../modules/billing/accounts.ts';
import type { People } from './month-people.ts';
import type { Random } from './random.ts';

/**
 * A customer of the demo and their place: the archive record, then the occupancy link as the
 * archive workflows make it (CUS-1: recording a person never links them by itself).
 */
async function createLinked(
  deps: Deps,
  projectId: string,
  body: Parameters<typeof createCustomer>[3],
  unitId: string,
  relation: 'owner' | 'tenant' | 'occupant' | 'staff',
): Promise<{ customerId: string }> {
  const c = await createCustomer(deps, SYSTEM_ACTOR, projectId, body);
  await linkCustomerToUnit(deps.db.k, {
    projectId,
    customerId: c.customerId,
    unitId,
    relation,
    actor: SYSTEM_ACTOR,
    at: deps.clock.now(),
    workflow: 'demo',
  });
  return c;
}

export interface Resident {
  customerId: string;
  name: string;
  company: string;
  phone: string;
  unitId: string;
  unitCode: string;
  relation: 'owner' | 'tenant' | 'occupant' | 'staff';
}

const OCCUPIED = ['office_in_use', 'tenant_occupied', 'owner_occupied', 'renovating'];

async function unitsOf(deps: Deps, projectId: string) {
  return deps.db.k
    .selectFrom('units as u')
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .select(['u.unit_id', 'u.code', 'u.status', 'b.kind as buildingKind', 'b.owner_party as ownerParty'])
    .where('u.project_id', '=', projectId)
    .orderBy('u.code')
    .execute();
}

async function linkedUnits(deps: Deps, projectId: string): Promise<Set<string>> {
  const rows = await deps.db.k
    .selectFrom('customer_units')
    .select('unit_id')
    .where('project_id', '=', projectId)
    .execute();
  return new Set(rows.map((r) => r.unit_id));
}

/** Campus offices: the renting company (billed from `payersFrom`) and its staff. */
export async function seedCampusResidents(
  deps: Deps,
  projectId: string,
  people: People,
  r: Random,
  payersFrom: string,
): Promise<Resident[]> {
  for (const code of ['1-405', '1-1203']) {
    const u = await deps.db.k
      .selectFrom('units')
      .select(['unit_id', 'status'])
      .where('project_id', '=', projectId)
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    if (u.status === 'not_received') {
      await changeUnitStatus(deps.db.k, {
        projectId,
        unitId: u.unit_id,
        to: 'office_in_use',
        workflow: 'initial_survey',
        reason: '初始状态普查（已入驻）',
        actor: SYSTEM_ACTOR,
        at: deps.clock.now(),
      });
    }
  }
  const taken = await linkedUnits(deps, projectId);
  const residents: Resident[] = [];
  for (const u of await unitsOf(deps, projectId)) {
    if (!OCCUPIED.includes(u.status) || taken.has(u.unit_id)) continue;
    if (u.buildingKind !== 'office') {
      // The hotel and the theatre run themselves: their owner is the one customer there.
      const phone = `010${String(65900000 + residents.length * 41).slice(-8)}`;
      const owner = await createLinked(
        deps,
        projectId,
        { kind: 'company', name: u.ownerParty, company: u.ownerParty, phones: [{ phone, label: 'office' }] },
        u.unit_id,
        'owner',
      );
      residents.push({
        customerId: owner.customerId,
        name: u.ownerParty,
        company: u.ownerParty,
        phone,
        unitId: u.unit_id,
        unitCode: u.code,
        relation: 'owner',
      });
      continue;
    }
    const firm = people.firm();
    const phone = `010${String(65100000 + residents.length * 37).slice(-8)}`;
    const company = await createLinked(
      deps,
      projectId,
      { kind: 'company', name: firm, company: firm, phones: [{ phone, label: 'office' }] },
      u.unit_id,
      'tenant',
    );
    residents.push({
      customerId: company.customerId,
      name: firm,
      company: firm,
      phone,
      unitId: u.unit_id,
      unitCode: u.code,
      relation: 'tenant',
    });
    await startBilling(deps, SYSTEM_ACTOR, projectId, {
      unitId: u.unit_id,
      customerId: company.customerId,
      startDay: payersFrom,
    });
    for (let i = r.int(1, 2); i > 0; i--) {
      const name = people.name();
      const mobile = people.mobile();
      const c = await createLinked(
        deps,
        projectId,
        { kind: 'person', name, company: firm, phones: [{ phone: mobile, label: 'mobile' }] },
        u.unit_id,
        'staff',
      );
      residents.push({
        customerId: c.customerId,
        name,
        company: firm,
        phone: mobile,
        unitId: u.unit_id,
        unitCode: u.code,
        relation: 'staff',
      });
    }
  }
  return residents;
}

/** Estate flats: the owner of every flat handed over, a tenant where let, some family. */
export async function seedEstateResidents(
  deps: Deps,
  projectId: string,
  people: People,
  r: Random,
): Promise<Resident[]> {
  const taken = await linkedUnits(deps, projectId);
  const residents: Resident[] = [];
  const add = async (u: { unit_id: string; code: string }, relation: Resident['relation']) => {
    const name = people.name();
    const phone = people.mobile();
    const c = await createLinked(
      deps,
      projectId,
      { kind: 'person', name, company: '', phones: [{ phone, label: 'mobile' }] },
      u.unit_id,
      relation,
    );
    residents.push({
      customerId: c.customerId,
      name,
      company: '',
      phone,
      unitId: u.unit_id,
      unitCode: u.code,
      relation,
    });
  };
  for (const u of await unitsOf(deps, projectId)) {
    if (u.status === 'not_received' || taken.has(u.unit_id)) continue;
    await add(u, 'owner');
    if (u.status === 'tenant_occupied') await add(u, 'tenant');
    else if (u.status === 'owner_occupied' && r.chance(0.3)) await add(u, 'occupant');
  }
  return residents;
}
