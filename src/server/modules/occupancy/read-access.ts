/**
 * Who may look at handovers and move-ins: the customer-service desk that runs them, the
 * manager who approves a move-in and the cashier who takes their fees — each step is then
 * checked on its own (record-step.ts). Anyone else in the project is refused; someone
 * outside it is told the project does not exist (requireAccess, ORG-1).
 */
import type { Actor } from '../../platform/access/actor.ts';
import { canAccess, requireAccess } from '../../platform/access/require-access.ts';
import type { Permission } from '../../platform/access/roles.ts';

export const OCCUPANCY_READERS: readonly Permission[] = [
  'occupancy.manage',
  'occupancy.approve',
  'billing.collect',
];

export function requireOccupancyRead(actor: Actor, projectId: string): void {
  requireAccess({ actor, permission: 'project.read', projectId });
  if (!OCCUPANCY_READERS.some((p) => canAccess(actor, p, projectId)))
    requireAccess({ actor, permission: 'occupancy.manage', projectId });
}
