import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDatabase, type TestContext } from '../../../../tests/support/harness.ts';
import { DEMO_PASSWORD } from '../../demo/seed-demo.ts';
import { FREE_FAILURES_PER_ACCOUNT, FREE_FAILURES_PER_ADDRESS } from './rate-limit.ts';
import { addressFrom } from '../http/client-address.ts';

interface Attempt {
  status: number;
  retryAfter: number | null;
  message: string;
}

/** One login as if from `address` (the socket's peer, as @hono/node-server reports it). */
async function loginFrom(
  ctx: TestContext,
  address: string,
  username: string,
  password: string,
  lang: 'zh-CN' | 'en' = 'en',
): Promise<Attempt> {
  const res = await ctx.app.request(
    '/api/auth/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `pd_lang=${lang}` },
      body: JSON.stringify({ username, password }),
    },
    { incoming: { socket: { remoteAddress: address } } },
  );
  const body = (await res.json()) as { error?: { message: string } };
  const retryAfter = res.headers.get('retry-after');
  return {
    status: res.status,
    retryAfter: retryAfter === null ? null : Number(retryAfter),
    message: body.error?.message ?? '',
  };
}

async function failures(ctx: TestContext, key: string): Promise<number | undefined> {
  const row = await ctx.deps.db.k
    .selectFrom('login_throttle')
    .select('failures')
    .where('throttle_key', '=', key)
    .executeTakeFirst();
  return row?.failures;
}

