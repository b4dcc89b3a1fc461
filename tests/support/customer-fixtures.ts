/**
 * Test setup: a customer who owns, rents or lives in a unit, as the archive workflows (roster,
 * handover, move-in, transfer) leave them. The desk's POST /customers cannot link anyone to a
 * unit (CUS-3: a caller is never an occupant), so tests that need a unit's people start here.
 */
import { SYSTEM_ACTOR } from '../../src/server/platform/access/actor.ts';
import type { Deps } from '../../src/server/platform/http/context.ts';
import { createCustomer } from '../../src/server/modules/customers/service.ts';
import { linkCustomerToUnit } from '../../src/server/modules/customers/unit-links.ts';

export interface PersonOnUnit {
  name: string;
  phone: string;
  unitId: string;
  relation: 'owner' | 'tenant' | 'occupant' | 'staff';
  kind?: 'person' | 'company';
  company?: string;
}

/** @example await customerOnUnit(ctx().deps, P, { name: '钱卫东', phone: '13911110001', unitId, relation: 'owner' }) */
export async function customerOnUnit(deps: Deps, projectId: string, p: PersonOnUnit): Promise<string> {
  const c = await createCustomer(deps, SYSTEM_ACTOR, projectId, { kind: p.kind ?? 'person', name: p.name, company: p.company ?? '', phones: [{ phone: p.phone, label: 'mobile' }] });
  await linkCustomerToUnit(deps.db.k, { projectId, customerId: c.customerId, unitId: p.unitId, relation: p.relation, actor: SYSTEM_ACTOR, at: deps.clock.now(), workflow: 'test' });
  return c.customerId;
}
