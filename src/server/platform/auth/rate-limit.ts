/**
 * Login throttling, stored in the database so it holds across several app servers.
 *
 * Two counters: the account tried from one address (5 free failures) and the address
 * whatever the account (20, against one password tried on many accounts). An attempt
 * claims a slot on both with one atomic upsert each BEFORE the password is verified, so
 * simultaneous guesses cannot all slip through before the first failure is written. Once
 * the free failures are spent, each further attempt waits 30 s, then 1, 2, 4, 8 and at
 * most 15 minutes. A refused attempt is not counted and does not extend the wait.
 *
 * Nobody can lock a colleague out from elsewhere: the account's counter belongs to one
 * address, and another address starts with its own free failures. A success clears the
 * account's counter for that address and gives its slot back to the address (a busy
 * office behind one address is not slowed by people logging in). A counter left alone
 * for an hour — longer than the longest wait, so waiting never resets it — is forgotten.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';

export const FREE_FAILURES_PER_ACCOUNT = 5;
export const FREE_FAILURES_PER_ADDRESS = 20;
/** The waits after the free failures are spent, in seconds; the last one repeats. */
export const RETRY_DELAYS_S = [30, 60, 120, 240, 480, 900] as const;
const FORGET_AFTER_MS = 60 * 60_000;

export interface ThrottleKey {
  key: string;
  /** Failures allowed before each attempt must wait. */
  free: number;
}

/** The two counters a login attempt claims, the account+address pair first (always in this order, so PostgreSQL's row locks cannot deadlock). */
export function throttleKeys(
  username: string,
  address: string,
): { account: ThrottleKey; address: ThrottleKey } {
  return {
    account: { key: `account:${username.toLowerCase()}@${address}`, free: FREE_FAILURES_PER_ACCOUNT },
    address: { key: `address:${address}`, free: FREE_FAILURES_PER_ADDRESS },
  };
}

/**
 * The moment the n-th counted attempt lets the next one in, as SQL over `n`: free attempts
 * leave it open (NULL), then the ladder of waits. Times are epoch ms; the casts make
 * PostgreSQL type the parameters as bigint (SQLite reads "bigint" as an integer).
 */
function retryAtAfter(n: RawBuilder<number>, free: number, nowMs: number): RawBuilder<number | null> {
  const steps = RETRY_DELAYS_S.map(
    (s, i) => sql`WHEN ${n} = ${free + i} THEN CAST(${nowMs + s * 1000} AS bigint)`,
  );
  const longest = RETRY_DELAYS_S[RETRY_DELAYS_S.length - 1]! * 1000;
  return sql<
    number | null
  >`CASE WHEN ${n} < ${free} THEN NULL ${sql.join(steps, sql` `)} ELSE CAST(${nowMs + longest} AS bigint) END`;
}

/** Claims one attempt on `key`, atomically; false when the key must still wait. */
async function claim(db: Db['k'], { key, free }: ThrottleKey, nowMs: number): Promise<boolean> {
  const forgotten = sql<boolean>`login_throttle.last_at < CAST(${nowMs - FORGET_AFTER_MS} AS bigint)`;
  const n = sql<number>`(CASE WHEN ${forgotten} THEN 1 ELSE login_throttle.failures + 1 END)`;
  const claimed = await db
    .insertInto('login_throttle')
    .values({
      throttle_key: key,
      failures: 1,
      last_at: nowMs,
      retry_at: retryAtAfter(sql<number>`1`, free, nowMs),
    })
    .onConflict((oc) =>
      oc
        .column('throttle_key')
        .doUpdateSet({ failures: n, last_at: nowMs, retry_at: retryAtAfter(n, free, nowMs) })
        // Refused while waiting: the row is left as it is, and RETURNING yields nothing.
        .where(
          sql<boolean>`login_throttle.retry_at IS NULL OR login_throttle.retry_at <= CAST(${nowMs} AS bigint)`,
        ),
    )
    .returning('failures')
    .executeTakeFirst();
  return claimed !== undefined;
}

/**
 * Counts this attempt on every key before the password is checked, or refuses it with
 * RATE_LIMITED (429, Retry-After) saying when the caller may try again. A refusal
 * counts nowhere: the claims are one transaction.
 */
export async function claimLoginAttempt(db: Db, keys: ThrottleKey[], now: Date): Promise<void> {
  const nowMs = now.getTime();
  await db.k.transaction().execute(async (trx) => {
    for (const k of keys) {
      if (!(await claim(trx, k, nowMs))) throw await rateLimited(trx, k.key, nowMs);
    }
  });
}

async function rateLimited(db: Db['k'], key: string, nowMs: number): Promise<AppError> {
  const row = await db
    .selectFrom('login_throttle')
    .select('retry_at')
    .where('throttle_key', '=', key)
    .executeTakeFirst();
  const seconds = Math.max(1, Math.ceil(((row?.retry_at ?? nowMs) - nowMs) / 1000));
  return retryLater(seconds);
}

/** RATE_LIMITED with the wait in words (seconds under two minutes, else minutes) and in `details.retryAfterSeconds`, which the HTTP edge also sends as Retry-After. */
export function retryLater(seconds: number): AppError {
  const inMinutes = seconds >= 120;
  return new AppError('RATE_LIMITED', {
    key: inMinutes ? 'auth.retry_in_minutes' : 'auth.retry_in_seconds',
    params: inMinutes ? { minutes: Math.ceil(seconds / 60) } : { seconds },
    details: { retryAfterSeconds: seconds },
  });
}

/**
 * The password was right: the account's counter for this address is cleared, and the
 * address gets back the slot this attempt took. Counters nobody touched for an hour are
 * removed on the way.
 */
export async function settleLoginSuccess(
  db: Db,
  keys: { account: ThrottleKey; address: ThrottleKey },
  now: Date,
): Promise<void> {
  const nowMs = now.getTime();
  await db.k.transaction().execute(async (trx) => {
    await trx.deleteFrom('login_throttle').where('throttle_key', '=', keys.account.key).execute();
    const left = sql<number>`(login_throttle.failures - 1)`;
    await trx
      .updateTable('login_throttle')
      .set({
        failures: left,
        retry_at: sql<
          number | null
        >`CASE WHEN ${left} < ${keys.address.free} THEN NULL ELSE login_throttle.retry_at END`,
      })
      .where('throttle_key', '=', keys.address.key)
      .where('failures', '>', 0)
      .execute();
    await trx
      .deleteFrom('login_throttle')
      .where('last_at', '<', nowMs - FORGET_AFTER_MS)
      .execute();
  });
}
