/** Deposits (management fee, renovation, IC card): taken, listed with what is held, paid back. */
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
import { requireBilling } from '../access.ts';
import { collectDeposit, listDeposits } from '../deposits.ts';
import { refundDeposit } from '../refund.ts';
import {
  DepositBody,
  DepositList,
  DepositRefundBody,
  DepositsQuery,
  DepositTaken,
} from '../deposits.contract.ts';
import { Entry } from '../ledger.contract.ts';
import { answer, base, tags } from './common.ts';

const DepositIdParam = ProjectParam.extend({ depositId: idParam('depositId') });

export function depositRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/deposits`,
      tags,
      summary: "A customer's deposits with what is still held",
      request: { params: ProjectParam, query: DepositsQuery },
      responses: { 200: answer(DepositList), ...errorResponses },
    }),
    async (c) => {
      const projectId = c.req.valid('param').projectId;
      requireBilling(requireActor(c), 'billing.read', projectId);
      return c.json(await listDeposits(deps.db.k, projectId, c.req.valid('query').customerId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/deposits`,
      tags,
      summary: 'Take a deposit (management fee, renovation, IC card)',
      request: { params: ProjectParam, body: { ...json(DepositBody), required: true } },
      responses: { 201: answer(DepositTaken, 'Done'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await collectDeposit(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/deposits/{depositId}/refund`,
      tags,
      summary: 'Pay back (part of) a deposit',
      request: { params: DepositIdParam, body: { ...json(DepositRefundBody), required: true } },
      responses: { 201: answer(Entry, 'Done'), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await refundDeposit(deps, requireActor(c), p.projectId, {
          depositId: p.depositId,
          ...c.req.valid('json'),
        }),
        201,
      );
    },
  );
  return app;
}
