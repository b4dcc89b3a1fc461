import { AppError } from '../errors.ts';
import type { Actor } from './actor.ts';
import { permissionsOf, type Permission } from './roles.ts';

/**
 * The first line of every use case: may this actor do this in this project?
 * A user who is not a member of the project gets NOT_FOUND rather than FORBIDDEN, so
 * project B's existence is not revealed to project A's staff (ORG-1).
 * @example requireAccess({ actor, permission: 'property.manage', projectId })
 */
export function requireAccess({
  actor,
  permission,
  projectId,
}: {
  actor: Actor;
  permission: Permission;
  projectId: string;
}): void {
  if (actor.isCompanyAdmin) return;
  const roles = actor.roles.get(projectId);
  if (!roles || roles.length === 0) throw new AppError('NOT_FOUND', { params: { what: 'what.project' } });
  if (!permissionsOf(roles).has(permission)) throw new AppError('FORBIDDEN', { params: { permission } });
}

export function requireCompanyAdmin(actor: Actor): void {
  if (!actor.isCompanyAdmin) throw new AppError('FORBIDDEN', { params: { permission: 'company.admin' } });
}

export function canAccess(actor: Actor, permission: Permission, projectId: string): boolean {
  try {
    requireAccess({ actor, permission, projectId });
    return true;
  } catch {
    return false;
  }
}
