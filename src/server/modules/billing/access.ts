/**
 * Permissions of the money side (granted per role in platform/access/roles.ts).
 */
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Permission } from '../../platform/access/roles.ts';

export const BILLING_PERMISSIONS = [
  'billing.read', // bills, ledger, balances, arrears, registers
  'billing.collect', // readings, bill runs, payments, prepayments, deposits, parking rentals and cards
  'billing.adjust', // refunds; asking for a deduction or the reversal of an entry
  'billing.approve', // approving or rejecting those requests (a second person, FEE-6/ORG-2)
] as const;
export type BillingPermission = (typeof BILLING_PERMISSIONS)[number];

export function requireBilling(
  actor: Actor,
  permission: BillingPermission | Permission,
  projectId: string,
): void {
  requireAccess({ actor, permission: permission as Permission, projectId });
}
