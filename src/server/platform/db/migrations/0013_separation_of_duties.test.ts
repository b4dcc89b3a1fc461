/**
 * Migration 0013 on a database that already has staff (both databases): each account made by
 * a person gets that person as its creator, from the staff history; accounts the system made
 * keep none, so nobody is paired by guesswork.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { testDatabases } from '../../../../../tests/support/databases.ts';
import { openDb, type Db } from '../connection.ts';
import { migrations } from './index.ts';

for (const tdb of testDatabases()) {
  describe(`migration 0013 [${tdb.name}]`, () => {
    let url = '';
    let db: Db;
    before(async () => {
      url = await tdb.create();
      db = openDb({ url });
    });
    after(async () => {
      await db?.close();
      if (url) await tdb.drop(url);
    });

    test('ORG-2: existing accounts get their creator from the staff history; system-made ones none', async () => {
      const raw = db.k as unknown as Kysely<unknown>;
      for (const [name, m] of Object.entries(migrations)) if (name < '0013') await m.up(raw, db.dialect);
      const at = '2026-11-01T00:00:00.000Z';
      const user = (user_id: string, username: string) => ({
        user_id,
        username,
        display_name: username,
        phone: null,
        password_hash: 'x',
        is_company_admin: 0,
        active: 1,
        must_change_password: 0,
        locale: 'zh-CN',
        created_at: at,
        updated_at: at,
      });
      const [boss, made, seeded] = [
        '01a00000-0000-7000-8000-000000000001',
        '01a00000-0000-7000-8000-000000000002',
        '01a00000-0000-7000-8000-000000000003',
      ];
      // The users table as it was before 0013, without the columns the typed schema now has.
      await db.k
        .insertInto('users')
        .values([user(boss, 'boss'), user(made, 'made'), user(seeded, 'seeded')] as never)
        .execute();
      const entry = (entry_id: string, entity_id: string, actor_id: string | null) => ({
        project_id: '01a00000-0000-7000-8000-0000000000ff',
        entry_id,
        entity_type: 'staff',
        entity_id,
        action: 'created',
        actor_id,
        at,
        before_json: null,
        after_json: null,
        note: '',
      });
      await db.k
        .insertInto('history')
        .values([
          entry('01a00000-0000-7000-8000-0000000000a1', made, boss),
          entry('01a00000-0000-7000-8000-0000000000a2', seeded, null),
        ])
        .execute();
      await migrations['0013_separation_of_duties']!.up(raw, db.dialect);
      const rows = await db.k
        .selectFrom('users')
        .select(['username', 'created_by', 'password_reset_by'])
        .orderBy('username')
        .execute();
      assert.deepEqual(rows, [
        { username: 'boss', created_by: null, password_reset_by: null },
        { username: 'made', created_by: boss, password_reset_by: null },
        { username: 'seeded', created_by: null, password_reset_by: null },
      ]);
    });
  });
}
