import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
  closeSync,
  truncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { sql } from 'kysely';
import SQLite from 'better-sqlite3';
import { openDb } from '../../src/server/platform/db/connection.ts';
import { lockPathOf } from '../../src/server/platform/db/sqlite-lock.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/seed-demo.ts';
import { testDatabases } from '../support/databases.ts';
import { loginOverHttp, spawnServer } from '../support/spawn-server.ts';

function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['src/server/main.ts', ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function count(
  url: string,
  table: 'buildings' | 'users' | 'units' | 'unit_status_history',
): Promise<number> {
  const db = openDb({ url });
  try {
    return (
      await db.k
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
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
        const u = await db.k
          .selectFrom('users')
          .selectAll()
          .where('username', '=', 'boss')
          .executeTakeFirstOrThrow();
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
          return Number(
            (
              await db.k
                .selectFrom('units')
                .select((eb) => eb.fn.sum<string | number>('building_area_centi_m2').as('a'))
                .executeTakeFirstOrThrow()
            ).a,
          );
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

    /** What a restore would change: counts and the sum of the units' areas. */
    const fingerprint = async () => {
      const db = openDb({ url });
      try {
        const area = Number(
          (
            await db.k
              .selectFrom('units')
              .select((eb) => eb.fn.sum<string | number>('building_area_centi_m2').as('a'))
              .executeTakeFirstOrThrow()
          ).a,
        );
        const migrations = Number(
          (await sql<{ n: number }>`SELECT count(*) AS n FROM kysely_migration`.execute(db.k)).rows[0]!.n,
        );
        return {
          area,
          buildings: await count(url, 'buildings'),
          history: await count(url, 'unit_status_history'),
          migrations,
        };
      } finally {
        await db.close();
      }
    };
    /** SQLite: nothing of a refused restore is left beside the database (copies, locks). */
    const leftovers = () =>
      tdb.name === 'sqlite'
        ? readdirSync(dirname(url)).filter(
            (f) => f.startsWith(basename(url)) && !/\.sqlite(-wal|-shm)?$/.test(f),
          )
        : [];

    test('restore is refused while a server runs on the database: the server keeps its intact database, and once it stops the restore goes through', async () => {
      const file = join(dir, `backup-${tdb.name}.bak`);
      const atBackup = await count(url, 'buildings'); // the previous test restored this backup
      const server = await spawnServer({ databaseUrl: url });
      try {
        if (tdb.name === 'sqlite') {
          assert.ok(existsSync(lockPathOf(url)), 'the server holds its SQLite file');
          const second = await spawnServer({ databaseUrl: url }).then(
            () => 'started',
            (err: Error) => err.message,
          );
          assert.match(
            second,
            /in use by a PropDesk server \(pid \d+/,
            'a second server on the same SQLite file is refused',
          );
        }
        const r = cli(['restore', file], { DATABASE_URL: url });
        assert.equal(r.code, 1, r.out);
        assert.match(
          r.err,
          tdb.name === 'sqlite'
            ? new RegExp(`restore refused: .* is in use by a PropDesk server \\(pid ${server.pid} `)
            : /restore refused: a PropDesk server is connected to this database/,
        );
        // The server still works on an intact database: a write is acknowledged and kept.
        const admin = await loginOverHttp(server.port, 'admin', DEMO_PASSWORD);
        const db = openDb({ url });
        const campus = await db.k
          .selectFrom('projects')
          .select('project_id')
          .where('code', '=', 'CAMPUS')
          .executeTakeFirstOrThrow()
          .finally(() => db.close());
        const res = await admin.request(`/api/projects/${campus.project_id}/buildings`, {
          method: 'POST',
          json: {
            code: 'R1',
            name: 'R1',
            kind: 'office',
            floorsAbove: 1,
            segments: [{ fromFloor: 1, toFloor: 1, unitsPerFloor: 1, use: 'office' }],
          },
        });
        assert.equal(res.status, 201, await res.text());
        assert.equal(await count(url, 'buildings'), atBackup + 1);
        if (tdb.name === 'sqlite') {
          const check = new SQLite(url, { readonly: true });
          try {
            assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
          } finally {
            check.close();
          }
        }
      } finally {
        server.kill('SIGTERM');
        assert.deepEqual(await server.exited, { code: 0, signal: null });
      }
      assert.equal(existsSync(lockPathOf(url)), false, 'a server that stops gives its lock back');
      const r = cli(['restore', file], { DATABASE_URL: url });
      assert.equal(r.code, 0, r.err);
      assert.equal(await count(url, 'buildings'), atBackup, 'the backup replaced the database');
      assert.deepEqual(leftovers(), []);
    });

    test(
      'a server killed with SIGKILL leaves a stale lock that does not block a restore',
      {
        skip:
          tdb.name !== 'sqlite' && "lock files are for SQLite; PostgreSQL drops a dead server's connections",
      },
      async () => {
        const file = join(dir, `backup-${tdb.name}.bak`);
        const server = await spawnServer({ databaseUrl: url });
        server.kill('SIGKILL');
        await server.exited;
        assert.ok(existsSync(lockPathOf(url)), 'the killed server could not remove its lock');
        const r = cli(['restore', file], { DATABASE_URL: url });
        assert.equal(r.code, 0, r.err);
        assert.deepEqual(leftovers(), []);
      },
    );

    test("restore refuses a damaged backup, a database that is not PropDesk's and a backup of a newer version, and the database stays as it was", async () => {
      const good = join(dir, `backup-${tdb.name}.bak`);
      const before = await fingerprint();
      const refused = (file: string, reason: RegExp) => {
        const r = cli(['restore', file], { DATABASE_URL: url });
        assert.equal(r.code, 1, `${file}: ${r.out}`);
        assert.match(r.err, reason);
      };

      // Damaged: the second half of the file overwritten (SQLite) or cut off (PostgreSQL's archive).
      const damaged = join(dir, `damaged-${tdb.name}.bak`);
      copyFileSync(good, damaged);
      const size = statSync(damaged).size;
      if (tdb.name === 'sqlite') {
        const fd = openSync(damaged, 'r+');
        writeSync(fd, Buffer.alloc(size - 8192, 0xab), 0, size - 8192, 8192);
        closeSync(fd);
        refused(damaged, /restore refused: .*(is damaged|not a readable SQLite database)/);
      } else {
        truncateSync(damaged, Math.floor(size / 2));
        refused(damaged, /restore (refused|failed)/);
      }
      assert.deepEqual(await fingerprint(), before);

      // Another application's database: it has a projects table, but no PropDesk migrations.
      const otherUrl = await tdb.create();
      try {
        const other = openDb({ url: otherUrl });
        try {
          await sql`CREATE TABLE projects (project_id TEXT PRIMARY KEY, code TEXT)`.execute(other.k);
        } finally {
          await other.close();
        }
        const foreign = join(dir, `foreign-${tdb.name}.bak`);
        assert.equal(cli(['backup', foreign], { DATABASE_URL: otherUrl }).code, 0);
        refused(foreign, /restore refused: .* has no kysely_migration table: it is not a PropDesk backup/);
      } finally {
        await tdb.drop(otherUrl);
      }
      assert.deepEqual(await fingerprint(), before);

      // A backup made by a newer PropDesk: a migration this version does not know.
      const db = openDb({ url });
      const newer = join(dir, `newer-${tdb.name}.bak`);
      try {
        await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', '2099-01-01T00:00:00.000Z')`.execute(
          db.k,
        );
        assert.equal(cli(['backup', newer], { DATABASE_URL: url }).code, 0);
        await sql`DELETE FROM kysely_migration WHERE name = '9999_from_the_future'`.execute(db.k);
      } finally {
        await db.close();
      }
      refused(
        newer,
        /restore refused: .* was made by a newer PropDesk \(migrations 9999_from_the_future are unknown here\)/,
      );
      assert.deepEqual(await fingerprint(), before);
      assert.deepEqual(leftovers(), []);
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
