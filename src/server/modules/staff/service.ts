/** Staff accounts and their roles per project (ORG-1..3). */
import type { z } from '@hono/zod-openapi';
import { AppError, notFound } from '../../platform/errors.ts';
import { requireAccess, requireCompanyAdmin } from '../../platform/access/require-access.ts';
import { ROLE_DEPARTMENT, type Role } from '../../platform/access/roles.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory, type DbOrTrx } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { hashPassword, isAcceptablePassword } from '../../platform/auth/passwords.ts';
import { deleteUserSessions } from '../../platform/auth/sessions.ts';
import { findStaff } from './repo.ts';
import type { CreateStaffBody, RoleAssignment, StaffDto, UpdateStaffBody } from './schema.ts';

type Assignment = z.infer<typeof RoleAssignment>;

export async function listStaff(db: DbOrTrx, actor: Actor, projectId?: string): Promise<StaffDto[]> {
  if (projectId) {
    requireAccess({ actor, permission: 'staff.read', projectId });
    return findStaff(db, { projectId });
  }
  requireCompanyAdmin(actor);
  return findStaff(db, {});
}

export async function getStaff(db: DbOrTrx, userId: string): Promise<StaffDto> {
  const [s] = await findStaff(db, { userId });
  if (!s) throw notFound('what.user');
  return s;
}

/** Non-admins may manage a person only if every project the person is in is one they manage. */
async function requireManageUser(db: DbOrTrx, actor: Actor, userId: string): Promise<StaffDto> {
  const target = await getStaff(db, userId);
  if (actor.isCompanyAdmin) return target;
  if (target.isCompanyAdmin || target.memberships.length === 0) throw new AppError('FORBIDDEN', { params: { permission: 'company.admin' } });
  for (const m of target.memberships) requireAccess({ actor, permission: 'staff.manage', projectId: m.projectId });
  return target;
}

function weakPassword(path: string): AppError {
  return new AppError('UNPROCESSABLE', { key: 'auth.password_too_weak', fields: [{ path, key: 'auth.password_too_weak' }] });
}

async function writeRoles(trx: DbOrTrx, projectId: string, userId: string, roles: Assignment[], actor: Actor, now: Date): Promise<void> {
  const departments = await trx.selectFrom('departments').select(['department_id', 'code']).where('project_id', '=', projectId).execute();
  const deptId = new Map(departments.map((d) => [d.code, d.department_id]));
  await trx.deleteFrom('memberships').where('project_id', '=', projectId).where('user_id', '=', userId).execute();
  const unique = new Map(roles.map((r) => [r.role, r]));
  const headless = roles.findIndex((r) => r.role === 'department_head' && !r.department);
  if (headless >= 0) throw new AppError('VALIDATION', { fields: [{ path: `roles.${headless}.department`, key: 'role.department_required' }] });
  if (unique.size === 0) return;
  await trx
    .insertInto('memberships')
    .values(
      [...unique.values()].map((r) => {
        const code = r.department ?? ROLE_DEPARTMENT[r.role as Role] ?? 'admin';
        return { project_id: projectId, user_id: userId, role: r.role, department_id: deptId.get(code) ?? null, created_at: now.toISOString(), created_by: actor.userId || null };
      }),
    )
    .execute();
}

export async function createStaff(deps: Deps, actor: Actor, input: z.infer<typeof CreateStaffBody>): Promise<StaffDto> {
  if (input.projectId) requireAccess({ actor, permission: 'staff.manage', projectId: input.projectId });
  else requireCompanyAdmin(actor);
  if (input.isCompanyAdmin) requireCompanyAdmin(actor);
  if (input.roles.length > 0 && !input.projectId) throw new AppError('VALIDATION', { fields: [{ path: 'projectId', key: 'field.required' }] });
  if (!isAcceptablePassword(input.password)) throw weakPassword('password');
  const now = deps.clock.now();
  const userId = newId(now.getTime());
  const passwordHash = await hashPassword(input.password);
  await deps.db.k.transaction().execute(async (trx) => {
    const clash = await trx.selectFrom('users').select('user_id').where('username', '=', input.username).executeTakeFirst();
    if (clash) throw new AppError('DUPLICATE', { params: { what: 'what.username' }, fields: [{ path: 'username', key: 'error.DUPLICATE', params: { what: 'what.username' } }] });
    await trx
      .insertInto('users')
      .values({
        user_id: userId,
        username: input.username,
        display_name: input.displayName,
        phone: input.phone ?? null,
        password_hash: passwordHash,
        is_company_admin: input.isCompanyAdmin ? 1 : 0,
        active: 1,
        // The person chooses their own password at first login.
        must_change_password: 1,
        locale: 'zh-CN',
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    if (input.projectId) {
      await writeRoles(trx, input.projectId, userId, input.roles, actor, now);
      await recordHistory(trx, { projectId: input.projectId, entityType: 'staff', entityId: userId, action: 'created', actor, at: now, after: { username: input.username, displayName: input.displayName, roles: input.roles } });
    }
  });
  return getStaff(deps.db.k, userId);
}

export async function setRoles(deps: Deps, actor: Actor, projectId: string, userId: string, roles: Assignment[]): Promise<StaffDto> {
  requireAccess({ actor, permission: 'staff.manage', projectId });
  const now = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const before = await getStaff(trx, userId);
    await writeRoles(trx, projectId, userId, roles, actor, now);
    await recordHistory(trx, {
      projectId,
      entityType: 'staff',
      entityId: userId,
      action: 'roles_changed',
      actor,
      at: now,
      before: before.memberships.filter((m) => m.projectId === projectId).map((m) => ({ role: m.role, department: m.department })),
      after: roles,
    });
  });
  return getStaff(deps.db.k, userId);
}

export async function updateStaff(deps: Deps, actor: Actor, userId: string, input: z.infer<typeof UpdateStaffBody>): Promise<StaffDto> {
  const now = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const before = await requireManageUser(trx, actor, userId);
    if (input.isCompanyAdmin !== undefined) requireCompanyAdmin(actor);
    if ((input.active === false || input.isCompanyAdmin === false) && before.isCompanyAdmin) {
      const admins = await trx.selectFrom('users').select('user_id').where('is_company_admin', '=', 1).where('active', '=', 1).execute();
      if (admins.length <= 1) throw new AppError('UNPROCESSABLE', { key: 'staff.last_admin' });
    }
    await trx
      .updateTable('users')
      .set({
        ...(input.displayName !== undefined && { display_name: input.displayName }),
        ...(input.phone !== undefined && { phone: input.phone }),
        ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
        ...(input.isCompanyAdmin !== undefined && { is_company_admin: input.isCompanyAdmin ? 1 : 0 }),
        updated_at: now.toISOString(),
      })
      .where('user_id', '=', userId)
      .execute();
    for (const projectId of new Set(before.memberships.map((m) => m.projectId))) {
      await recordHistory(trx, { projectId, entityType: 'staff', entityId: userId, action: 'updated', actor, at: now, after: input });
    }
  });
  if (input.active === false) await deleteUserSessions(deps.db, userId);
  return getStaff(deps.db.k, userId);
}

export async function resetPassword(deps: Deps, actor: Actor, userId: string, password: string): Promise<void> {
  await requireManageUser(deps.db.k, actor, userId);
  if (!isAcceptablePassword(password)) throw weakPassword('password');
  await deps.db.k
    .updateTable('users')
    .set({ password_hash: await hashPassword(password), must_change_password: 1, updated_at: deps.clock.now().toISOString() })
    .where('user_id', '=', userId)
    .execute();
  await deleteUserSessions(deps.db, userId);
}
