/**
 * Every module builds its routes with `newRouter()`: zod-validated input whose failures
 * become our VALIDATION error (field paths, translated) before any handler runs, so a
 * refused request writes nothing. A path parameter that fails (a malformed id, a month that
 * does not exist) names no record: 404, as an unknown id would be.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../errors.ts';
import type { AppEnv } from './context.ts';
import { fieldIssuesFromZod } from './zod-issues.ts';

export function newRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success && result.target === 'param') throw new AppError('NOT_FOUND', { params: { what: 'what.page' } });
      if (!result.success) {
        const input = (result as { data?: unknown }).data;
        throw new AppError('VALIDATION', { fields: fieldIssuesFromZod(result.error, input) });
      }
    },
  });
}
