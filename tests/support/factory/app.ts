/**
 * The test app: one fresh database per test database (harness.ts), and a clock that every
 * test starts on. Because the factory sets the clock before each test, no test inherits the
 * instant a previous one moved it to, and no test resets it by hand at its end.
 */
import { beforeEach } from 'node:test';
import { forEachDatabase, TEST_START, type Client, type TestContext } from '../harness.ts';

export interface TestAppOptions {
  /** false: an empty migrated database instead of the demo company. */
  seed?: boolean;
  /** The instant each test starts at (TEST_START unless said). */
  at?: string;
}

/**
 * @example
 *   createTestApp('billing', (ctx) => { test('FEE-1: …', async () => { const cashier = await loginAs(ctx(), 'cashier'); … }); });
 */
export function createTestApp(
  title: string,
  body: (ctx: () => TestContext) => void,
  opts: TestAppOptions = {},
): void {
  forEachDatabase(
    title,
    (ctx) => {
      beforeEach(() => ctx().clock.set(opts.at ?? TEST_START));
      body(ctx);
    },
    { seed: opts.seed },
  );
}

/** A logged-in client of a demo user, in English unless another language is asked for. */
export async function loginAs(
  ctx: TestContext,
  username: string,
  lang: Client['lang'] = 'en',
): Promise<Client> {
  const c = await ctx.login(username);
  c.lang = lang;
  return c;
}
