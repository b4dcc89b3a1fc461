/**
 * The module boundaries hold by test (issue #10, decision 0010): each module is reached only
 * through its index.ts, the platform imports no module, what the browser shares is pure, and
 * a module's SQL writes only its own tables and reads only its own or published ones.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allViolations, tablesTouched } from '../support/boundaries.ts';
import { MODULES } from '../../src/server/modules/index.ts';
import { PERMISSIONS } from '../../src/server/platform/access/roles.ts';
import { PLATFORM_TABLES } from '../../src/server/platform/db/platform-tables.ts';

const MODULES_DIR = join(import.meta.dirname, '../../src/server/modules');

test('no import crosses a module boundary and no module touches a table it may not', async () => {
  const found = (await allViolations()).map((v) => `${v.rule}: ${v.file} ${v.detail}`);
  assert.deepEqual(found, []);
});

test('every module folder is in the module list, once, under its folder name', () => {
  const folders = readdirSync(MODULES_DIR)
    .filter((n) => statSync(join(MODULES_DIR, n)).isDirectory())
    .sort();
  assert.deepEqual(MODULES.map((m) => m.name).sort(), folders);
});

test('every table has one owner, and a published table is its owner’s', () => {
  const owners = new Map<string, string>();
  for (const t of PLATFORM_TABLES.owns) owners.set(t, 'platform');
  for (const m of MODULES) {
    for (const t of m.tables?.owns ?? []) {
      assert.equal(owners.get(t), undefined, `${t} is claimed by ${m.name} and ${owners.get(t)}`);
      owners.set(t, m.name);
    }
    for (const t of m.tables?.publishes ?? [])
      assert.equal(owners.get(t), m.name, `${m.name} publishes ${t}, which it does not own`);
  }
});

test('a module declares only permissions the role table knows', () => {
  for (const m of MODULES)
    for (const p of m.permissions ?? [])
      assert.ok((PERMISSIONS as readonly string[]).includes(p), `${m.name}: ${p}`);
});

test('the table scanner sees writes and reads in the query builder and in raw SQL', () => {
  const seen = tablesTouched(`
    k.insertInto('bills').values(x); trx.updateTable('units').set(y); db.deleteFrom("keys");
    k.selectFrom('tickets as t').innerJoin('units as u', 'u.unit_id', 't.unit_id').leftJoin('customers', 'a', 'b');
    sql\`UPDATE counters SET n = n + 1\`; sql\`SELECT 1 FROM ledger_entries e JOIN bills b ON true\`;`);
  assert.deepEqual([...seen.writes].sort(), ['bills', 'counters', 'keys', 'units']);
  assert.deepEqual(
    [...seen.reads].sort(),
    ['bills', 'customers', 'ledger_entries', 'tickets', 'units'].filter((t) => !seen.writes.has(t)).sort(),
  );
});
