/**
 * ORG-2 four eyes, pure: every approval in the product — a move-in (HND-6), a key request
 * (KEY-4), an owner-data export (CUS-3), an archive loan (CUS-4), a deadline extension
 * (TKT-6), a money reversal or waiver (FEE-6) — is decided by someone other than the people it concerns. Two accounts where one issued the other's credentials (created the account or
 * reset its password, and so once knew its password) count as one person here: neither
 * approves for the other.
 */

export interface ApprovalCase {
  /**
   * Who asked, or whose own work or benefit the decision is about (the borrower of a key,
   * the one held to a deadline). Null entries — records made by the system — are ignored.
   */
  requesters: readonly (string | null)[];
  approver: string;
  /** Per person involved: who issued their credentials (account creator, last password reset). */
  credentialsIssuedBy: ReadonlyMap<string, readonly (string | null)[]>;
}

export type ApprovalRefusal = 'approval.own_request' | 'approval.issued_credentials';

/**
 * Why `approver` may not decide this, or null.
 * @example approvalRefusal({ requesters: [startedBy], approver: actor.userId, credentialsIssuedBy }) // 'approval.own_request' when they are the same
 */
export function approvalRefusal(c: ApprovalCase): ApprovalRefusal | null {
  const requesters = c.requesters.filter((r): r is string => r !== null && r !== '');
  if (requesters.includes(c.approver)) return 'approval.own_request';
  const issuers = (userId: string) => c.credentialsIssuedBy.get(userId) ?? [];
  if (requesters.some((r) => issuers(r).includes(c.approver) || issuers(c.approver).includes(r)))
    return 'approval.issued_credentials';
  return null;
}
