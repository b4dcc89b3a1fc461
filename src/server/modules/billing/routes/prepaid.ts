/** FEE-5: prepaid electricity meters, their top-ups and usage, and low-balance notices. */
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
import {
  createPrepaidMeter,
  listLowBalanceNotices,
  listPrepaidMeters,
  recordPrepaidEntry,
} from '../prepaid.ts';
import {
  CreatePrepaidMeterBody,
  LowBalanceNoticeList,
  PrepaidEntryBody,
  PrepaidMeterList,
  PrepaidStatusSchema,
} from '../prepaid.contract.ts';
import { answer, base, tags } from './common.ts';

const PrepaidMeterIdParam = ProjectParam.extend({ prepaidMeterId: idParam('prepaidMeterId') });

export function prepaidRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/prepaid-meters`,
      tags,
      summary: 'FEE-5: register a prepaid electricity meter with its low-balance threshold',
      request: { params: ProjectParam, body: { ...json(CreatePrepaidMeterBody), required: true } },
      responses: { 201: answer(PrepaidStatusSchema, 'Done'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await createPrepaidMeter(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/prepaid-meters/{prepaidMeterId}/entries`,
      tags,
      summary: 'FEE-5: a top-up or the usage reported by the meter; a low balance records a notice',
      request: { params: PrepaidMeterIdParam, body: { ...json(PrepaidEntryBody), required: true } },
      responses: { 201: answer(PrepaidStatusSchema, 'Done'), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await recordPrepaidEntry(deps, requireActor(c), p.projectId, p.prepaidMeterId, c.req.valid('json')),
        201,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/prepaid-meters`,
      tags,
      summary: 'FEE-5: every prepaid meter with its unit, payer, balance, threshold and whether it is low',
      request: { params: ProjectParam },
      responses: { 200: answer(PrepaidMeterList), ...errorResponses },
    }),
    async (c) => c.json(await listPrepaidMeters(deps, requireActor(c), c.req.valid('param').projectId), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/low-balance-notices`,
      tags,
      summary: 'FEE-5: low-balance notices, newest first',
      request: { params: ProjectParam },
      responses: { 200: answer(LowBalanceNoticeList), ...errorResponses },
    }),
    async (c) =>
      c.json(await listLowBalanceNotices(deps, requireActor(c), c.req.valid('param').projectId), 200),
  );
  return app;
}
