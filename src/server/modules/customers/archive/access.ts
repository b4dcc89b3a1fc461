/** Access rules of the archive room that take more than one permission. */
import type { Actor } from '../../../platform/access/actor.ts';
import { canAccess, requireAccess } from '../../../platform/access/require-access.ts';
import type { Permission } from '../../../platform/access/roles.ts';

/**
 * Passes when the actor holds any of the permissions; otherwise the refusal the first one
 * would give (NOT_FOUND outside the project, FORBIDDEN inside it).
 * @example requireAnyOf(actor, ['archive.open', 'archive.approve'], projectId)
 */
export function requireAnyOf(
  actor: Actor,
  permissions: readonly [Permission, ...Permission[]],
  projectId: string,
): void {
  if (permissions.some((p) => canAccess(actor, p, projectId))) return;
  requireAccess({ actor, permission: permissions[0], projectId });
}
