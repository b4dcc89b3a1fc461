import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../src/server/platform/db/connection.ts';
import { testDatabases } from '../support/databases.ts';

function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['src/server/main.ts', ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function count(url: string, table: 'buildings' | 'users' | 'units' | 'unit_status_history'): Promise<number> {
  const db = openDb({ url });
  try {
    return (await db.k.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  } finally {
    await db.close();
  }
}

for (const tdb of testDatabases()) {
  describe(`CLI: migrate, seed-demo, create-admin, backup and restore [${tdb.name}]`, () => {
    let url = '';
    const dir = mkdtempSync(join(tmpdir(), 'propdesk-backup-'));
    before(async () => {
      url = await tdb.create();
    });
    after(async () => {
      await tdb.drop(url);
      rmSync(dir, { recursive: true, force: true });
    });

    test('migrate, then seed-demo fills an empty database once', () => {
      assert.equal(cli(['migrate'], { DATABASE_URL: url }).code, 0);
      const seeded = cli(['seed-demo'], { DATABASE_URL: url, SEED_DEMO: 'basic' }); // the month is seed-month.test.ts's
      assert.equal(seeded.code, 0, seeded.err);
      assert.match(seeded.out, /clerk\s+CAMPUS/);
      const again = cli(['seed-demo'], { DATABASE_URL: url });
      assert.equal(again.code, 1);
      assert.match(again.err, /already has users/);
    });

    test('create-admin makes a company admin who must change the generated password', async () => {
      const r = cli(['create-admin', 'boss', '总经理'], { DATABASE_URL: url });
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /company admin boss created with password \S+/);
      const db = openDb({ url });
      try {
        const u = await db.k.selectFrom('users').selectAll().where('username', '=', 'boss').executeTakeFirstOrThrow();
        assert.equal(u.is_company_admin, 1);
        assert.equal(u.must_change_password, 1);
      } finally {
        await db.close();
      }
    });

    test('backup then restore brings the database back to the backup, losing later changes', async () => {
      const file = join(dir, `backup-${tdb.name}.bak`);
      const b = cli(['backup', file], { DATABASE_URL: url });
      assert.equal(b.code, 0, b.err);
      const buildingsAtBackup = await count(url, 'buildings');
      const historyAtBackup = await count(url, 'unit_status_history');
      const area = async () => {
        const db = openDb({ url });
        try {
          return Number((await db.k.selectFrom('units').select((eb) => eb.fn.sum<string | number>('building_area_centi_m2').as('a')).executeTakeFirstOrThrow()).a);
        } finally {
          await db.close();
        }
      };
      const areaAtBackup = await area();
      // Later changes: every unit's area overwritten and the status history gone (units
      // themselves are referenced by bills, meters and accounts, so they stay).
      const db = openDb({ url });
      try {
        await db.k.deleteFrom('unit_status_history').execute();
        await db.k.updateTable('units').set({ building_area_centi_m2: 1 }).execute();
      } finally {
        await db.close();
      }
      assert.equal(await count(url, 'unit_status_history'), 0);
      assert.notEqual(await area(), areaAtBackup);
      const r = cli(['restore', file], { DATABASE_URL: url });
      assert.equal(r.code, 0, r.err);
      assert.equal(await count(url, 'unit_status_history'), historyAtBackup);
      assert.equal(await area(), areaAtBackup);
      assert.equal(await count(url, 'buildings'), buildingsAtBackup);
      assert.ok((await count(url, 'users')) >= 14);
    });

    test('restore refuses a file that is not a backup and leaves the database alone', async () => {
      const before = await count(url, 'units');
      const r = cli(['restore', join(dir, 'missing.bak')], { DATABASE_URL: url });
      assert.equal(r.code, 1);
      assert.match(r.err, /not found/);
      assert.equal(await count(url, 'units'), before);
    });
  });
}
