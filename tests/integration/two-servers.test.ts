/**
 * Two app servers on one PostgreSQL database (ARCHITECTURE: PostgreSQL deployments may run
 * several app servers): every durable timer fires exactly once however the two sweepers
 * race, and a change made through one server reaches a browser connected to the other.
 * Needs PostgreSQL (TEST_DATABASE_URL); skipped otherwise.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { openDeps } from '../../src/server/runtime.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/seed-demo.ts';
import { scheduleTimer } from '../../src/server/platform/timers/schedule.ts';
import type { Deps } from '../../src/server/platform/http/context.ts';
import { postgresAvailable, postgresTestDatabase } from '../support/databases.ts';
import { seededDatabase } from '../support/seeded-template.ts';
import { loginOverHttp, spawnServer, type SpawnedServer } from '../support/spawn-server.ts';
import { readSse } from '../support/sse-client.ts';

const skip = postgresAvailable()
  ? false
  : 'needs PostgreSQL: set TEST_DATABASE_URL to run two servers on one database';
const TIMERS = 300;

let url = '';
let deps: Deps | null = null;
let campusId = '';
const servers: SpawnedServer[] = [];

before(async () => {
  if (skip) return;
  url = await seededDatabase(postgresTestDatabase);
  deps = await openDeps({ databaseUrl: url, logLevel: 'silent' }, undefined, pino({ level: 'silent' }));
  campusId = (
    await deps.db.k
      .selectFrom('projects')
      .select('project_id')
      .where('code', '=', 'CAMPUS')
      .executeTakeFirstOrThrow()
  ).project_id;
  servers.push(
    ...(await Promise.all([spawnServer({ databaseUrl: url }), spawnServer({ databaseUrl: url })])),
  );
});

after(async () => {
  for (const s of servers) s.kill('SIGTERM');
  const exits = await Promise.all(
    servers.map(async (s) => {
      const stuck = setTimeout(() => s.kill('SIGKILL'), 10_000);
      const exit = await s.exited;
      clearTimeout(stuck);
      return exit;
    }),
  );
  if (deps) {
    await deps.bus.close();
    await deps.db.close();
  }
  if (url) await postgresTestDatabase.drop(url);
  // SIGTERM closes the server (open event streams included) and exits 0.
  assert.deepEqual(
    exits,
    servers.map(() => ({ code: 0, signal: null })),
    `servers' stderr: ${servers.map((s) => s.stderr()).join(' | ')}`,
  );
});

async function waitUntil(what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test(
  `${TIMERS} timers due at once fire exactly once across two servers`,
  { skip, timeout: 90_000 },
  async (t) => {
    const db = deps!.db;
    const now = new Date();
    // One commit, so both sweepers see all of them due at the same moment and must race.
    await db.k.transaction().execute(async (trx) => {
      for (let i = 0; i < TIMERS; i++) {
        await scheduleTimer(trx, {
          projectId: campusId,
          kind: 'test.record',
          entityType: 'timer-test',
          entityId: `exactly-once-${i}`,
          dueAt: now,
          now,
        });
      }
    });

    const doneCount = async () =>
      (
        await db.k
          .selectFrom('timers')
          .select('timer_id')
          .where('kind', '=', 'test.record')
          .where('status', '=', 'done')
          .execute()
      ).length;
    await waitUntil(
      `all ${TIMERS} timers are done (servers' stderr: ${servers.map((s) => s.stderr().slice(-500)).join(' | ')})`,
      60_000,
      async () => (await doneCount()) === TIMERS,
    );

    const timers = await db.k
      .selectFrom('timers')
      .select(['timer_id', 'status', 'claimed_by', 'attempts'])
      .where('kind', '=', 'test.record')
      .execute();
    assert.equal(timers.length, TIMERS);
    assert.deepEqual(
      timers.filter((r) => r.status !== 'done'),
      [],
      'no timer left pending or failed',
    );
    assert.deepEqual(
      timers.filter((r) => r.attempts !== 1),
      [],
      'no timer needed a retry',
    );

    const fired = await db.k
      .selectFrom('history')
      .select(['entity_id', 'note'])
      .where('project_id', '=', campusId)
      .where('entity_type', '=', 'timer-test')
      .execute();
    const byTimer = new Map<string, string[]>();
    for (const h of fired) byTimer.set(h.entity_id, [...(byTimer.get(h.entity_id) ?? []), h.note]);
    const notExactlyOnce = timers
      .filter((r) => byTimer.get(r.timer_id)?.length !== 1)
      .map((r) => ({ timer: r.timer_id, firings: byTimer.get(r.timer_id)?.length ?? 0 }));
    assert.deepEqual(notExactlyOnce, [], 'every timer has exactly one history row');
    assert.equal(fired.length, TIMERS, 'no history row for anything but these timers');
    // The handler's row and the 'done' mark were written by the same worker in one transaction.
    assert.deepEqual(
      timers.filter((r) => byTimer.get(r.timer_id)?.[0] !== r.claimed_by),
      [],
      'each timer fired in the worker that marked it done',
    );

    const perWorker = new Map<string, number>();
    for (const r of timers) perWorker.set(r.claimed_by ?? '', (perWorker.get(r.claimed_by ?? '') ?? 0) + 1);
    t.diagnostic(`timers fired per worker: ${JSON.stringify(Object.fromEntries(perWorker))}`);
    // Without both workers sweeping, exactly-once above would prove nothing. Each sweeper
    // ticks every 50 ms and a lone worker needs about a second for all of them, so both get
    // a share (observed near 50/50 even with both cores busy).
    assert.equal(perWorker.size, 2, 'both servers fired timers');
  },
);

test(
  'a change made through server A reaches an event stream on server B',
  { skip, timeout: 30_000 },
  async () => {
    const [a, b] = servers as [SpawnedServer, SpawnedServer];
    const admin = await loginOverHttp(b.port, 'admin', DEMO_PASSWORD);
    const stream = new AbortController();
    const res = await admin.request(`/api/projects/${campusId}/events`, { signal: stream.signal });
    assert.equal(res.status, 200);
    const sse = readSse(res.body!);
    try {
      // B has subscribed to the bus once it has written 'ready'.
      await sse.next((e) => e.event === 'ready');
      const created = await admin.at(a.port).request(`/api/projects/${campusId}/buildings`, {
        method: 'POST',
        json: {
          code: 'T1',
          name: 'T1',
          kind: 'office',
          floorsAbove: 2,
          segments: [{ fromFloor: 1, toFloor: 2, unitsPerFloor: 2, use: 'office' }],
        },
      });
      assert.equal(created.status, 201, await created.clone().text());
      const { buildingId } = (await created.json()) as { buildingId: string };
      const event = await sse.next((e) => e.event === 'property.building.created', 5000);
      const data = JSON.parse(event.data) as { projectId: string; entityId: string; type: string };
      assert.deepEqual(
        { projectId: data.projectId, entityId: data.entityId, type: data.type },
        { projectId: campusId, entityId: buildingId, type: 'property.building.created' },
      );
    } finally {
      await sse.close();
      stream.abort();
    }
  },
);
