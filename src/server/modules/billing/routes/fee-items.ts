/** FEE-1: fee items and their price versions. */
import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../../platform/http/openapi-app.ts';
import { requireActor } from '../../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { DefineFeeItemBody, defineFeeItem, listFeeItems } from '../fee-items.ts';
import { FeeItem, FeeItemList } from '../fee-items.contract.ts';
import { answer, base, tags } from './common.ts';

export function feeItemRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/fee-items`,
      tags,
      summary: 'FEE-1: define a fee item, or a new price version of one (never rewrites a billed month)',
      request: { params: ProjectParam, body: { ...json(DefineFeeItemBody), required: true } },
      responses: { 201: answer(FeeItem, 'Done'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await defineFeeItem(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/fee-items`,
      tags,
      summary: 'Every version of every fee item',
      request: { params: ProjectParam },
      responses: { 200: answer(FeeItemList), ...errorResponses },
    }),
    async (c) => c.json(await listFeeItems(deps, requireActor(c), c.req.valid('param').projectId), 200),
  );
  return app;
}
