/** Test support for the report, print and visit routes: clients of the real app. */
import type { Client, TestContext } from '../../../../../tests/support/harness.ts';
import { buildApp } from '../../../app.ts';
import type { Deps } from '../../../platform/http/context.ts';

export function reportApp(deps: Deps) {
  return buildApp(deps);
}

/** A logged-in client of `username`, optionally in one language. */
export async function reportClient(ctx: TestContext, username: string, lang?: Client['lang']): Promise<Client> {
  const c = await ctx.login(username);
  if (lang) c.lang = lang;
  return c;
}
