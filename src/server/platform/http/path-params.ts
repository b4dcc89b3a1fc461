/**
 * Ids in the path are never a 5xx: a malformed id is 404 (it names nothing), and so is a
 * project that does not exist — checked once for every /projects/{projectId}/… route, so a
 * company admin (who passes every access check) reaches no use case with an unknown project.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from '@hono/zod-openapi';
import { AppError } from '../errors.ts';
import type { AppEnv, Deps } from './context.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The path parameters of a plain (non-OpenAPI) route, or 404.
 * @example const { projectId, ticketId } = pathParams(c, TicketParam);
 */
export function pathParams<T extends z.ZodType>(
  c: Context<AppEnv>,
  schema: T,
  what = 'what.page',
): z.infer<T> {
  const parsed = schema.safeParse(c.req.param());
  if (!parsed.success) throw new AppError('NOT_FOUND', { params: { what } });
  return parsed.data;
}

/**
 * Mounted on /projects/:projectId and below. Projects are never deleted, so a project once
 * found stays known to this process; only the first request per project asks the database.
 */
export function projectGuard(deps: Deps): MiddlewareHandler<AppEnv> {
  const known = new Set<string>();
  return async (c, next) => {
    const projectId = c.req.param('projectId') ?? '';
    if (!UUID.test(projectId)) throw new AppError('NOT_FOUND', { params: { what: 'what.project' } });
    const actor = c.get('actor');
    // Without a session the route answers 401; a member's project exists.
    if (actor && !known.has(projectId) && !actor.roles.has(projectId)) {
      const row = await deps.db.k
        .selectFrom('projects')
        .select('project_id')
        .where('project_id', '=', projectId)
        .executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', { params: { what: 'what.project' } });
      known.add(projectId);
    }
    await next();
  };
}
