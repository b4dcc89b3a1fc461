import type { Db } from '../db/connection.ts';
import { permissionsOf, PERMISSIONS } from '../access/roles.ts';
import type { Me } from './me.contract.ts';

export { MeSchema, type Me } from './me.contract.ts';

/** The user, the projects they may open with their roles and permissions, and the CSRF token. */
export async function describeMe(db: Db, userId: string, csrfToken: string): Promise<Me> {
  const u = await db.k
    .selectFrom('users')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const admin = u.is_company_admin === 1;
  const projects = await db.k
    .selectFrom('projects')
    .select(['project_id', 'code', 'name'])
    .where('active', '=', 1)
    .orderBy('code')
    .execute();
  const memberships = await db.k
    .selectFrom('memberships')
    .select(['project_id', 'role'])
    .where('user_id', '=', userId)
    .execute();
  const roles = new Map<string, string[]>();
  for (const m of memberships) roles.set(m.project_id, [...(roles.get(m.project_id) ?? []), m.role]);
  return {
    user: {
      userId: u.user_id,
      username: u.username,
      displayName: u.display_name,
      isCompanyAdmin: admin,
      locale: u.locale,
      mustChangePassword: u.must_change_password === 1,
    },
    projects: projects
      .filter((p) => admin || roles.has(p.project_id))
      .map((p) => ({
        projectId: p.project_id,
        code: p.code,
        name: p.name,
        roles: roles.get(p.project_id) ?? [],
        permissions: admin ? [...PERMISSIONS] : [...permissionsOf(roles.get(p.project_id) ?? [])],
      })),
    csrfToken,
  };
}
