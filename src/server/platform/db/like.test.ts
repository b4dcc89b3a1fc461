/**
 * CUS-3: user text in LIKE is text — `%`, `_` and `\` find themselves — and the same
 * pattern finds the same rows on SQLite and PostgreSQL.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../../../tests/support/factory/index.ts';
import { escapeLike, likeContains, likeEndsWith, likeStartsWith } from './like.ts';

test('CUS-3: escapeLike escapes the wildcards and the escape character', () => {
  assert.equal(escapeLike('50%_off\\'), '50\\%\\_off\\\\');
  assert.equal(escapeLike('王芳 1-405'), '王芳 1-405');
});

createTestApp(
  'LIKE on user text',
  (ctx) => {
    const names = ['100%纯棉', '张_三', '张三', 'a\\b', 'ab', '李四'];
    const find = async (where: ReturnType<typeof likeContains>) => {
      const rows = await ctx()
        .deps.db.k.selectFrom('projects')
        .select('name')
        .where(where)
        .orderBy('name')
        .execute();
      return rows.map((r) => r.name).sort();
    };

    test('CUS-3: % and _ typed by a user match only themselves; a backslash too', async () => {
      const at = new Date().toISOString();
      await ctx()
        .deps.db.k.insertInto('projects')
        .values(
          names.map((name, i) => ({
            project_id: `00000000-0000-7000-8000-00000000000${i}`,
            code: `L${i}`,
            name,
            kind: 'office',
            time_zone: 'Asia/Shanghai',
            working_hours: '{}',
            greeting_zh: '',
            greeting_en: '',
            active: 1,
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
      assert.deepEqual(await find(likeContains('name', '%')), ['100%纯棉']);
      assert.deepEqual(await find(likeContains('name', '_')), ['张_三']);
      assert.deepEqual(await find(likeContains('name', '\\')), ['a\\b']);
      assert.deepEqual(await find(likeContains('name', '张')), ['张_三', '张三'].sort());
      assert.deepEqual(await find(likeEndsWith('name', '三')), ['张_三', '张三'].sort());
      assert.deepEqual(await find(likeStartsWith('name', '100%')), ['100%纯棉']);
      assert.deepEqual(await find(likeStartsWith('name', '100_')), []);
    });
  },
  { seed: false },
);
