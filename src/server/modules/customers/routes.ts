import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../platform/http/openapi-app.ts';
import { requireActor } from '../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../platform/http/context.ts';
import { CreateCustomerBody, CustomerSchema, CustomerSearchQuery } from './contract.ts';
import { createCustomer, findCustomersByPhone, searchCustomers } from './service.ts';

export function customerRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/customers',
      tags: ['customers'],
      summary:
        'CUS-3: find customers by phone — the whole number or its last 4+ digits, for the roles that take calls — or by name/company; phones masked, at most 20',
      request: { params: ProjectParam, query: CustomerSearchQuery },
      responses: {
        200: { description: 'Matching customers with their units', ...json(z.array(CustomerSchema)) },
        ...errorResponses,
      },
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
      summary:
        'Record a customer at the desk (no unit links: those come from the roster, handover, move-in and transfer)',
      request: { params: ProjectParam, body: { ...json(CreateCustomerBody), required: true } },
      responses: { 201: { description: 'Created', ...json(CustomerSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await createCustomer(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );

  return app;
}
