/**
 * Login throttling per account and address, and Idempotency-Keys bound to their user and request.
 *
 * `login_throttle` replaces `login_attempts`: an attempt is counted by one atomic upsert
 * before the password is verified, and the next allowed moment grows with each failure.
 * Its times are epoch milliseconds (bigint) rather than timestamptz so that one portable
 * statement can compute them on both databases (see platform/auth/rate-limit.ts).
 *
 * `idempotency_keys` (never used until now) is recreated: a key lives in its user's own
 * namespace, remembers the fingerprint of the request that first used it and the id of
 * what that request created, never a copy of the response — a replay renders the current
 * record through the caller's access rules.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import { columnTypes } from '../columns.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);

  // Counters only: nothing in login_attempts outlives a lock-out, so it is not carried over.
  await db.schema.dropTable('login_attempts').execute();
  await db.schema
    .createTable('login_throttle')
    .addColumn('throttle_key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_at', t.bigint, (c) => c.notNull())
    .addColumn('retry_at', t.bigint)
    .execute();
  await db.schema.createIndex('login_throttle_last').on('login_throttle').column('last_at').execute();

  await db.schema.dropTable('idempotency_keys').execute();
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.user_id'))
    .addColumn('idem_key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['project_id', 'user_id', 'idem_key'])
    .execute();
}
