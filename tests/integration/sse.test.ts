/**
 * Live events (ARCHITECTURE "live updates"): a change announced on the bus reaches the
 * event streams of its own project only, and a stream is as private as the project.
 * Runs in-process through app.request, on the in-process bus (SQLite) and on
 * LISTEN/NOTIFY (PostgreSQL).
 */
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client } from '../support/factory/index.ts';
import { readSse, type SseEvent, type SseReader } from '../support/sse-client.ts';

const building = (code: string) => ({
  code,
  name: code,
  kind: 'office',
  floorsAbove: 2,
  segments: [{ fromFloor: 1, toFloor: 2, unitsPerFloor: 2, use: 'office' }],
});
const isChange = (e: SseEvent) => e.event !== 'ready' && e.event !== 'ping';

createTestApp('live event streams', (ctx) => {
  // Streams end with their test, before the harness closes the bus under them.
  const open: SseReader[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });

  async function subscribe(client: Client, projectId: string): Promise<SseReader> {
    const res = await ctx().app.request(`/api/projects/${projectId}/events`, {
      headers: { cookie: client.cookie },
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
    const sse = readSse(res.body!);
    open.push(sse);
    // The server subscribes to the bus before it writes 'ready'.
    const ready = await sse.next((e) => e.event === 'ready');
    assert.deepEqual(JSON.parse(ready.data), { projectId });
    return sse;
  }

  test("a change reaches its project's streams and not another project's", async () => {
    const { CAMPUS, ESTATE } = ctx().projects;
    const pm = await ctx().login('pm');
    const estatePm = await ctx().login('estate.pm');
    // The company admin may read both projects, so only the bus's routing keeps ESTATE's
    // stream free of CAMPUS events.
    const campusStream = await subscribe(pm, CAMPUS);
    const estateStream = await subscribe(await ctx().login('admin'), ESTATE);

    const c1 = await pm.post(`/api/projects/${CAMPUS}/buildings`, building('SSE-C1'));
    assert.equal(c1.status, 201);
    const got = await campusStream.next(isChange);
    assert.equal(got.event, 'property.building.created');
    assert.deepEqual(
      (({ projectId, type, entityId }) => ({ projectId, type, entityId }))(JSON.parse(got.data)),
      { projectId: CAMPUS, type: 'property.building.created', entityId: c1.body.buildingId },
    );

    // Events arrive in order, so if CAMPUS's event had leaked into ESTATE's stream it would
    // come before ESTATE's own — no waiting for something not to happen.
    const e1 = await estatePm.post(`/api/projects/${ESTATE}/buildings`, building('SSE-E1'));
    assert.equal(e1.status, 201);
    const estateFirst = JSON.parse((await estateStream.next(isChange)).data);
    assert.equal(
      estateFirst.entityId,
      e1.body.buildingId,
      "the first change on the ESTATE stream is ESTATE's own",
    );
    assert.equal(estateFirst.projectId, ESTATE);

    const c2 = await pm.post(`/api/projects/${CAMPUS}/buildings`, building('SSE-C2'));
    assert.equal(c2.status, 201);
    const campusNext = JSON.parse((await campusStream.next(isChange)).data);
    assert.equal(
      campusNext.entityId,
      c2.body.buildingId,
      'the ESTATE change never reached the CAMPUS stream',
    );
    assert.ok(!campusStream.seen().some((e) => e.data.includes(e1.body.buildingId)));
  });

  test('ORG-1: a user without access to the project gets 404 on its event stream; no session gets 401', async () => {
    const estateClerk = await ctx().login('estate.clerk');
    const denied = await estateClerk.get(`/api/projects/${ctx().projects.CAMPUS}/events`);
    assert.equal(denied.status, 404);
    assert.equal(denied.body.error.code, 'NOT_FOUND');
    assert.equal((await ctx().anonymous().get(`/api/projects/${ctx().projects.CAMPUS}/events`)).status, 401);
  });
});
