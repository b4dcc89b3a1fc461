import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import type { Actor } from '../access/actor.ts';
import type { SessionInfo } from '../http/context.ts';

export const SESSION_COOKIE = 'pd_session';
const IDLE_HOURS = 12;
/** last_seen is written at most this often so a read-only request does not write. */
const TOUCH_EVERY_MS = 5 * 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function createSession(
  db: Db,
  userId: string,
  now: Date,
  userAgent: string | null,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.k
    .insertInto('sessions')
    .values({
      session_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + IDLE_HOURS * 3600_000).toISOString(),
      last_seen_at: now.toISOString(),
      user_agent: userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken };
}

export async function deleteSession(db: Db, sessionHash: string): Promise<void> {
  // Sessions are credentials, not business records: deleting one is logging out.
  await db.k.deleteFrom('sessions').where('session_hash', '=', sessionHash).execute();
}

export async function deleteUserSessions(db: Db, userId: string, exceptHash?: string): Promise<void> {
  let q = db.k.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptHash) q = q.where('session_hash', '!=', exceptHash);
  await q.execute();
}

/** Resolves a session token to the acting user with their roles, or null if invalid/expired. */
export async function loadSession(
  db: Db,
  token: string,
  now: Date,
): Promise<{ actor: Actor; session: SessionInfo } | null> {
  const sessionHash = hashToken(token);
  const row = await db.k
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.user_id', 's.user_id')
    .select([
      's.session_hash',
      's.csrf_token',
      's.expires_at',
      's.last_seen_at',
      'u.user_id',
      'u.username',
      'u.display_name',
      'u.is_company_admin',
      'u.active',
      'u.locale',
      'u.must_change_password',
    ])
    .where('s.session_hash', '=', sessionHash)
    .executeTakeFirst();
  if (!row || row.active !== 1 || new Date(row.expires_at).getTime() <= now.getTime()) return null;
  const memberships = await db.k
    .selectFrom('memberships')
    .select(['project_id', 'role'])
    .where('user_id', '=', row.user_id)
    .execute();
  const roles = new Map<string, string[]>();
  for (const m of memberships) roles.set(m.project_id, [...(roles.get(m.project_id) ?? []), m.role]);
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    await db.k
      .updateTable('sessions')
      .set({
        last_seen_at: now.toISOString(),
        expires_at: new Date(now.getTime() + IDLE_HOURS * 3600_000).toISOString(),
      })
      .where('session_hash', '=', sessionHash)
      .execute();
  }
  return {
    actor: {
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      isCompanyAdmin: row.is_company_admin === 1,
      locale: row.locale,
      mustChangePassword: row.must_change_password === 1,
      roles,
    },
    session: { sessionHash, csrfToken: row.csrf_token },
  };
}
