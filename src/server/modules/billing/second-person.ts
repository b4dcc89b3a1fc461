/**
 * FEE-6/ORG-2: a money adjustment (reversal, deduction) is decided by a second person — never
 * the one who asked for it, and never the one who recorded the entry it reverses or reduces
 * (otherwise a cashier and a colleague could each undo the other's takings). Pure.
 *
 * Billing's own copy of the "approver is not the requester" rule: a shared one for every
 * approval of the product is being built in platform/access and will replace this.
 */
export type SecondPersonRefusal = 'own_request' | 'own_entry';

/**
 * @example secondPersonRefusal({ deciderId: 'u1', requesterId: 'u1', recordedBy: [] })       // 'own_request'
 * @example secondPersonRefusal({ deciderId: 'u2', requesterId: 'u1', recordedBy: ['u2'] })   // 'own_entry'
 * @example secondPersonRefusal({ deciderId: 'u3', requesterId: 'u1', recordedBy: ['u2'] })   // null
 */
export function secondPersonRefusal(p: { deciderId: string; requesterId: string | null; recordedBy: readonly (string | null)[] }): SecondPersonRefusal | null {
  if (p.deciderId === p.requesterId) return 'own_request';
  if (p.recordedBy.includes(p.deciderId)) return 'own_entry';
  return null;
}
