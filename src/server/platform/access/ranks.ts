/**
 * ORG-2 separation of duties for staff administration, pure (the browser imports it too, so
 * the staff page offers only what the server allows).
 *
 * Roles are ranked per project. A person's rank in a project is the highest rank of the roles
 * they hold there; the company admin stands above every project rank. Nobody grants a role at
 * or above their own rank, changes their own roles or account, or manages (roles, password
 * reset, disabling, editing) a person whose rank there is at or above their own — so a CS
 * manager can neither promote himself nor take over the project manager, and only a company
 * admin manages project managers. Company admins manage everyone but themselves.
 */
import type { Role } from './roles.ts';

/**
 * Higher outranks lower; the project manager heads the project. The archivist (full owner
 * data, CUS-3) and the cashier (the money, FEE) rank with the CS manager although they manage
 * no one: they hold powers the CS manager does not, so only the project manager (or the
 * company admin) gives, resets or disables those accounts.
 */
export const ROLE_RANK: Record<Role, number> = {
  cs_clerk: 1,
  engineering: 1,
  security: 1,
  cleaning: 1,
  cs_supervisor: 2,
  night_manager: 2,
  department_head: 2,
  cs_manager: 3,
  archivist: 3,
  cashier: 3,
  project_manager: 4,
};

/** Above every project role: the company admin. */
export const COMPANY_ADMIN_RANK = 100;

/** The highest rank among these roles; 0 for none (or only unknown ones). */
export function rankOf(roles: readonly string[]): number {
  return roles.reduce((max, r) => Math.max(max, ROLE_RANK[r as Role] ?? 0), 0);
}

/** Someone's standing in one project: the company admin outranks everyone. */
export interface Standing {
  isCompanyAdmin: boolean;
  /** Roles held in the project in question. */
  roles: readonly string[];
}

export function standingRank(s: Standing): number {
  return s.isCompanyAdmin ? COMPANY_ADMIN_RANK : rankOf(s.roles);
}

/** Whether this person may hand out `role` in the project: only roles strictly below their own rank. */
export function mayGrant(actor: Standing, role: string): boolean {
  return actor.isCompanyAdmin || (ROLE_RANK[role as Role] ?? COMPANY_ADMIN_RANK) < rankOf(actor.roles);
}

export type StaffRefusal = 'staff.own_account' | 'staff.rank_target' | 'staff.rank_grant';

/**
 * Why `actor` may not manage `target` in one project (roles, password, account state), or
 * null. `grant` lists the roles the change would give; checked only once the target itself
 * may be managed.
 * @example staffChangeRefusal({ actorId, actor: { isCompanyAdmin: false, roles: ['cs_manager'] }, targetId, target: { isCompanyAdmin: false, roles: ['project_manager'] } }) // 'staff.rank_target'
 */
export function staffChangeRefusal(c: {
  actorId: string;
  actor: Standing;
  targetId: string;
  target: Standing;
  grant?: readonly string[];
}): StaffRefusal | null {
  if (c.actorId !== '' && c.actorId === c.targetId) return 'staff.own_account';
  // Company admins stand above every project rank and look after each other's accounts
  // (someone must be able to reset an admin's password); the last one stays (staff service).
  if (c.actor.isCompanyAdmin) return null;
  if (standingRank(c.target) >= rankOf(c.actor.roles)) return 'staff.rank_target';
  if ((c.grant ?? []).some((r) => !mayGrant(c.actor, r))) return 'staff.rank_grant';
  return null;
}
