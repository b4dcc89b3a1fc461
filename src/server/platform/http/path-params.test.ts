import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../../../../tests/support/factory/index.ts';
import {
  fillPath,
  operations,
  sampleOf,
  type OpenApiDoc,
  type Operation,
} from '../../../../tests/support/openapi-walk.ts';

const SOME_ID = '00000000-0000-4000-8000-000000000001';
const UNKNOWN_PROJECT = '00000000-0000-4000-8000-00000000beef';
// Shapes a hand-typed or tampered URL takes: not an id, an id cut short, SQL, a NUL, a letter that is not hex.
const MALFORMED = [
  'not-a-uuid',
  '01a21037-7680-7001',
  "1' or '1'='1",
  'a\u0000b',
  '0000000g-0000-4000-8000-000000000000',
];

createTestApp('input: ids in the path are never a 5xx', (ctx) => {
  const validValues = (): Record<string, string> => ({
    projectId: ctx().projects.CAMPUS,
    year: '2026',
    month: '2026-11',
    department: 'engineering',
  });

  /** The request for `op` with `values` in its path, its required query and a plausible body. */
  function requestOf(op: Operation, doc: OpenApiDoc, values: Record<string, string>) {
    const query = new URLSearchParams();
    for (const q of op.query) if (q.required) query.set(q.name, String(sampleOf(q.schema, doc)));
    const url = `/api${fillPath(op.path, values)}${query.size ? `?${query}` : ''}`;
    return { url, body: op.body && op.method !== 'GET' ? sampleOf(op.body, doc) : undefined };
  }

  test('input: a malformed id in any path parameter of any route is a 404 on both databases', async () => {
    const admin = await ctx().login('admin');
    const doc = (await admin.get('/api/docs')).body as OpenApiDoc;
    const wrong: string[] = [];
    let tried = 0;
    for (const op of operations(doc)) {
      for (const param of op.pathParams) {
        for (const bad of MALFORMED) {
          const values = { ...validValues(), [param]: bad };
          for (const p of op.pathParams) values[p] ??= SOME_ID;
          const { url, body } = requestOf(op, doc, values);
          const r = await admin.request(op.method, url, body);
          tried++;
          if (r.status !== 404)
            wrong.push(`${r.status} ${op.method} ${op.path} ${param}=${JSON.stringify(bad)}`);
        }
      }
    }
    assert.ok(tried > 1000, `only ${tried} requests — is the OpenAPI walk still finding the routes?`);
    assert.deepEqual(wrong, []);
  });

  test('input: an unknown project is a 404 on every project route, for the company admin too', async () => {
    const admin = await ctx().login('admin');
    const doc = (await admin.get('/api/docs')).body as OpenApiDoc;
    const wrong: string[] = [];
    const projectRoutes = operations(doc).filter((op) => op.pathParams.includes('projectId'));
    assert.ok(projectRoutes.length > 150, `only ${projectRoutes.length} project routes found`);
    for (const op of projectRoutes) {
      const values: Record<string, string> = { ...validValues(), projectId: UNKNOWN_PROJECT };
      for (const p of op.pathParams) values[p] ??= SOME_ID;
      const { url, body } = requestOf(op, doc, values);
      const r = await admin.request(op.method, url, body);
      if (r.status !== 404 || r.body?.error?.message !== 'Project not found')
        wrong.push(`${r.status} ${op.method} ${op.path}`);
    }
    assert.deepEqual(wrong, []);
    const project = await ctx()
      .deps.db.k.selectFrom('projects')
      .select('project_id')
      .where('project_id', '=', UNKNOWN_PROJECT)
      .execute();
    assert.equal(project.length, 0);
  });

  test('input: uploads and downloads outside the OpenAPI document answer a malformed id with 404 too', async () => {
    const clerk = await ctx().login('clerk');
    const P = ctx().projects.CAMPUS;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    for (const [method, url, body] of [
      ['POST', `/api/projects/${P}/tickets/not-a-uuid/photos`, png],
      ['GET', `/api/projects/${P}/tickets/not-a-uuid/attachments/${SOME_ID}`, undefined],
      ['POST', `/api/projects/not-a-uuid/documents`, png],
      ['GET', `/api/projects/${P}/documents/not-a-uuid`, undefined],
      ['GET', `/api/projects/not-a-uuid/events`, undefined],
      ['POST', `/api/projects/${UNKNOWN_PROJECT}/tickets/${SOME_ID}/photos`, png],
    ] as const) {
      const r = await clerk.request(method, url, body);
      assert.equal(r.status, 404, `${method} ${url}: ${r.status} ${JSON.stringify(r.body)}`);
      assert.equal(r.body.error.code, 'NOT_FOUND');
    }
  });

  test('input: without a session an unknown project is still 401, so the guard reveals nothing', async () => {
    const r = await ctx().anonymous().get(`/api/projects/${UNKNOWN_PROJECT}/buildings`);
    assert.equal(r.status, 401);
  });
});
