import type { DbOrTrx } from '../../platform/history/record-history.ts';
import type { StaffDto } from './contract.ts';

/** Staff with their memberships; limited to one project's members when projectId is given. */
export async function findStaff(
  db: DbOrTrx,
  opts: { projectId?: string; userId?: string },
): Promise<StaffDto[]> {
  let users = db.selectFrom('users').selectAll().orderBy('username');
  if (opts.userId) users = users.where('user_id', '=', opts.userId);
  if (opts.projectId) {
    const pid = opts.projectId;
    users = users.where((eb) =>
      eb.exists(
        eb
          .selectFrom('memberships as m')
          .select('m.user_id')
          .whereRef('m.user_id', '=', 'users.user_id')
          .where('m.project_id', '=', pid),
      ),
    );
  }
  const rows = await users.execute();
  if (rows.length === 0) return [];
  let mq = db
    .selectFrom('memberships as m')
    .innerJoin('projects as p', 'p.project_id', 'm.project_id')
    .leftJoin('departments as d', (j) =>
      j.onRef('d.project_id', '=', 'm.project_id').onRef('d.department_id', '=', 'm.department_id'),
    )
    .select(['m.user_id', 'm.project_id', 'p.name', 'm.role', 'd.code']);
  if (opts.userId) mq = mq.where('m.user_id', '=', opts.userId);
  if (opts.projectId) mq = mq.where('m.project_id', '=', opts.projectId);
  const ms = await mq.orderBy('p.code').orderBy('m.role').execute();
  const byUser = new Map<string, StaffDto['memberships']>();
  for (const m of ms)
    byUser.set(m.user_id, [
      ...(byUser.get(m.user_id) ?? []),
      { projectId: m.project_id, projectName: m.name, role: m.role, department: m.code },
    ]);
  return rows.map((u) => ({
    userId: u.user_id,
    username: u.username,
    displayName: u.display_name,
    phone: u.phone,
    isCompanyAdmin: u.is_company_admin === 1,
    active: u.active === 1,
    mustChangePassword: u.must_change_password === 1,
    memberships: byUser.get(u.user_id) ?? [],
  }));
}
