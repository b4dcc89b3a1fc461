/**
 * A demo user as an Actor, for calling a module function in this process the way the route
 * would after login (same fields and roles as loadSession in platform/auth/sessions.ts).
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../src/server/platform/access/actor.ts';
import type { Database } from '../../src/server/platform/db/schema.ts';

export async function actorOf(db: Kysely<Database>, username: string): Promise<Actor> {
  const u = await db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const memberships = await db
    .selectFrom('memberships')
    .select(['project_id', 'role'])
    .where('user_id', '=', u.user_id)
    .execute();
  const roles = new Map<string, string[]>();
  for (const m of memberships) roles.set(m.project_id, [...(roles.get(m.project_id) ?? []), m.role]);
  return {
    userId: u.user_id,
    username: u.username,
    displayName: u.display_name,
    isCompanyAdmin: u.is_company_admin === 1,
    locale: u.locale,
    mustChangePassword: u.must_change_password === 1,
    roles,
  };
}
