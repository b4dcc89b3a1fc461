/**
 * Test support for the billing and parking tests: the cashier working in a second project,
 * logins to the real app, timers, demo units and customers.
 */
import type { Hono } from 'hono';
import { Client, type TestContext } from '../../../../tests/support/harness.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { customerOnUnit } from '../../../../tests/support/customer-fixtures.ts';

/** The cashier (收费员) collects and adjusts (roles.ts). */
export const CASHIER = 'cashier';
export const ADJUSTER = 'cashier';

/**
 * The demo's cashier works on the campus; the money tests run on the residential estate,
 * so the same person is given the cashier role there too (as a company with one finance
 * office would).
 */
export async function cashierJoins(ctx: TestContext, projectId: string): Promise<void> {
  const k = ctx.deps.db.k;
  const user = await k.selectFrom('users').select('user_id').where('username', '=', 'cashier').executeTakeFirstOrThrow();
  const finance = await k.selectFrom('departments').select('department_id').where('project_id', '=', projectId).where('code', '=', 'finance').executeTakeFirst();
  await k.insertInto('memberships').values({ project_id: projectId, user_id: user.user_id, role: 'cashier', department_id: finance?.department_id ?? null, created_at: ctx.clock.now().toISOString(), created_by: null }).execute();
}

export function billingApp(ctx: TestContext): Hono<AppEnv> {
  return ctx.app;
}

export async function loginTo(app: Hono<AppEnv>, username: string, lang: Client['lang'] = 'en'): Promise<Client> {
  const c = new Client(app);
  c.lang = lang;
  const res = await c.post('/api/auth/login', { username, password: 'Demo2026' });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  c.csrf = res.body.csrfToken;
  return c;
}

/** Fires due timers with the billing handlers as well as the platform's. */
export function sweepAll(ctx: TestContext): Promise<number> {
  return ctx.sweep();
}

export async function unitOf(ctx: TestContext, projectId: string, code: string) {
  return ctx.deps.db.k.selectFrom('units').selectAll().where('project_id', '=', projectId).where('code', '=', code).executeTakeFirstOrThrow();
}

/** A customer with a relation (owner/tenant/…) to a unit. */
export async function customerOn(ctx: TestContext, projectId: string, unitId: string, relation: 'owner' | 'tenant' | 'occupant' | 'staff', name: string): Promise<string> {
  const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  return customerOnUnit(ctx.deps, projectId, { name, phone, unitId, relation });
}
