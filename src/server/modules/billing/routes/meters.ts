/** FEE-1: unit and shared-area meters, and the reading round. */
import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../../platform/http/openapi-app.ts';
import { requireActor } from '../../../platform/http/middleware.ts';
import {
  errorResponses,
  idParam,
  jsonContent as json,
  ProjectParam,
} from '../../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { listMeters } from '../meters-read.ts';
import { RecordReadingBody, createMeter, getMeter, recordReading } from '../record-reading.ts';
import { CreateMeterBody, Meter, MeterList, MetersQuery, Reading } from '../meters.contract.ts';
import { answer, base, tags } from './common.ts';

const MeterIdParam = ProjectParam.extend({ meterId: idParam('meterId') });

export function meterRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/meters`,
      tags,
      summary: 'A unit meter, or a shared-area (公摊) meter of a building',
      request: { params: ProjectParam, body: { ...json(CreateMeterBody), required: true } },
      responses: { 201: answer(Meter, 'Done'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await createMeter(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/meters/{meterId}`,
      tags,
      summary: 'A meter with its last reading',
      request: { params: MeterIdParam },
      responses: { 200: answer(Meter), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await getMeter(deps, requireActor(c), p.projectId, p.meterId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/meters/{meterId}/readings`,
      tags,
      summary:
        'Record a reading: previous reading and consumption are returned; lower than the last only as a meter replacement',
      request: { params: MeterIdParam, body: { ...json(RecordReadingBody), required: true } },
      responses: { 201: answer(Reading, 'Done'), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await recordReading(deps, requireActor(c), p.projectId, p.meterId, c.req.valid('json')),
        201,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/meters`,
      tags,
      summary: "A building's meters with their last reading, for the reading round",
      request: { params: ProjectParam, query: MetersQuery },
      responses: { 200: answer(MeterList), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listMeters(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('query').buildingId,
        ),
        200,
      ),
  );
  return app;
}
