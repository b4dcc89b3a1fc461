import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../platform/http/openapi-app.ts';
import { requireActor } from '../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../platform/http/context.ts';
import { CreateCustomerBody, CustomerSchema } from './schema.ts';
import { createCustomer, findCustomersByPhone, searchCustomers } from './service.ts';

export function customerRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/customers',
      tags: ['customers'],
      summary: 'Find customers by phone (caller ID, or the last digits) or by name/company',
      request: { params: ProjectParam, query: z.strictObject({ phone: z.string().max(30).optional(), q: z.string().max(100).optional() }) },
      responses: { 200: { description: 'Matching customers with their units', ...json(z.array(CustomerSchema)) }, ...errorResponses },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param');
      const { phone, q } = c.req.valid('query');
      const actor = requireActor(c);
      if (phone) return c.json(await findCustomersByPhone(deps, actor, projectId, phone), 200);
      return c.json(q ? await searchCustomers(deps, actor, projectId, q) : [], 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/customers',
      tags: ['customers'],
      request: { params: ProjectParam, body: { ...json(CreateCustomerBody), required: true } },
      responses: { 201: { description: 'Created', ...json(CustomerSchema) }, ...errorResponses },
    }),
    async (c) => c.json(await createCustomer(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')), 201),
  );

  return app;
}
