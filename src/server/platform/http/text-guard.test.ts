import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type Res } from '../../../../tests/support/factory/index.ts';
import {
  fillPath,
  operations,
  sampleOf,
  textPaths,
  withTextAt,
  type OpenApiDoc,
} from '../../../../tests/support/openapi-walk.ts';
import { tableCounts } from '../../../../tests/support/table-counts.ts';

const NUL_MESSAGE = 'Must not contain control characters (such as a NUL byte)';
// Ids that name nothing: the text is refused before any record is looked up.
const SOME_ID = '00000000-0000-4000-8000-000000000001';

function refusedAt(r: Res, path: string, message = NUL_MESSAGE): string | null {
  if (r.status !== 400 || r.body?.error?.code !== 'VALIDATION')
    return `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`;
  const field = r.body.error.fields.find((f: { path: string }) => f.path === path);
  return field?.message === message ? null : `fields ${JSON.stringify(r.body.error.fields)}`;
}

createTestApp('input: bad text is refused at the edge', (ctx) => {
  const P = () => ctx().projects.CAMPUS;
  const pathValues = () => ({ projectId: P(), year: '2026', month: '2026-11', department: 'engineering' });

  test('input: a NUL byte in any text field of any route is refused with 400 on both databases, and nothing is written', async () => {
    const admin = await ctx().login('admin');
    const doc = (await admin.get('/api/docs')).body as OpenApiDoc;
    const before = await tableCounts(ctx().deps);
    const wrong: string[] = [];
    let tried = 0;
    for (const op of operations(doc)) {
      const values: Record<string, string> = { ...pathValues() };
      for (const p of op.pathParams) values[p] ??= SOME_ID;
      const url = `/api${fillPath(op.path, values)}`;
      // Every text field of the JSON body …
      const body = op.body ? sampleOf(op.body, doc) : undefined;
      for (const field of op.method === 'GET' ? [] : textPaths(body)) {
        tried++;
        const r = await admin.request(
          op.method,
          url,
          withTextAt(body, field, (s) => `${s}\u0000x`),
        );
        const problem = refusedAt(r, field);
        if (problem) wrong.push(`${op.method} ${op.path} body ${field}: ${problem}`);
      }
      // … and every query parameter.
      for (const q of op.query) {
        tried++;
        const r = await admin.request(
          op.method,
          `${url}?${new URLSearchParams({ [q.name]: 'a\u0000' })}`,
          op.method === 'GET' ? undefined : body,
        );
        const problem = refusedAt(r, q.name);
        if (problem) wrong.push(`${op.method} ${op.path} query ${q.name}: ${problem}`);
      }
    }
    assert.ok(tried > 400, `only ${tried} fields tried — is the OpenAPI walk still finding the routes?`);
    assert.deepEqual(wrong, []);
    assert.deepEqual(await tableCounts(ctx().deps), before);
  });

  test('input: a NUL at login is refused like anywhere else, not a database error', async () => {
    const r = await ctx().anonymous().post('/api/auth/login', { username: 'clerk\u0000', password: 'x' });
    assert.equal(refusedAt(r, 'username'), null);
  });

  test('input: a NUL in a ticket intake is refused with a translated message and no ticket is made', async () => {
    const clerk = await ctx().login('clerk');
    clerk.lang = 'zh-CN';
    const count = async () =>
      (
        await ctx()
          .deps.db.k.selectFrom('tickets')
          .select('ticket_id')
          .where('project_id', '=', P())
          .execute()
      ).length;
    const n = await count();
    const r = await clerk.post(`/api/projects/${P()}/tickets`, {
      kind: 'repair',
      customerName: '林晓梅',
      publicArea: '大堂',
      description: '空调漏水\u0000',
    });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.message, '提交的内容有误，请检查标出的字段');
    assert.deepEqual(r.body.error.fields, [{ path: 'description', message: '不能包含控制字符（如空字符）' }]);
    assert.equal(await count(), n);
    // A description is multi-line text: line breaks and tabs are fine there.
    const ok = await clerk.post(`/api/projects/${P()}/tickets`, {
      kind: 'repair',
      customerName: '林晓梅',
      publicArea: '大堂',
      description: '空调漏水\n\t滴到地板上',
    });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
  });

  test('input: a direction override in a customer name is refused (it would show "1-504" as "1-405")', async () => {
    const clerk = await ctx().login('clerk');
    const r = await clerk.post(`/api/projects/${P()}/customers`, {
      kind: 'person',
      name: '王\u202e504-1',
      phones: [{ phone: '13900000077' }],
    });
    assert.equal(refusedAt(r, 'name', 'Must not contain characters that change the text direction'), null);
    const isolate = await clerk.post(`/api/projects/${P()}/customers`, {
      kind: 'person',
      name: '王\u2067五',
      phones: [{ phone: '13900000077', label: 'mo\u2069bile' }],
    });
    assert.deepEqual(isolate.body.error.fields.map((f: { path: string }) => f.path).sort(), [
      'name',
      'phones.0.label',
    ]);
    const rows = await ctx()
      .deps.db.k.selectFrom('customer_phones')
      .select('phone')
      .where('phone', '=', '13900000077')
      .execute();
    assert.equal(rows.length, 0);
  });

  test('input: names, codes and numbers are one line — a line break in a building code, a staff name or a key slot is refused', async () => {
    const pm = await ctx().login('pm');
    const admin = await ctx().login('admin');
    const ONE_LINE = 'Must be a single line, without line breaks or tabs';
    const building = await pm.post(`/api/projects/${P()}/buildings`, {
      code: 'E\n9',
      name: 'E9',
      kind: 'office',
      floorsAbove: 1,
    });
    assert.equal(refusedAt(building, 'code', ONE_LINE), null);
    const staff = await admin.post('/api/staff', {
      username: 'tab.user',
      displayName: '小\t李',
      password: 'Start2026',
      projectId: P(),
      roles: [{ role: 'cs_clerk' }],
    });
    assert.equal(refusedAt(staff, 'displayName', ONE_LINE), null);
    const unitId = (
      await ctx()
        .deps.db.k.selectFrom('units')
        .select('unit_id')
        .where('project_id', '=', P())
        .executeTakeFirstOrThrow()
    ).unit_id;
    const key = await pm.post(`/api/projects/${P()}/keys`, {
      unitId,
      kind: 'developer',
      cabinetSlot: 'A-03\r\nB-04',
    });
    assert.equal(refusedAt(key, 'cabinetSlot', ONE_LINE), null);
    const written = await ctx()
      .deps.db.k.selectFrom('users')
      .select('user_id')
      .where('username', '=', 'tab.user')
      .execute();
    assert.equal(written.length, 0);
  });

  test('input: a fee item name with a broken character (a lone surrogate) is refused', async () => {
    const pm = await ctx().login('pm');
    const before = (await tableCounts(ctx().deps)).fee_items;
    const r = await pm.post(`/api/projects/${P()}/billing/fee-items`, {
      code: 'BROKEN',
      name: '管理费\ud800',
      kind: 'fixed',
      amountFen: 100,
      effectiveFrom: '2026-11-01',
    });
    assert.equal(refusedAt(r, 'name', 'Contains an invalid character (broken encoding)'), null);
    assert.equal((await tableCounts(ctx().deps)).fee_items, before);
  });

  test('input: a body nested 400,000 deep is answered as bad input, not a crash', async () => {
    const clerk = await ctx().login('clerk');
    const deep = '['.repeat(400_000) + ']'.repeat(400_000);
    const r = await clerk.request('POST', `/api/projects/${P()}/customers`, deep);
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, 'VALIDATION');
  });

  test('input: a NUL in a search is refused, not sent to the database', async () => {
    const clerk: Client = await ctx().login('clerk');
    const r = await clerk.get(`/api/projects/${P()}/customers?q=${encodeURIComponent('王\u0000')}`);
    assert.equal(refusedAt(r, 'q'), null);
  });
});
