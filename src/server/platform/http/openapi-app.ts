/**
 * Every module builds its routes with `newRouter()`: zod-validated input whose failures
 * become our VALIDATION error (field paths, translated) before any handler runs, so a
 * refused request writes nothing. A path parameter that fails (a malformed id, a month that
 * does not exist) names no record: 404, as an unknown id would be.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, Next } from 'hono';
import { assertResponseMatches, checkingResponses } from './response-check.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from './context.ts';
import { fieldIssuesFromZod } from './zod-issues.ts';

export function newRouter(): OpenAPIHono<AppEnv> {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success && result.target === 'param')
        throw new AppError('NOT_FOUND', { params: { what: 'what.page' } });
      if (!result.success) {
        const input = (result as { data?: unknown }).data;
        throw new AppError('VALIDATION', { fields: fieldIssuesFromZod(result.error, input) });
      }
    },
  });
  if (checkingResponses()) checkEveryResponse(router);
  return router;
}

/** Wraps each route's handler so its JSON answer is checked against the declared schema (tests only). */
function checkEveryResponse(router: OpenAPIHono<AppEnv>): void {
  const register = router.openapi.bind(router);
  router.openapi = ((
    route: Parameters<typeof register>[0],
    handler: Parameters<typeof register>[1],
    hook?: Parameters<typeof register>[2],
  ) => {
    const checked = (async (c: Context<AppEnv>, next: Next) => {
      const res = (await (handler as unknown as (c: Context<AppEnv>, next: Next) => Promise<Response>)(
        c,
        next,
      )) as Response;
      if (res instanceof Response) await assertResponseMatches(route, res);
      return res;
    }) as unknown as Parameters<typeof register>[1];
    return register(route, checked, hook);
  }) as typeof router.openapi;
}
