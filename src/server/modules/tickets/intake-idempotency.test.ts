/**
 * TKT-1 intake with an Idempotency-Key: the key is the caller's own and bound to the form as
 * sent. Each rule is tried the way a double click, a retry, a colleague or an attacker would.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  type Client,
  type TestContext,
  ticketsUrl,
} from '../../../../tests/support/factory/index.ts';
import { canonicalJson, requestFingerprint } from '../../platform/http/idempotency.ts';

const post = (c: Client, ctx: TestContext, body: Record<string, unknown>, key: string) =>
  c.request('POST', ticketsUrl(ctx), body, { 'idempotency-key': key });

async function counts(ctx: TestContext): Promise<{ tickets: number; keys: number }> {
  const k = ctx.deps.db.k;
  const tickets = await k
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const keys = await k
    .selectFrom('idempotency_keys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { tickets: Number(tickets.n), keys: Number(keys.n) };
}

createTestApp('service desk: intake idempotency', (ctx) => {
  test('TKT-1: an idempotency key sent again by the same user with the same intake returns the first ticket and makes no second', async () => {
    const clerk = await ctx().login('clerk');
    const first = await post(
      clerk,
      ctx(),
      { kind: 'inquiry', customerName: '访客', description: '请问停车怎么收费' },
      'form-1',
    );
    assert.equal(first.status, 201);
    const before = await counts(ctx());
    // The same form, its JSON written in another order and with the default channel spelled out.
    const again = await post(
      clerk,
      ctx(),
      { description: '请问停车怎么收费', customerName: '访客', kind: 'inquiry', channel: 'phone' },
      'form-1',
    );
    assert.equal(again.status, 200);
    assert.equal(again.body.ticketId, first.body.ticketId);
    assert.deepEqual(await counts(ctx()), before);
  });

  test('TKT-1: an idempotency key reused with a different intake is refused with 422 and a clear message, and nothing is written', async () => {
    const clerk = await ctx().login('clerk');
    const first = await post(
      clerk,
      ctx(),
      { kind: 'inquiry', customerName: '甲', description: '物业费怎么交' },
      'form-2',
    );
    assert.equal(first.status, 201);
    const before = await counts(ctx());
    clerk.lang = 'zh-CN';
    const other = await post(
      clerk,
      ctx(),
      { kind: 'inquiry', customerName: '乙', description: '快递放在哪里' },
      'form-2',
    );
    assert.equal(other.status, 422);
    assert.equal(other.body.error.code, 'UNPROCESSABLE');
    assert.match(other.body.error.message, /Idempotency-Key.*已用于另一份内容不同的提交，本次未登记任何内容/);
    clerk.lang = 'en';
    const otherEn = await post(
      clerk,
      ctx(),
      { kind: 'inquiry', customerName: '乙', description: '快递放在哪里' },
      'form-2',
    );
    assert.match(
      otherEn.body.error.message,
      /already used for a submission with different content, so nothing was recorded/,
    );
    assert.equal(otherEn.body.ticketId, undefined);
    assert.deepEqual(await counts(ctx()), before);
  });

  test('TKT-1: another user’s idempotency key is their own: the same key makes that user’s own ticket and never shows the first', async () => {
    const clerk = await ctx().login('clerk');
    const body = {
      kind: 'repair',
      customerName: '林晓梅',
      publicArea: '地下车库',
      description: 'B2 照明灯坏了',
    };
    const mine = await post(clerk, ctx(), body, 'shared-key');
    assert.equal(mine.status, 201);
    // The cleaner may record a request but may not see the desk's tickets.
    const cleaner = await ctx().login('cleaner');
    assert.equal((await cleaner.get(`${ticketsUrl(ctx())}/${mine.body.ticketId}`)).status, 404);
    const theirs = await post(cleaner, ctx(), body, 'shared-key');
    assert.equal(theirs.status, 201);
    assert.notEqual(theirs.body.ticketId, mine.body.ticketId);
    assert.equal(theirs.body.receiverName, '孙丽（保洁）');
    // A third user's different form under that key is not measured against the first user's.
    const supervisor = await ctx().login('supervisor');
    assert.equal(
      (await post(supervisor, ctx(), { ...body, description: '另一件事' }, 'shared-key')).status,
      201,
    );
  });

  test('TKT-1: concurrent identical intakes with one idempotency key make one ticket; both callers get it', async () => {
    const clerk = await ctx().login('clerk');
    const body = { kind: 'inquiry', customerName: '访客', description: '会议室怎么预订' };
    const before = await counts(ctx());
    const answers = await Promise.all([1, 2, 3].map(() => post(clerk, ctx(), body, 'k-race')));
    assert.deepEqual(answers.map((a) => a.status).sort(), [200, 200, 201]);
    assert.equal(new Set(answers.map((a) => a.body.ticketId)).size, 1);
    assert.deepEqual(await counts(ctx()), { tickets: before.tickets + 1, keys: before.keys + 1 });
  });

  test('TKT-1: concurrent different intakes under one idempotency key make one ticket; the others are 422', async () => {
    const clerk = await ctx().login('clerk');
    const before = await counts(ctx());
    const answers = await Promise.all(
      ['A', 'B', 'C'].map((x) =>
        post(clerk, ctx(), { kind: 'inquiry', customerName: '访客', description: `问题 ${x}` }, 'k-race-2'),
      ),
    );
    assert.deepEqual(answers.map((a) => a.status).sort(), [201, 422, 422]);
    assert.deepEqual(await counts(ctx()), { tickets: before.tickets + 1, keys: before.keys + 1 });
  });

  test('TKT-1: a replay re-checks access: after the engineer leaves the project, his old key shows nothing and makes nothing', async () => {
    const engineer = await ctx().login('engineer');
    const body = {
      kind: 'repair',
      customerName: '巡查',
      publicArea: '3 号楼屋面',
      description: '排水口堵塞',
    };
    assert.equal((await post(engineer, ctx(), body, 'patrol-1')).status, 201);
    const user = await ctx()
      .deps.db.k.selectFrom('users')
      .select('user_id')
      .where('username', '=', 'engineer')
      .executeTakeFirstOrThrow();
    await ctx()
      .deps.db.k.deleteFrom('memberships')
      .where('user_id', '=', user.user_id)
      .where('project_id', '=', ctx().projects.CAMPUS)
      .execute();
    const before = await counts(ctx());
    const replay = await post(engineer, ctx(), body, 'patrol-1');
    assert.equal(replay.status, 404);
    assert.equal(replay.body.ticketId, undefined);
    assert.deepEqual(await counts(ctx()), before);
  });

  test('TKT-1: a malformed idempotency key is refused before anything is written', async () => {
    const clerk = await ctx().login('clerk');
    const before = await counts(ctx());
    const r = await post(
      clerk,
      ctx(),
      { kind: 'inquiry', customerName: '访客', description: '问' },
      'x'.repeat(101),
    );
    assert.equal(r.status, 400);
    assert.deepEqual(await counts(ctx()), before);
  });
});

test('TKT-1: the request fingerprint reads the body as content: key order does not matter, method, path and values do', () => {
  assert.equal(canonicalJson({ b: [{ d: 1, c: 2 }], a: null }), '{"a":null,"b":[{"c":2,"d":1}]}');
  const path = '/api/projects/p/tickets';
  assert.equal(
    requestFingerprint('POST', path, { a: 1, b: 2 }),
    requestFingerprint('post', path, { b: 2, a: 1 }),
  );
  assert.notEqual(requestFingerprint('POST', path, { a: 1 }), requestFingerprint('POST', path, { a: 2 }));
  assert.notEqual(requestFingerprint('POST', path, { a: 1 }), requestFingerprint('PUT', path, { a: 1 }));
  assert.notEqual(
    requestFingerprint('POST', path, { a: 1 }),
    requestFingerprint('POST', '/api/projects/q/tickets', { a: 1 }),
  );
  assert.notEqual(requestFingerprint('POST', path, [1, 2]), requestFingerprint('POST', path, [2, 1]));
});
