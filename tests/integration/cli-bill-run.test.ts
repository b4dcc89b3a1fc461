/**
 * `main.ts bill-run` (FEE-1, FEE-6): the month's bills from the command line as the system,
 * a progress bar on stderr and a summary on stdout; a second run creates nothing. The money
 * set-up goes through the billing service functions on a demo-seeded database, with its own
 * fee code and units nobody pays for yet, so it holds whatever billing data the demo seeds.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { openDeps } from '../../src/server/runtime.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/access/actor.ts';
import { addDays, DEFAULT_TIME_ZONE, localDay } from '../../src/server/platform/calendar/index.ts';
import type { Deps } from '../../src/server/platform/http/context.ts';
import { createCustomer } from '../../src/server/modules/customers/service.ts';
import { linkCustomerToUnit } from '../../src/server/modules/customers/unit-links.ts';
import { defineFeeItem } from '../../src/server/modules/billing/fee-items.ts';
import { startBilling } from '../../src/server/modules/billing/accounts.ts';
import { areaFeeFen, monthOf } from '../../src/server/modules/billing/rules.ts';
import { billingDb } from '../../src/server/modules/billing/tables.ts';
import { testDatabases } from '../support/databases.ts';
import { seededDatabase } from '../support/seeded-template.ts';

function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['src/server/main.ts', ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', LANG: 'C', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const RATE_MILLIFEN = 235_000; // 2.35 元 per m² and month
/** The CLI runs on the real clock: bill last month, which has begun. */
const period = monthOf(addDays(`${localDay(new Date(), DEFAULT_TIME_ZONE).slice(0, 7)}-01`, -1));

for (const tdb of testDatabases()) {
  describe(`CLI: bill-run [${tdb.name}]`, () => {
    let url = '';
    let deps: Deps;
    const units: { unitId: string; area: number }[] = [];

    before(async () => {
      url = await seededDatabase(tdb);
      deps = await openDeps({ databaseUrl: url, logLevel: 'silent' });
      const db = billingDb(deps.db.k);
      const estate = await db
        .selectFrom('projects')
        .select('project_id')
        .where('code', '=', 'ESTATE')
        .executeTakeFirstOrThrow();
      const P = estate.project_id;
      await defineFeeItem(deps, SYSTEM_ACTOR, P, {
        code: 'CLI_MGMT',
        name: '物业管理费（命令行测试）',
        kind: 'area',
        areaBasis: 'building',
        rateMillifen: RATE_MILLIFEN,
        effectiveFrom: `${period}-01`,
      });
      const free = await db
        .selectFrom('units as u')
        .select(['u.unit_id', 'u.building_area_centi_m2'])
        .where('u.project_id', '=', P)
        .where('u.building_area_centi_m2', '>', 0)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('billing_accounts as a')
                .select('a.account_id')
                .whereRef('a.project_id', '=', 'u.project_id')
                .whereRef('a.unit_id', '=', 'u.unit_id'),
            ),
          ),
        )
        .orderBy('u.code', 'desc')
        .limit(3)
        .execute();
      assert.equal(free.length, 3);
      for (const [i, u] of free.entries()) {
        const c = await createCustomer(deps, SYSTEM_ACTOR, P, {
          kind: 'person',
          name: `命令行业主${i + 1}`,
          company: '',
          phones: [{ phone: `1390000${String(1000 + i)}`, label: 'mobile' }],
        });
        await linkCustomerToUnit(deps.db.k, {
          projectId: P,
          customerId: c.customerId,
          unitId: u.unit_id,
          relation: 'owner',
          actor: SYSTEM_ACTOR,
          at: deps.clock.now(),
          workflow: 'test',
        });
        await startBilling(deps, SYSTEM_ACTOR, P, {
          unitId: u.unit_id,
          customerId: c.customerId,
          startDay: `${period}-01`,
        });
        units.push({ unitId: u.unit_id, area: Number(u.building_area_centi_m2) });
      }
    });
    after(async () => {
      await deps.bus.close();
      await deps.db.close();
      await tdb.drop(url);
    });

    const counts = async () => {
      const db = billingDb(deps.db.k);
      const n = async (table: 'bills' | 'bill_lines' | 'ledger_entries') =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      return { bills: await n('bills'), lines: await n('bill_lines'), entries: await n('ledger_entries') };
    };

    test('FEE-6: bill-run twice — the first run bills the month with a progress bar, the second creates nothing (idempotent)', async () => {
      const first = cli(['bill-run', '--project', 'ESTATE', '--period', period], { DATABASE_URL: url });
      assert.equal(first.code, 0, first.err);
      const m1 =
        /^bill-run ESTATE (\d{4}-\d{2}): (\d+) bills created, (\d+) existing, total ([\d.]+) 元, (\d+) buildings in [\d.]+ s, [\d.]+ bills\/s, due (\S+)$/m.exec(
          first.out,
        );
      assert.ok(m1, first.out);
      const [, p1, created1, existing1, , buildings] = m1;
      assert.equal(p1, period);
      assert.ok(Number(created1) >= 3, first.out);
      // Not a terminal: only the bar's final line, every building done.
      assert.match(
        first.err,
        new RegExp(`bill run ESTATE ${period}\\s+\\[#{24}\\] ${buildings}/${buildings} buildings`),
      );

      const db = billingDb(deps.db.k);
      for (const u of units) {
        const lines = await db
          .selectFrom('bill_lines')
          .select(['amount_fen'])
          .where('unit_id', '=', u.unitId)
          .where('period', '=', period)
          .where('fee_code', '=', 'CLI_MGMT')
          .execute();
        assert.deepEqual(
          lines.map((l) => Number(l.amount_fen)),
          [areaFeeFen(u.area, RATE_MILLIFEN)],
        );
      }
      const bills = await db
        .selectFrom('bills')
        .select(['issued_by'])
        .where('period', '=', period)
        .where(
          'unit_id',
          'in',
          units.map((u) => u.unitId),
        )
        .execute();
      assert.deepEqual(
        bills.map((b) => b.issued_by),
        [null, null, null],
      ); // the system, not a person
      const afterFirst = await counts();

      const second = cli(['bill-run', '--project', 'ESTATE', '--period', period], { DATABASE_URL: url });
      assert.equal(second.code, 0, second.err);
      assert.match(
        second.out,
        new RegExp(`: 0 bills created, ${Number(created1) + Number(existing1)} existing, total 0\\.00 元`),
      );
      assert.deepEqual(await counts(), afterFirst);
    });

    test('bill-run refuses bad arguments and a month that has not begun, writing nothing', async () => {
      const before = await counts();
      const usage = cli(['bill-run', '--project', 'ESTATE'], { DATABASE_URL: url });
      assert.equal(usage.code, 2);
      assert.match(usage.err, /usage: bill-run --project <code> --period YYYY-MM/);
      const unknown = cli(['bill-run', '--project', 'NOPE', '--period', period], { DATABASE_URL: url });
      assert.equal(unknown.code, 1);
      assert.match(unknown.err, /no project with code NOPE/);
      const future = cli(['bill-run', '--project', 'ESTATE', '--period', '2999-01'], { DATABASE_URL: url });
      assert.equal(future.code, 1);
      assert.match(future.err, /has not started yet/);
      assert.deepEqual(await counts(), before);
    });
  });
}
