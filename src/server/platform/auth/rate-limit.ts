/**
 * Login rate limiting, stored in the database so it holds across several app servers:
 * 5 failures for one username (or 20 from one address) within 15 minutes lock that key
 * for 15 minutes. A success clears the username's counter.
 */
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';

const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;
export const MAX_FAILURES_PER_USER = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export function attemptKeys(username: string, address: string): { key: string; max: number }[] {
  return [
    { key: `user:${username.toLowerCase()}`, max: MAX_FAILURES_PER_USER },
    { key: `addr:${address}`, max: MAX_FAILURES_PER_ADDRESS },
  ];
}

export async function assertNotLocked(db: Db, keys: { key: string }[], now: Date): Promise<void> {
  const rows = await db.k.selectFrom('login_attempts').selectAll().where('attempt_key', 'in', keys.map((k) => k.key)).execute();
  for (const r of rows) {
    if (r.locked_until && new Date(r.locked_until).getTime() > now.getTime()) {
      const minutes = Math.ceil((new Date(r.locked_until).getTime() - now.getTime()) / 60_000);
      throw new AppError('RATE_LIMITED', { params: { minutes } });
    }
  }
}

export async function recordFailure(db: Db, keys: { key: string; max: number }[], now: Date): Promise<void> {
  await db.k.transaction().execute(async (trx) => {
    for (const { key, max } of keys) {
      const r = await trx.selectFrom('login_attempts').selectAll().where('attempt_key', '=', key).executeTakeFirst();
      const fresh = !r || now.getTime() - new Date(r.window_start).getTime() > WINDOW_MS;
      const failures = fresh ? 1 : r.failures + 1;
      const locked_until = failures >= max ? new Date(now.getTime() + LOCK_MS).toISOString() : null;
      if (!r) {
        await trx.insertInto('login_attempts').values({ attempt_key: key, window_start: now.toISOString(), failures, locked_until }).execute();
      } else {
        await trx
          .updateTable('login_attempts')
          .set({ window_start: fresh ? now.toISOString() : r.window_start, failures, locked_until })
          .where('attempt_key', '=', key)
          .execute();
      }
    }
  });
}

export async function clearFailures(db: Db, username: string): Promise<void> {
  await db.k.deleteFrom('login_attempts').where('attempt_key', '=', `user:${username.toLowerCase()}`).execute();
}
