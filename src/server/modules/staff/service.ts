/** Staff accounts and their roles per project (ORG-1..3). */
import type { z } from '@hono/zod-openapi';
import { AppError, notFound } from '../../platform/errors.ts';
import { requireAccess, requireCompanyAdmin } from '../../platform/access/require-access.ts';
import { ROLE_DEPARTMENT, type Role } from '../../platform/access/roles.ts';
import { mayGrant, staffChangeRefusal } from '../../platform/access/ranks.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory, type DbOrTrx } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { hashPassword, isAcceptablePassword } from '../../platform/auth/passwords.ts';
import { deleteUserSessions } from '../../platform/auth/sessions.ts';
import { replaceMemberships } from '../../platform/org/memberships.ts';
import { insertUser, resetUserPassword, updateUserProfile } from '../../platform/org/users.ts';
import { findStaff } from './repo.ts';
import type { CreateStaffBody, RoleAssignment, StaffDto, UpdateStaffBody } from './contract.ts';

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

const rolesIn = (s: StaffDto, projectId: string) =>
  s.memberships.filter((m) => m.projectId === projectId).map((m) => m.role);

/** The person a staff change is about, as the rank rule sees them in one project. */
interface Subject {
  userId: string;
  displayName: string;
  isCompanyAdmin: boolean;
  roles: readonly string[];
}

const subjectIn = (s: StaffDto, projectId: string): Subject => ({
  userId: s.userId,
  displayName: s.displayName,
  isCompanyAdmin: s.isCompanyAdmin,
  roles: rolesIn(s, projectId),
});

/**
 * ORG-2: refuses a change to `target` in one project when it is the actor's own account, the
 * target ranks at or above the actor there, or `grant` holds a role at or above the actor's
 * (each such role marked on its field).
 */
function requireOutranks(actor: Actor, target: Subject, projectId: string, grant: Assignment[] = []): void {
  const standing = { isCompanyAdmin: actor.isCompanyAdmin, roles: actor.roles.get(projectId) ?? [] };
  const refusal = staffChangeRefusal({
    actorId: actor.userId,
    actor: standing,
    targetId: target.userId,
    target,
    grant: grant.map((g) => g.role),
  });
  if (refusal === 'staff.rank_grant') {
    const fields = grant.flatMap((g, i) =>
      mayGrant(standing, g.role)
        ? []
        : [{ path: `roles.${i}.role`, key: refusal, params: { role: `role.name.${g.role}` } }],
    );
    throw new AppError('FORBIDDEN', { key: refusal, params: fields[0]!.params, fields });
  }
  if (refusal) throw new AppError('FORBIDDEN', { key: refusal, params: { name: target.displayName } });
}

/**
 * Non-admins may manage a person only if every project the person is in is one they manage
 * and where they outrank the person (ORG-2); nobody manages their own account here.
 */
async function requireManageUser(db: DbOrTrx, actor: Actor, userId: string): Promise<StaffDto> {
  const target = await getStaff(db, userId);
  if (actor.isCompanyAdmin) {
    requireOutranks(actor, subjectIn(target, ''), '');
    return target;
  }
  if (target.isCompanyAdmin || target.memberships.length === 0)
    throw new AppError('FORBIDDEN', { params: { permission: 'company.admin' } });
  for (const projectId of new Set(target.memberships.map((m) => m.projectId))) {
    requireAccess({ actor, permission: 'staff.manage', projectId });
    requireOutranks(actor, subjectIn(target, projectId), projectId);
  }
  return target;
}

function weakPassword(path: string): AppError {
  return new AppError('UNPROCESSABLE', {
    key: 'auth.password_too_weak',
    fields: [{ path, key: 'auth.password_too_weak' }],
  });
}

async function writeRoles(
  trx: DbOrTrx,
  projectId: string,
  userId: string,
  roles: Assignment[],
  actor: Actor,
  now: Date,
): Promise<void> {
  const headless = roles.findIndex((r) => r.role === 'department_head' && !r.department);
  if (headless >= 0)
    throw new AppError('VALIDATION', {
      fields: [{ path: `roles.${headless}.department`, key: 'role.department_required' }],
    });
  const departments = await trx
    .selectFrom('departments')
    .select(['department_id', 'code'])
    .where('project_id', '=', projectId)
    .execute();
  const deptId = new Map(departments.map((d) => [d.code, d.department_id]));
  const unique = new Map(roles.map((r) => [r.role, r]));
  const grants = [...unique.values()].map((r) => ({
    role: r.role,
    departmentId: deptId.get(r.department ?? ROLE_DEPARTMENT[r.role as Role] ?? 'admin') ?? null,
  }));
  await replaceMemberships(trx, projectId, userId, grants, actor.userId || null, now);
}

