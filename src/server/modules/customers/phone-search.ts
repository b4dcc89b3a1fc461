/**
 * Finding people by their phone number (TKT-1 caller ID, CUS-3). Only the roles that take
 * calls (`customer.caller_id`) may, and only by the whole number or its last 4+ digits
 * (`callerLookup`): a number is an identifier, and "who has a number containing 0001" would
 * turn any search box into a directory. Every search that matches phones uses these.
 */
import type { RawBuilder, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { Actor } from '../../platform/access/actor.ts';
import { canAccess, requireAccess } from '../../platform/access/require-access.ts';
import { likeEndsWith } from '../../platform/db/like.ts';
import { callerLookup } from './rules.ts';

/** At most this many people answer one search: a lookup names a caller, it does not list the archive. */
export const MAX_MATCHES = 20;

/** Refuses (403) a phone lookup to a role that does not take calls. */
export function requireCallerLookup(actor: Actor, projectId: string): void {
  requireAccess({ actor, permission: 'customer.caller_id', projectId });
}

/**
 * The condition on a normalised-phone column for what was typed: equal to a whole number,
 * ending with 4–10 digits; null when it is no phone lookup (too few digits).
 * @example phoneMatches('phone_norm', '0004') // phone_norm like '%0004' escape '\'
 */
export function phoneMatches(column: string, typed: string): RawBuilder<SqlBool> | null {
  const lookup = callerLookup(typed);
  if (!lookup) return null;
  return lookup.match === 'whole'
    ? sql<SqlBool>`${sql.ref(column)} = ${lookup.digits}`
    : likeEndsWith(column, lookup.digits);
}

/**
 * For free-text search boxes (name, unit or number in one field): the phone condition when
 * the text is a number and the actor takes calls, else null (the text is searched as words only).
 */
export function phoneMatchesFor(
  actor: Actor,
  projectId: string,
  column: string,
  text: string,
): RawBuilder<SqlBool> | null {
  if (!/^[0-9+\-() ]+$/.test(text.trim()) || !canAccess(actor, 'customer.caller_id', projectId)) return null;
  return phoneMatches(column, text);
}
