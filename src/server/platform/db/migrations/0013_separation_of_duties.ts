/**
 * ORG-2 separation of duties: who issued each account's credentials — the person who created
 * it and the one who last reset its password (both once knew the password) — so that neither
 * approves for that account nor is approved by it (platform/access/approval.ts).
 * Existing accounts get their creator from the staff history ('created'); accounts made by
 * the system (demo, create-admin) keep null.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import { columnTypes } from '../columns.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .alterTable('users')
    .addColumn('created_by', t.id, (c) => c.references('users.user_id'))
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('password_reset_by', t.id, (c) => c.references('users.user_id'))
    .execute();
  const userIdAsText = dialect === 'postgres' ? sql`users.user_id::text` : sql`users.user_id`;
  await sql`
    update users set created_by = (
      select h.actor_id from history h
      where h.entity_type = 'staff' and h.action = 'created' and h.entity_id = ${userIdAsText} and h.actor_id is not null
      order by h.at limit 1
    )`.execute(db);
}
