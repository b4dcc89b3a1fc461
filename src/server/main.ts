/**
 * PropDesk command line.
 *   start                          migrate, seed the demo on an empty database, serve
 *   migrate                        apply pending migrations
 *   seed-demo                      load the demo company into an empty database (SEED_DEMO=basic: the small one)
 *   create-admin <user> <name>     create a company admin (password from PROPDESK_PASSWORD or prompt-free generated)
 *   backup <file>                  consistent copy of the database, safe while running
 *   restore <file>                 replace the database with a checked backup (refused while a server runs)
 *   bill-run --project <code> --period YYYY-MM [--building <code>] [--due YYYY-MM-DD]
 *                                  generate a month's bills (FEE-1; idempotent, FEE-6) as the system
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig } from './config.ts';
import { openDeps, startServer } from './runtime.ts';
import { isEmpty, seedDemo, DEMO_PASSWORD, type DemoLogin } from './demo/seed-demo.ts';
import { createStaff } from './modules/staff/service.ts';
import { SYSTEM_ACTOR } from './platform/access/actor.ts';
import { backup, restore } from './ops/backup.ts';
import { progress, type Progress } from './ops/progress.ts';
import type { Deps } from './platform/http/context.ts';
import { AppError } from './platform/errors.ts';
import { isLocalDay } from './platform/calendar/index.ts';
import { t, type Locale } from './platform/i18n/index.ts';
import { generateBills } from './modules/billing/generate-bills.ts';
import { yuan } from './modules/billing/rules.ts';

const BILL_RUN_USAGE =
  'usage: bill-run --project <code> --period YYYY-MM [--building <code>] [--due YYYY-MM-DD]';

/** An AppError as the user reads it: the translated message and each field's problem. */
function describeError(err: AppError, locale: Locale): string {
  const message = t(locale, err.key, err.params);
  const fields = err.fields
    .map((f) => ({ path: f.path, text: t(locale, f.key, f.params) }))
    .filter((f) => f.text !== message);
  return [message, ...fields.map((f) => `${f.path}: ${f.text}`)].join('\n  ');
}

/**
 * bill-run: the month's bills of a project (or one building) as the system actor, the same
 * generateBills the cashier's "bill run" calls, with a progress bar by building on stderr
 * and one summary line on stdout. Running it again creates nothing (FEE-6).
 */
async function billRun(
  deps: Deps,
  o: { project: string; period: string; building?: string; due?: string },
): Promise<number> {
  const locale: Locale = /^zh/i.test(process.env.LANG ?? '') ? 'zh-CN' : 'en';
  const project = await deps.db.k
    .selectFrom('projects')
    .select('project_id')
    .where('code', '=', o.project)
    .executeTakeFirst();
  if (!project) {
    console.error(`no project with code ${o.project}`);
    return 1;
  }
  let buildingId: string | undefined;
  if (o.building !== undefined) {
    const b = await deps.db.k
      .selectFrom('buildings')
      .select('building_id')
      .where('project_id', '=', project.project_id)
      .where('code', '=', o.building)
      .executeTakeFirst();
    if (!b) {
      console.error(`no building with code ${o.building} in project ${o.project}`);
      return 1;
    }
    buildingId = b.building_id;
  }
  let bar: Progress | undefined;
  const started = performance.now();
  try {
    const r = await generateBills(
      deps,
      SYSTEM_ACTOR,
      project.project_id,
      { period: o.period, buildingId, dueDate: o.due },
      (p) => {
        bar ??= progress(`bill run ${o.project} ${o.period}`, p.buildingsTotal, ' buildings');
        bar.set(p.buildingsDone);
      },
    );
    bar?.done();
    const seconds = (performance.now() - started) / 1000;
    const bills = r.billsCreated + r.billsExisting;
    console.log(
      `bill-run ${o.project}${o.building === undefined ? '' : ` building ${o.building}`} ${r.period}: ${r.billsCreated} bills created, ${r.billsExisting} existing, ` +
        `total ${yuan(r.createdTotalFen)} 元, ${r.buildings} buildings in ${seconds.toFixed(2)} s, ${(seconds > 0 ? bills / seconds : 0).toFixed(1)} bills/s, due ${r.dueDate}`,
    );
    return 0;
  } catch (err) {
    bar?.done();
    if (!(err instanceof AppError)) throw err;
    console.error(`bill-run refused: ${describeError(err, locale)}`);
    return 1;
  }
}

/**
 * SEED_DEMO: `1` (default) the demo company with its last eight weeks of work, `basic` the
 * small demo the tests use (people, buildings, no history), `0` nothing.
 */