export async function createStaff(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof CreateStaffBody>,
): Promise<StaffDto> {
  if (input.projectId) requireAccess({ actor, permission: 'staff.manage', projectId: input.projectId });
  else requireCompanyAdmin(actor);
  if (input.isCompanyAdmin) requireCompanyAdmin(actor);
  if (input.roles.length > 0 && !input.projectId)
    throw new AppError('VALIDATION', { fields: [{ path: 'projectId', key: 'field.required' }] });
  if (!isAcceptablePassword(input.password)) throw weakPassword('password');
  const now = deps.clock.now();
  const userId = newId(now.getTime());
  if (input.projectId)
    requireOutranks(
      actor,
      { userId, displayName: input.displayName, isCompanyAdmin: false, roles: [] },
      input.projectId,
      input.roles,
    );
  const passwordHash = await hashPassword(input.password);
  await deps.db.k.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom('users')
      .select('user_id')
      .where('username', '=', input.username)
      .executeTakeFirst();
    if (clash)
      throw new AppError('DUPLICATE', {
        params: { what: 'what.username' },
        fields: [{ path: 'username', key: 'error.DUPLICATE', params: { what: 'what.username' } }],
      });
    await insertUser(trx, {
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
      // ORG-2: the creator knew the first password, so never approves for this account.
      created_by: actor.userId || null,
      password_reset_by: null,
    });
    if (input.projectId) {
      await writeRoles(trx, input.projectId, userId, input.roles, actor, now);
      await recordHistory(trx, {
        projectId: input.projectId,
        entityType: 'staff',
        entityId: userId,
        action: 'created',
        actor,
        at: now,
        after: { username: input.username, displayName: input.displayName, roles: input.roles },
      });
    }
  });
  return getStaff(deps.db.k, userId);
}

/**
 * Replaces a person's roles in one project. Only a company admin adds someone who is not yet
 * in the project (people of other projects stay invisible to a project's managers, ORG-1);
 * the answer shows this project's roles only.
 */
export async function setRoles(
  deps: Deps,
  actor: Actor,
  projectId: string,
  userId: string,
  roles: Assignment[],
): Promise<StaffDto> {
  requireAccess({ actor, permission: 'staff.manage', projectId });
  const now = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const before = await getStaff(trx, userId);
    if (!actor.isCompanyAdmin && rolesIn(before, projectId).length === 0) throw notFound('what.user');
    requireOutranks(actor, subjectIn(before, projectId), projectId, roles);
    await writeRoles(trx, projectId, userId, roles, actor, now);
    await recordHistory(trx, {
      projectId,
      entityType: 'staff',
      entityId: userId,
      action: 'roles_changed',
      actor,
      at: now,
      before: before.memberships
        .filter((m) => m.projectId === projectId)
        .map((m) => ({ role: m.role, department: m.department })),
      after: roles,
    });
  });
  const [inProject] = await findStaff(deps.db.k, { projectId, userId });
  return inProject ?? { ...(await getStaff(deps.db.k, userId)), memberships: [] };
}

export async function updateStaff(
  deps: Deps,
  actor: Actor,
  userId: string,
  input: z.infer<typeof UpdateStaffBody>,
): Promise<StaffDto> {
  const now = deps.clock.now();
  // One's own name and phone are one's own to keep current; everything else needs someone above.
  const ownContactOnly =
    userId === actor.userId && input.active === undefined && input.isCompanyAdmin === undefined;
  await deps.db.k.transaction().execute(async (trx) => {
    const before = ownContactOnly ? await getStaff(trx, userId) : await requireManageUser(trx, actor, userId);
    if (input.isCompanyAdmin !== undefined) requireCompanyAdmin(actor);
    if ((input.active === false || input.isCompanyAdmin === false) && before.isCompanyAdmin) {
      const admins = await trx
        .selectFrom('users')
        .select('user_id')
        .where('is_company_admin', '=', 1)
        .where('active', '=', 1)
        .execute();
      if (admins.length <= 1) throw new AppError('UNPROCESSABLE', { key: 'staff.last_admin' });
    }
    await updateUserProfile(
      trx,
      userId,
      {
        ...(input.displayName !== undefined && { display_name: input.displayName }),
        ...(input.phone !== undefined && { phone: input.phone }),
        ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
        ...(input.isCompanyAdmin !== undefined && { is_company_admin: input.isCompanyAdmin ? 1 : 0 }),
      },
      now,
    );
    for (const projectId of new Set(before.memberships.map((m) => m.projectId))) {
      await recordHistory(trx, {
        projectId,
        entityType: 'staff',
        entityId: userId,
        action: 'updated',
        actor,
        at: now,
        after: input,
      });
    }
  });
  if (input.active === false) await deleteUserSessions(deps.db, userId);
  return getStaff(deps.db.k, userId);
}

/**
 * Sets another person's password (they forgot theirs): they must choose their own at next
 * login, their sessions end, the reset is in their history (never the password), and the one
 * who reset it — who knew the password — never approves for them (ORG-2).
 */
export async function resetPassword(
  deps: Deps,
  actor: Actor,
  userId: string,
  password: string,
): Promise<void> {
  const target = await requireManageUser(deps.db.k, actor, userId);
  if (!isAcceptablePassword(password)) throw weakPassword('password');
  const hash = await hashPassword(password);
  const now = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    await resetUserPassword(trx, userId, hash, actor.userId || null, now);
    for (const projectId of new Set(target.memberships.map((m) => m.projectId))) {
      await recordHistory(trx, {
        projectId,
        entityType: 'staff',
        entityId: userId,
        action: 'password_reset',
        actor,
        at: now,
        after: { mustChangePassword: true },
      });
    }
  });
  await deleteUserSessions(deps.db, userId);
}
