import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../platform/http/openapi-app.ts';
import { requireActor } from '../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../platform/http/context.ts';
import {
  CreateStaffBody,
  StaffQuery,
  ResetPasswordBody,
  SetRolesBody,
  StaffSchema,
  UpdateStaffBody,
} from './contract.ts';
import { createStaff, listStaff, resetPassword, setRoles, updateStaff } from './service.ts';

const UserParam = z.object({ userId: z.uuid().openapi({ param: { name: 'userId', in: 'path' } }) });

export function staffRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/staff',
      tags: ['staff'],
      request: { query: StaffQuery },
      responses: {
        200: {
          description: 'Staff of a project (or all, for the company admin)',
          ...json(z.array(StaffSchema)),
        },
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listStaff(deps.db.k, requireActor(c), c.req.valid('query').projectId), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/staff',
      tags: ['staff'],
      request: { body: { ...json(CreateStaffBody), required: true } },
      responses: { 201: { description: 'Created', ...json(StaffSchema) }, ...errorResponses },
    }),
    async (c) => c.json(await createStaff(deps, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/staff/{userId}',
      tags: ['staff'],
      request: { params: UserParam, body: { ...json(UpdateStaffBody), required: true } },
      responses: { 200: { description: 'Updated', ...json(StaffSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(await updateStaff(deps, requireActor(c), c.req.valid('param').userId, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/staff/{userId}/password',
      tags: ['staff'],
      request: { params: UserParam, body: { ...json(ResetPasswordBody), required: true } },
      responses: {
        204: { description: 'Reset; the person must change it at next login' },
        ...errorResponses,
      },
    }),
    async (c) => {
      await resetPassword(deps, requireActor(c), c.req.valid('param').userId, c.req.valid('json').password);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/projects/{projectId}/members/{userId}/roles',
      tags: ['staff'],
      request: {
        params: ProjectParam.extend(UserParam.shape),
        body: { ...json(SetRolesBody), required: true },
      },
      responses: {
        200: { description: 'Roles in this project replaced', ...json(StaffSchema) },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId, userId } = c.req.valid('param');
      return c.json(await setRoles(deps, requireActor(c), projectId, userId, c.req.valid('json').roles), 200);
    },
  );

  return app;
}
