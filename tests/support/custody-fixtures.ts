/**
 * Fixtures of the key, pass and status-report tests: a drawn signature, the demo's units by
 * code, owners added to the campus (the demo's campus customers are tenants and their staff).
 */
import type { TestContext } from './harness.ts';
import { customerOnUnit, type PersonOnUnit } from './customer-fixtures.ts';

// A 1×1 PNG, as the signature pad would send it.
export const PNG_URL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export const padSignature = (signerName: string) => ({ signerName, method: 'pad' as const, image: PNG_URL });

export async function unitId(ctx: TestContext, projectId: string, code: string): Promise<string> {
  return (await ctx.deps.db.k.selectFrom('units').select('unit_id').where('project_id', '=', projectId).where('code', '=', code).executeTakeFirstOrThrow()).unit_id;
}

export async function userId(ctx: TestContext, username: string): Promise<string> {
  return (await ctx.deps.db.k.selectFrom('users').select('user_id').where('username', '=', username).executeTakeFirstOrThrow()).user_id;
}

export async function customerNamed(ctx: TestContext, projectId: string, name: string): Promise<string> {
  return (await ctx.deps.db.k.selectFrom('customers').select('customer_id').where('project_id', '=', projectId).where('name', '=', name).executeTakeFirstOrThrow()).customer_id;
}

/** A person linked to a unit (as the archive workflows leave them), with an ID number in the archive when given. */
export async function addPerson(ctx: TestContext, projectId: string, p: PersonOnUnit & { idNumber?: string }): Promise<string> {
  const customerId = await customerOnUnit(ctx.deps, projectId, p);
  if (p.idNumber) await ctx.deps.db.k.updateTable('customers').set({ id_number: p.idNumber, id_type: 'id_card' }).where('project_id', '=', projectId).where('customer_id', '=', customerId).execute();
  return customerId;
}

/** How many rows a table has in a project: "nothing was written". */
export async function countRows(ctx: TestContext, table: 'keys' | 'key_movements' | 'key_requests' | 'passes' | 'signatures' | 'history' | 'status_reports', projectId: string): Promise<number> {
  const k = ctx.deps.db.k as unknown as import('kysely').Kysely<Record<string, { project_id: string }>>;
  const r = await k.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('project_id', '=', projectId).executeTakeFirstOrThrow();
  return Number(r.n);
}
