/** The demo staff as acting users, with their roles per project, for seeding through the use cases. */
import type { Actor } from '../platform/access/actor.ts';
import type { Deps } from '../platform/http/context.ts';

export type Actors = (username: string) => Actor;

/** Loads every demo user once; the seed then acts as clerk, engineer, cashier … by name. */
export async function loadActors(deps: Deps): Promise<Actors> {
  const users = await deps.db.k
    .selectFrom('users')
    .select(['user_id', 'username', 'display_name', 'is_company_admin', 'locale'])
    .execute();
  const memberships = await deps.db.k
    .selectFrom('memberships')
    .select(['user_id', 'project_id', 'role'])
    .execute();
  const byUser = new Map<string, Actor>();
  for (const u of users) {
    byUser.set(u.username, {
      userId: u.user_id,
      username: u.username,
      displayName: u.display_name,
      isCompanyAdmin: u.is_company_admin === 1,
      locale: u.locale,
      mustChangePassword: false,
      roles: new Map(),
    });
  }
  const byId = new Map([...byUser.values()].map((a) => [a.userId, a]));
  for (const m of memberships) {
    const roles = byId.get(m.user_id)?.roles;
    if (roles) roles.set(m.project_id, [...(roles.get(m.project_id) ?? []), m.role]);
  }
  return (username) => {
    const a = byUser.get(username);
    if (!a) throw new Error(`no demo user ${username}`);
    return a;
  };
}
