/**
 * Idempotency-Key (IETF draft "The Idempotency-Key HTTP Header Field"): a client that may
 * send a create twice (double click, retry after a timeout) names the attempt with a key,
 * and the server makes it take effect once.
 *
 * A key is bound to its user and to the request it was first used with:
 * - each user has their own keys: another user's same key is simply a different key, so
 *   nobody receives what someone else created by knowing (or guessing) their key;
 * - the request's fingerprint (method, path and the body in canonical JSON) is stored with
 *   it: the same key with a different request is refused with 422 and writes nothing —
 *   silently answering with the first result would lose the second request;
 * - what is stored is the id of what was created, never a copy of the response: a replay
 *   loads the record again through the caller's current access rules.
 *
 * Usage in a create use case:
 *   const prior = await priorResult(db.k, req);          // replay, or 422 for another request
 *   … in the creating transaction, before anything else: await rememberResult(trx, req, id, now);
 *   … and when that insert hits the key of a twin that committed first (isUniqueViolation),
 *     read priorResult again and replay it.
 */
import { createHash } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../errors.ts';
import type { Actor } from '../access/actor.ts';
import type { DbOrTrx } from '../history/record-history.ts';
import type { AppEnv } from './context.ts';

/** The header as routes declare it: visible ASCII, as the draft's sf-string, at most 100 characters. */
export const IdempotencyKeyHeader = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,100}$/)
    .optional()
    .openapi({
      description:
        'Makes a repeated submit take effect once. Bound to the user and to this exact request: reusing it with another body is 422.',
    }),
});

export interface IdempotentRequest {
  projectId: string;
  userId: string;
  key: string;
  /** sha256 of method, path and canonical body (see requestFingerprint). */
  fingerprint: string;
}

/** JSON with object keys sorted at every level, so the same content always reads the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** @example requestFingerprint('POST', '/api/projects/p1/tickets', { b: 1, a: 2 }) === requestFingerprint('POST', '/api/projects/p1/tickets', { a: 2, b: 1 }) */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method.toUpperCase()} ${path}\n${canonicalJson(body ?? null)}`)
    .digest('base64url');
}

/**
 * The request's key, bound to the caller and what they sent, or null without the header.
 * `body` is the validated body (defaults filled in, text trimmed), so two sends of the same
 * form match even if a client orders or spaces the JSON differently.
 */
export function idempotentRequest(
  c: Context<AppEnv>,
  actor: Actor,
  projectId: string,
  body: unknown,
): IdempotentRequest | null {
  const key = c.req.header('idempotency-key');
  if (!key) return null;
  return {
    projectId,
    userId: actor.userId,
    key,
    fingerprint: requestFingerprint(c.req.method, c.req.path, body),
  };
}

/** The id an earlier request with this key created, or null; the key used for a different request is 422. */
export async function priorResult(db: DbOrTrx, req: IdempotentRequest): Promise<string | null> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['fingerprint', 'resource_id'])
    .where('project_id', '=', req.projectId)
    .where('user_id', '=', req.userId)
    .where('idem_key', '=', req.key)
    .executeTakeFirst();
  if (!row) return null;
  if (row.fingerprint !== req.fingerprint)
    throw new AppError('UNPROCESSABLE', { key: 'request.idempotency_key_reused' });
  return row.resource_id;
}

/**
 * Binds the key to what this request creates. Call first in the creating transaction: a
 * concurrent twin then waits on (PostgreSQL) or meets (SQLite) the key's primary key and
 * fails with a unique violation instead of creating a second record.
 */
export async function rememberResult(
  trx: DbOrTrx,
  req: IdempotentRequest,
  resourceId: string,
  now: Date,
): Promise<void> {
  await trx
    .insertInto('idempotency_keys')
    .values({
      project_id: req.projectId,
      user_id: req.userId,
      idem_key: req.key,
      fingerprint: req.fingerprint,
      resource_id: resourceId,
      created_at: now.toISOString(),
    })
    .execute();
}
