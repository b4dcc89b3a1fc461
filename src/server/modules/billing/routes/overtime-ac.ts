/** BKG-2: overtime air-conditioning uses, billed by the started hour. */
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
import { RecordOvertimeAcBody, cancelOvertimeAc, listOvertimeAc, recordOvertimeAc } from '../overtime-ac.ts';
import {
  CancelOvertimeAcBody,
  OvertimeAc,
  OvertimeAcList,
  OvertimeAcQuery,
} from '../overtime-ac.contract.ts';
import { answer, base, tags } from './common.ts';

export function overtimeAcRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/overtime-ac`,
      tags,
      summary:
        "BKG-2: record overtime air-conditioning a unit used (加时空调): started hours × the hourly price, for the payer of that day, on that month's bill",
      request: { params: ProjectParam, body: { ...json(RecordOvertimeAcBody), required: true } },
      responses: { 201: answer(OvertimeAc, 'Done'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await recordOvertimeAc(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/overtime-ac`,
      tags,
      summary: 'BKG-2: the overtime air-conditioning uses of a month, with the bill each is on',
      request: { params: ProjectParam, query: OvertimeAcQuery },
      responses: { 200: answer(OvertimeAcList), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listOvertimeAc(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/overtime-ac/{useId}/cancel`,
      tags,
      summary:
        'BKG-2: cancel a use recorded by mistake, with the reason — only while it is on no bill (uses are never edited)',
      request: {
        params: ProjectParam.extend({ useId: idParam('useId') }),
        body: { ...json(CancelOvertimeAcBody), required: true },
      },
      responses: { 200: answer(OvertimeAc), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await cancelOvertimeAc(deps, requireActor(c), p.projectId, p.useId, c.req.valid('json').reason),
        200,
      );
    },
  );
  return app;
}
