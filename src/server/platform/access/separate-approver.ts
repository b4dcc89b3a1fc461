/**
 * The one check every approval runs before it writes (ORG-2): the approver is not the
 * requester, and neither issued the other's credentials. Reads who created each account and
 * who last reset its password, then applies the pure rule (approval.ts).
 */
import { AppError } from '../errors.ts';
import type { DbOrTrx } from '../history/record-history.ts';
import { approvalRefusal } from './approval.ts';

type Requesters = readonly (string | null)[];

async function credentialIssuers(
  db: DbOrTrx,
  userIds: readonly (string | null)[],
): Promise<Map<string, (string | null)[]>> {
  const ids = [...new Set(userIds.filter((id): id is string => !!id))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['user_id', 'created_by', 'password_reset_by'])
    .where('user_id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.user_id, [r.created_by, r.password_reset_by]]));
}

/**
 * Throws when the approver may not decide: FORBIDDEN for the one acting as approver; with
 * `path` (an approver named in a form, e.g. a loan's), UNPROCESSABLE on that field.
 * @example await requireSeparateApprover(trx, { requesters: [run.started_by], approver: actor.userId });
 */
export async function requireSeparateApprover(
  db: DbOrTrx,
  c: { requesters: Requesters; approver: string; path?: string },
): Promise<void> {
  const credentialsIssuedBy = await credentialIssuers(db, [c.approver, ...c.requesters]);
  const refusal = approvalRefusal({ requesters: c.requesters, approver: c.approver, credentialsIssuedBy });
  if (!refusal) return;
  if (c.path) throw new AppError('UNPROCESSABLE', { key: refusal, fields: [{ path: c.path, key: refusal }] });
  throw new AppError('FORBIDDEN', { key: refusal });
}

/** Of these candidates, those who may approve for the requesters — what a form offers as approvers. */
export async function separateApprovers(
  db: DbOrTrx,
  requesters: Requesters,
  candidates: readonly string[],
): Promise<string[]> {
  const credentialsIssuedBy = await credentialIssuers(db, [...requesters, ...candidates]);
  return candidates.filter(
    (approver) => approvalRefusal({ requesters, approver, credentialsIssuedBy }) === null,
  );
}
