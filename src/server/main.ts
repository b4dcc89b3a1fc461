/**
 * PropDesk command line.
 *   start                          migrate, seed the demo on an empty database, serve
 *   migrate                        apply pending migrations
 *   seed-demo                      load the demo company into an empty database
 *   create-admin <user> <name>     create a company admin (password from PROPDESK_PASSWORD or prompt-free generated)
 *   backup <file>                  consistent copy of the database, safe while running
 *   restore <file>                 replace the database with a backup (stop the server first)
 */
import { randomBytes } from 'node:crypto';
import { loadConfig } from './config.ts';
import { openDeps, startServer } from './runtime.ts';
import { isEmpty, seedDemo, DEMO_PASSWORD, type DemoLogin } from './demo/seed-demo.ts';
import { createStaff } from './modules/staff/service.ts';
import { SYSTEM_ACTOR } from './platform/access/actor.ts';
import { backup, restore } from './ops/backup.ts';

function printLogins(logins: DemoLogin[]): void {
  console.log('\nPropDesk demo logins (password for all: %s)', DEMO_PASSWORD);
  for (const l of logins) console.log(`  ${l.username.padEnd(14)} ${l.project.padEnd(7)} ${l.roles.padEnd(16)} ${l.displayName}`);
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
        if (await isEmpty(deps)) printLogins(await seedDemo(deps));
        await deps.bus.close();
        await deps.db.close();
      }
      const server = await startServer(config);
      console.log(`PropDesk ready on http://localhost:${server.port} (${server.deps.db.dialect}) in ${Math.round(performance.now() - started)} ms`);
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
        printLogins(await seedDemo(deps));
        return 0;
      } finally {
        await deps.bus.close();
        await deps.db.close();
      }
    }
    case 'create-admin': {
      const [username, displayName = username] = args;
      if (!username) {
        console.error('usage: create-admin <username> [display name]   (password: PROPDESK_PASSWORD, else generated)');
        return 2;
      }
      const password = process.env.PROPDESK_PASSWORD ?? `Pd${randomBytes(9).toString('base64url')}7`;
      const deps = await openDeps(config);
      try {
        await createStaff(deps, SYSTEM_ACTOR, { username, displayName: displayName!, password, isCompanyAdmin: true, roles: [] });
        console.log(`company admin ${username} created${process.env.PROPDESK_PASSWORD ? '' : ` with password ${password} (must be changed at first login)`}`);
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
    default:
      console.error(`unknown command ${cmd}; use start | migrate | seed-demo | create-admin | backup | restore`);
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
