/**
 * People: customers as the archive workflows leave them (linked to a unit), demo users and
 * customers by name, and a demo user given a role in another project.
 */
import { SYSTEM_ACTOR } from '../../../src/server/platform/access/actor.ts';
import { createCustomer, linkCustomerToUnit } from '../../../src/server/modules/customers/index.ts';
import type { Deps } from '../../../src/server/platform/http/context.ts';
import type { TestContext } from '../harness.ts';
import { nextSeq } from './sequence.ts';

export type UnitRelation = 'owner' | 'tenant' | 'occupant' | 'staff';

export interface TestCustomer {
  projectId: string;
  name: string;
  phone: string;
  kind: 'person' | 'company';
  company: string;
  /** Linked to this unit when given. The desk's POST /customers cannot link anyone (CUS-3: a caller is never an occupant). */
  unitId?: string;
  relation: UnitRelation;
  /** Filed in the archive as an ID card when given. */
  idNumber?: string;
}

/** A fresh mobile number, so a default customer never matches another by phone. */
export const testPhone = (): string =>
  `139${String(process.pid % 10_000).padStart(4, '0')}${String(nextSeq()).padStart(4, '0')}`;

/**
 * A customer made by the customers module (createCustomer, linkCustomerToUnit), with defaults
 * for everything but the project.
 * @example await createTestCustomer(ctx().deps, { projectId: P, name: '钱卫东', unitId, relation: 'owner' })
 */
export async function createTestCustomer(
  deps: Deps,
  overrides: Partial<TestCustomer> & { projectId: string },
): Promise<string> {
  const p: TestCustomer = {
    name: `客户${nextSeq()}`,
    phone: testPhone(),
    kind: 'person',
    company: '',
    relation: 'owner',
    ...overrides,
  };
  const c = await createCustomer(deps, SYSTEM_ACTOR, p.projectId, {
    kind: p.kind,
    name: p.name,
    company: p.company,
    phones: [{ phone: p.phone, label: 'mobile' }],
  });
  if (p.unitId)
    await linkCustomerToUnit(deps.db.k, {
      projectId: p.projectId,
      customerId: c.customerId,
      unitId: p.unitId,
      relation: p.relation,
      actor: SYSTEM_ACTOR,
      at: deps.clock.now(),
      workflow: 'test',
    });
  // Written directly, as the old fixture did: saveArchiveFields would also check the number's checksum and add a history entry the custody tests do not expect.
  if (p.idNumber)
    await deps.db.k
      .updateTable('customers')
      .set({ id_number: p.idNumber, id_type: 'id_card' })
      .where('project_id', '=', p.projectId)
      .where('customer_id', '=', c.customerId)
      .execute();
  return c.customerId;
}

export async function userIdOf(ctx: TestContext, username: string): Promise<string> {
  return (
    await ctx.deps.db.k
      .selectFrom('users')
      .select('user_id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).user_id;
}

export async function customerNamed(ctx: TestContext, projectId: string, name: string): Promise<string> {
  return (
    await ctx.deps.db.k
      .selectFrom('customers')
      .select('customer_id')
      .where('project_id', '=', projectId)
      .where('name', '=', name)
      .executeTakeFirstOrThrow()
  ).customer_id;
}

/** The customer holding `relation` to a unit (the demo's tenants, say). */
export async function customerOfUnit(
  ctx: TestContext,
  projectId: string,
  unitId: string,
  relation: UnitRelation,
): Promise<string> {
  const r = await ctx.deps.db.k
    .selectFrom('customer_units')
    .select('customer_id')
    .where('project_id', '=', projectId)
    .where('unit_id', '=', unitId)
    .where('relation', '=', relation)
    .executeTakeFirstOrThrow();
  return r.customer_id;
}

/**
 * A demo user given a role in another project (as a company with one finance office would).
 * The membership row is written directly, as the old billing fixture did: staff's setRoles
 * would also replace the person's other roles there and add a roles_changed history entry.
 */
export async function joinProject(
  ctx: TestContext,
  username: string,
  projectId: string,
  role: string,
  departmentCode = 'finance',
): Promise<void> {
  const k = ctx.deps.db.k;
  const dept = await k
    .selectFrom('departments')
    .select('department_id')
    .where('project_id', '=', projectId)
    .where('code', '=', departmentCode)
    .executeTakeFirst();
  await k
    .insertInto('memberships')
    .values({
      project_id: projectId,
      user_id: await userIdOf(ctx, username),
      role,
      department_id: dept?.department_id ?? null,
      created_at: ctx.clock.now().toISOString(),
      created_by: null,
    })
    .execute();
}
