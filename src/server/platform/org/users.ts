/**
 * Writes to the platform's users table (decision 0010: accounts are the platform's). The
 * staff module is their admin screen and writes only through here.
 */
import type { Insertable } from 'kysely';
import type { DbOrTrx } from '../history/record-history.ts';
import type { UsersTable } from '../db/schema.ts';

/** What a manager may change on an account; each one left out stays as it is. */
export interface UserProfileChange {
  display_name?: string;
  phone?: string | null;
  active?: number;
  is_company_admin?: number;
}

export async function insertUser(db: DbOrTrx, row: Insertable<UsersTable>): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function updateUserProfile(
  db: DbOrTrx,
  userId: string,
  change: UserProfileChange,
  at: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...change, updated_at: at.toISOString() })
    .where('user_id', '=', userId)
    .execute();
}

/** ORG-2: `resetBy` knew the new password, so never approves for this account; the person must choose their own at next login. */
export async function resetUserPassword(
  db: DbOrTrx,
  userId: string,
  passwordHash: string,
  resetBy: string | null,
  at: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      password_hash: passwordHash,
      must_change_password: 1,
      password_reset_by: resetBy,
      updated_at: at.toISOString(),
    })
    .where('user_id', '=', userId)
    .execute();
}
