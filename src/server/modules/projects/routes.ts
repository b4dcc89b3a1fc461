import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../platform/http/openapi-app.ts';
import { requireActor } from '../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../platform/http/context.ts';
import {
  CalendarDaySchema,
  CreateProjectBody,
  ImportCalendarBody,
  ProjectSchema,
  ProjectSummarySchema,
  UpdateProjectBody,
} from './contract.ts';
import { createProject, getProject, listProjects, updateProject } from './service.ts';
import { getCalendarYear, importCalendarYear } from './calendar-service.ts';

const YearParam = ProjectParam.extend({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: 'year', in: 'path' } }),
});

export function projectRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects',
      tags: ['projects'],
      responses: {
        200: { description: 'Projects the user may open', ...json(z.array(ProjectSummarySchema)) },
      },
    }),
    async (c) => c.json(await listProjects(deps.db.k, requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects',
      tags: ['projects'],
      request: { body: { ...json(CreateProjectBody), required: true } },
      responses: { 201: { description: 'Created', ...json(ProjectSchema) }, ...errorResponses },
    }),
    async (c) => c.json(await createProject(deps, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}',
      tags: ['projects'],
      request: { params: ProjectParam },
      responses: { 200: { description: 'The project', ...json(ProjectSchema) }, ...errorResponses },
    }),
    async (c) => c.json(await getProject(deps.db.k, requireActor(c), c.req.valid('param').projectId), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/projects/{projectId}',
      tags: ['projects'],
      request: { params: ProjectParam, body: { ...json(UpdateProjectBody), required: true } },
      responses: { 200: { description: 'Updated', ...json(ProjectSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await updateProject(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/calendar/{year}',
      tags: ['projects'],
      request: { params: YearParam },
      responses: {
        200: {
          description: 'Public holidays and make-up working days of the year',
          ...json(z.array(CalendarDaySchema)),
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId, year } = c.req.valid('param');
      return c.json(await getCalendarYear(deps.db.k, requireActor(c), projectId, year), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/projects/{projectId}/calendar/{year}',
      tags: ['projects'],
      summary:
        'Replace the year from a list: "2026-10-01..2026-10-07 holiday 国庆节" / "2026-10-10 workday 调休" per line',
      request: { params: YearParam, body: { ...json(ImportCalendarBody), required: true } },
      responses: {
        200: { description: 'The year as saved', ...json(z.array(CalendarDaySchema)) },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId, year } = c.req.valid('param');
      return c.json(
        await importCalendarYear(deps, requireActor(c), projectId, year, c.req.valid('json').text),
        200,
      );
    },
  );

  return app;
}
