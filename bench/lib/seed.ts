/** Fills a fresh database the way a first `npm start` does: migrations, then the demo company. */
import { openDeps, makeLogger } from '../../src/server/runtime.ts';
import { seedDemo } from '../../src/server/demo/seed-demo.ts';
import type { Deps } from '../../src/server/platform/http/context.ts';
import { progress } from './progress.ts';

/** Opens the database in this process (migrated), for scenarios that talk to it directly. */
export async function openBenchDeps(url: string): Promise<Deps> {
  return openDeps({ databaseUrl: url, logLevel: 'warn' }, undefined, makeLogger('warn'));
}

export async function closeDeps(deps: Deps): Promise<void> {
  await deps.bus.close();
  await deps.db.close();
}

/** The demo company (13 users, ~1,900 units and spaces) in an open, migrated database. */
export async function seedDemoWithProgress(deps: Deps): Promise<void> {
  const bar = progress('seed demo company', 1);
  await seedDemo(deps);
  bar.tick();
  bar.done();
}

/** Migrates and seeds a fresh database as a first `npm start` would, then closes it. */
export async function seedDemoDatabase(url: string): Promise<void> {
  const deps = await openBenchDeps(url);
  try {
    await seedDemoWithProgress(deps);
  } finally {
    await closeDeps(deps);
  }
}
