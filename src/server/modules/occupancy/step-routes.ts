/**
 * The HTTP shape every guided step shares (handover, move-in): POST the step's body to
 * `{base}/{id}/{step}`, get the run back as the checklist shows it. The OpenAPI summary of
 * each step names its rule ids.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Actor } from '../../platform/access/actor.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { requireActor } from '../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../platform/http/openapi-schemas.ts';

const IdParam = ProjectParam.extend({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export type StepRunner<B extends z.ZodType> = (
  actor: Actor,
  projectId: string,
  id: string,
  input: z.infer<B>,
) => Promise<unknown>;

/**
 * @example const step = stepRoutes(app, { base: '/projects/{projectId}/move-ins', tags, schema: MoveInSchema, view });
 *          step('approval', 'HND-6: the manager approves', ApprovalBody, (a, p, id, b) => decideMoveIn(deps, a, p, id, b));
 */
export function stepRoutes<V extends z.ZodType>(
  app: OpenAPIHono<AppEnv>,
  o: {
    base: string;
    tags: string[];
    schema: V;
    view: (projectId: string, id: string) => Promise<z.output<V>>;
  },
) {
  return <B extends z.ZodType>(path: string, summary: string, body: B, run: StepRunner<B>): void => {
    const route = createRoute({
      method: 'post',
      path: `${o.base}/{id}/${path}` as '/projects/{projectId}/x/{id}/step',
      tags: o.tags,
      summary,
      request: { params: IdParam, body: { ...json(body as z.ZodType), required: true } },
      responses: {
        200: { description: 'The run after the step, as the checklist shows it', ...json(o.schema) },
        ...errorResponses,
      },
    });
    app.openapi(route, async (c) => {
      const p = c.req.valid('param');
      await run(requireActor(c), p.projectId, p.id, c.req.valid('json') as z.infer<B>);
      return c.json(await o.view(p.projectId, p.id), 200);
    });
  };
}
