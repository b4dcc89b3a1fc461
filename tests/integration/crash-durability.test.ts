/**
 * ARCHITECTURE "acknowledged writes survive kill -9": a real server process on a SQLite
 * file answers 201 for a new building and is killed with SIGKILL the moment the status
 * arrives — no shutdown hook, no checkpoint. Reopening the file must show the building,
 * its units and its history.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../src/server/platform/db/connection.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/seed-demo.ts';
import { seededSqliteCopy } from '../support/seeded-template.ts';
import { loginOverHttp, spawnServer, type SpawnedServer } from '../support/spawn-server.ts';

let dir = '';
let file = '';
let campusId = '';
let server: SpawnedServer | null = null;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'propdesk-crash-'));
  file = await seededSqliteCopy(dir);
  const db = openDb({ url: file });
  try {
    campusId = (
      await db.k
        .selectFrom('projects')
        .select('project_id')
        .where('code', '=', 'CAMPUS')
        .executeTakeFirstOrThrow()
    ).project_id;
  } finally {
    await db.close();
  }
});

after(async () => {
  if (server) {
    server.kill('SIGKILL');
    await server.exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a building acknowledged with 201 is on disk after the server is killed with SIGKILL', async () => {
  server = await spawnServer({ databaseUrl: file });
  const admin = await loginOverHttp(server.port, 'admin', DEMO_PASSWORD);
  const res = await admin.request(`/api/projects/${campusId}/buildings`, {
    method: 'POST',
    json: {
      code: 'T1',
      name: 'T1',
      kind: 'office',
      floorsAbove: 2,
      segments: [{ fromFloor: 1, toFloor: 2, unitsPerFloor: 2, use: 'office' }],
    },
  });
  // fetch resolves as soon as the status line and headers arrive: kill right there.
  if (res.status === 201) server.kill('SIGKILL');
  const exit = await (res.status === 201 ? server.exited : Promise.resolve(null));
  assert.equal(
    res.status,
    201,
    `create building answered ${res.status}: ${await res.text().catch(() => '')}`,
  );
  assert.deepEqual(
    exit,
    { code: null, signal: 'SIGKILL' },
    'the server died by SIGKILL, not a clean shutdown',
  );
  server = null;

  const db = openDb({ url: file });
  try {
    const building = await db.k
      .selectFrom('buildings')
      .selectAll()
      .where('project_id', '=', campusId)
      .where('code', '=', 'T1')
      .executeTakeFirst();
    assert.ok(building, 'the acknowledged building survived');
    const units = await db.k
      .selectFrom('units')
      .select(['unit_id', 'code'])
      .where('project_id', '=', campusId)
      .where('building_id', '=', building.building_id)
      .orderBy('code')
      .execute();
    assert.equal(units.length, 4, 'all four units of the building survived');
    const statusRows = await db.k
      .selectFrom('unit_status_history')
      .select('unit_id')
      .where('project_id', '=', campusId)
      .where(
        'unit_id',
        'in',
        units.map((u) => u.unit_id),
      )
      .execute();
    assert.equal(statusRows.length, 4, 'each unit kept its initial status entry');
    const history = await db.k
      .selectFrom('history')
      .select('action')
      .where('project_id', '=', campusId)
      .where('entity_type', '=', 'building')
      .where('entity_id', '=', building.building_id)
      .execute();
    assert.deepEqual(
      history.map((h) => h.action),
      ['created'],
    );
  } finally {
    await db.close();
  }
});