forEachDatabase('login throttling', (ctx) => {
  test('auth: 30 simultaneous wrong guesses for one account from one address get only the free checks; the rest are 429 with Retry-After', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => loginFrom(ctx(), '198.51.100.1', 'cleaner', `guess-${i}`)),
    );
    // A 401 is only ever answered after the password was verified; a 429 before.
    const checked = guesses.filter((g) => g.status === 401).length;
    const refused = guesses.filter((g) => g.status === 429);
    assert.equal(checked, FREE_FAILURES_PER_ACCOUNT);
    assert.equal(refused.length, 30 - FREE_FAILURES_PER_ACCOUNT);
    for (const r of refused) assert.equal(r.retryAfter, 30);
    // The refused guesses were counted nowhere (no lost or extra updates on either database).
    assert.equal(await failures(ctx(), 'account:cleaner@198.51.100.1'), FREE_FAILURES_PER_ACCOUNT);
    assert.equal(await failures(ctx(), 'address:198.51.100.1'), FREE_FAILURES_PER_ACCOUNT);
    // Even the right password is not checked while the account waits at this address.
    assert.equal((await loginFrom(ctx(), '198.51.100.1', 'cleaner', DEMO_PASSWORD)).status, 429);
  });

  test('auth: guesses at one address do not lock a colleague out: the same account still logs in from another address', async () => {
    for (let i = 0; i < FREE_FAILURES_PER_ACCOUNT; i++)
      assert.equal((await loginFrom(ctx(), '198.51.100.2', 'guard', 'wrong')).status, 401);
    assert.equal((await loginFrom(ctx(), '198.51.100.2', 'guard', DEMO_PASSWORD)).status, 429);
    assert.equal((await loginFrom(ctx(), '192.0.2.2', 'guard', 'typo')).status, 401);
    assert.equal((await loginFrom(ctx(), '192.0.2.2', 'guard', DEMO_PASSWORD)).status, 200);
  });

  test('auth: each further failure waits longer (30 s, 1 min, 2 min …) and the message says when to try again, in Chinese and English', async () => {
    const at = '198.51.100.3';
    for (let i = 0; i < FREE_FAILURES_PER_ACCOUNT; i++) await loginFrom(ctx(), at, 'engineer', 'wrong');
    const first = await loginFrom(ctx(), at, 'engineer', 'wrong', 'zh-CN');
    assert.deepEqual(first, { status: 429, retryAfter: 30, message: '登录失败次数过多，请 30 秒后再试' });
    ctx().clock.advanceMinutes(0.25);
    // Trying again during the wait is refused with what is left, and does not extend it.
    assert.equal((await loginFrom(ctx(), at, 'engineer', 'wrong')).retryAfter, 15);
    ctx().clock.advanceMinutes(0.25);
    assert.equal((await loginFrom(ctx(), at, 'engineer', 'wrong')).status, 401);
    assert.equal((await loginFrom(ctx(), at, 'engineer', 'wrong')).retryAfter, 60);
    ctx().clock.advanceMinutes(1);
    assert.equal((await loginFrom(ctx(), at, 'engineer', 'wrong')).status, 401);
    const third = await loginFrom(ctx(), at, 'engineer', 'wrong');
    assert.deepEqual(third, {
      status: 429,
      retryAfter: 120,
      message: 'Too many failed logins; try again in 2 minutes',
    });
    const zh = await loginFrom(ctx(), at, 'engineer', 'wrong', 'zh-CN');
    assert.equal(zh.message, '登录失败次数过多，请 2 分钟后再试');
  });

  test('auth: after the wait the right password passes and clears the account’s counter at that address', async () => {
    const at = '198.51.100.4';
    for (let i = 0; i < FREE_FAILURES_PER_ACCOUNT; i++) await loginFrom(ctx(), at, 'cashier', 'wrong');
    assert.equal((await loginFrom(ctx(), at, 'cashier', DEMO_PASSWORD)).status, 429);
    ctx().clock.advanceMinutes(0.5);
    assert.equal((await loginFrom(ctx(), at, 'cashier', DEMO_PASSWORD)).status, 200);
    assert.equal(await failures(ctx(), `account:cashier@${at}`), undefined);
    // A later typo starts from scratch: a plain 401, no wait.
    assert.equal((await loginFrom(ctx(), at, 'cashier', 'typo')).status, 401);
    assert.equal((await loginFrom(ctx(), at, 'cashier', DEMO_PASSWORD)).status, 200);
  });

  test('auth: one address trying many accounts is slowed once its free failures are spent; other addresses are not', async () => {
    const at = '198.51.100.5';
    for (let i = 0; i < FREE_FAILURES_PER_ADDRESS; i++)
      assert.equal((await loginFrom(ctx(), at, `nobody${i}`, DEMO_PASSWORD)).status, 401);
    const sprayed = await loginFrom(ctx(), at, 'supervisor', DEMO_PASSWORD);
    assert.equal(sprayed.status, 429);
    assert.equal(sprayed.retryAfter, 30);
    assert.equal((await loginFrom(ctx(), '192.0.2.5', 'supervisor', DEMO_PASSWORD)).status, 200);
  });

  test('auth: logins that succeed do not use up a shared office address', async () => {
    const office = '203.0.113.10';
    for (let i = 0; i < FREE_FAILURES_PER_ADDRESS + 5; i++)
      assert.equal((await loginFrom(ctx(), office, 'clerk', DEMO_PASSWORD)).status, 200);
    assert.equal(await failures(ctx(), `address:${office}`), 0);
    assert.equal((await loginFrom(ctx(), office, 'clerk', 'typo')).status, 401);
  });

  test('auth: a counter left alone for an hour is forgotten', async () => {
    const at = '198.51.100.6';
    for (let i = 0; i < FREE_FAILURES_PER_ACCOUNT; i++) await loginFrom(ctx(), at, 'pm', 'wrong');
    ctx().clock.advanceMinutes(61);
    for (let i = 0; i < FREE_FAILURES_PER_ACCOUNT; i++)
      assert.equal((await loginFrom(ctx(), at, 'pm', 'wrong')).status, 401);
    assert.equal((await loginFrom(ctx(), at, 'pm', 'wrong')).status, 429);
  });
});

test('auth: X-Forwarded-For is believed only for as many reverse proxies as the operator trusts', () => {
  assert.equal(addressFrom('10.0.0.5', '203.0.113.9', 0), '10.0.0.5');
  assert.equal(addressFrom('10.0.0.5', '6.6.6.6, 203.0.113.9', 1), '203.0.113.9');
  assert.equal(addressFrom('10.0.0.5', '6.6.6.6, 203.0.113.9, 10.0.0.4', 2), '203.0.113.9');
  assert.equal(addressFrom('10.0.0.5', '', 1), '10.0.0.5');
  assert.equal(addressFrom(undefined, undefined, 0), 'unknown');
});