function seedDemoAsConfigured(deps: Deps): Promise<DemoLogin[]> {
  const started = performance.now();
  const month = process.env.SEED_DEMO !== 'basic';
  console.log(
    month
      ? 'loading the demo company with its last eight weeks of work …'
      : 'loading the small demo company …',
  );
  return seedDemo(deps, { month, log: (line) => console.log(line) }).then((logins) => {
    console.log(`demo loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return logins;
  });
}

function printLogins(logins: DemoLogin[]): void {
  console.log('\nPropDesk demo logins (password for all: %s)', DEMO_PASSWORD);
  for (const l of logins)
    console.log(`  ${l.username.padEnd(14)} ${l.project.padEnd(7)} ${l.roles.padEnd(16)} ${l.displayName}`);
  console.log('');
}

async function main(argv: string[]): Promise<number> {
  const [cmd = 'start', ...args] = argv;
  const config = loadConfig();
  switch (cmd) {
    case 'start': {
      const started = performance.now();
      const seedOnEmpty = process.env.SEED_DEMO !== '0';
      if (seedOnEmpty) {
        const deps = await openDeps(config);
        if (await isEmpty(deps)) printLogins(await seedDemoAsConfigured(deps));
        await deps.bus.close();
        await deps.db.close();
      }
      const server = await startServer(config);
      console.log(
        `PropDesk ready on http://localhost:${server.port} (${server.deps.db.dialect}) in ${Math.round(performance.now() - started)} ms`,
      );
      const shutdown = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      return -1;
    }
    case 'migrate': {
      const deps = await openDeps(config);
      await deps.bus.close();
      await deps.db.close();
      console.log('migrations applied');
      return 0;
    }
    case 'seed-demo': {
      const deps = await openDeps(config);
      try {
        if (!(await isEmpty(deps))) {
          console.error('the database already has users; seed-demo only fills an empty database');
          return 1;
        }
        printLogins(await seedDemoAsConfigured(deps));
        return 0;
      } finally {
        await deps.bus.close();
        await deps.db.close();
      }
    }
    case 'create-admin': {
      const [username, displayName = username] = args;
      if (!username) {
        console.error(
          'usage: create-admin <username> [display name]   (password: PROPDESK_PASSWORD, else generated)',
        );
        return 2;
      }
      const password = process.env.PROPDESK_PASSWORD ?? `Pd${randomBytes(9).toString('base64url')}7`;
      const deps = await openDeps(config);
      try {
        await createStaff(deps, SYSTEM_ACTOR, {
          username,
          displayName: displayName!,
          password,
          isCompanyAdmin: true,
          roles: [],
        });
        console.log(
          `company admin ${username} created${process.env.PROPDESK_PASSWORD ? '' : ` with password ${password} (must be changed at first login)`}`,
        );
        return 0;
      } finally {
        await deps.bus.close();
        await deps.db.close();
      }
    }
    case 'backup':
    case 'restore': {
      const [file] = args;
      if (!file) {
        console.error(`usage: ${cmd} <file>`);
        return 2;
      }
      await (cmd === 'backup' ? backup : restore)(config.databaseUrl, file);
      console.log(`${cmd} done: ${file}`);
      return 0;
    }
    case 'bill-run': {
      let o: { project?: string; period?: string; building?: string; due?: string };
      try {
        o = parseArgs({
          args,
          options: {
            project: { type: 'string' },
            period: { type: 'string' },
            building: { type: 'string' },
            due: { type: 'string' },
          },
          strict: true,
          allowPositionals: false,
        }).values;
      } catch (err) {
        console.error(`${(err as Error).message}\n${BILL_RUN_USAGE}`);
        return 2;
      }
      if (!o.project || !o.period) {
        console.error(BILL_RUN_USAGE);
        return 2;
      }
      if (o.due !== undefined && !isLocalDay(o.due)) {
        console.error(`--due must be a date YYYY-MM-DD, got ${o.due}\n${BILL_RUN_USAGE}`);
        return 2;
      }
      const deps = await openDeps(config);
      try {
        return await billRun(deps, {
          project: o.project,
          period: o.period,
          building: o.building,
          due: o.due,
        });
      } finally {
        await deps.bus.close();
        await deps.db.close();
      }
    }
    default:
      console.error(
        `unknown command ${cmd}; use start | migrate | seed-demo | create-admin | backup | restore | bill-run`,
      );
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    console.error((err as Error)?.message ?? err);
    process.exit(1);
  },
);
