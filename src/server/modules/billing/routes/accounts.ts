/** MVI-2/HND-3: who pays for a unit, from and until which day. */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../../platform/http/openapi-app.ts';
import { requireActor } from '../../../platform/http/middleware.ts';
import {
  errorResponses,
  idParam,
  jsonContent as json,
  ProjectParam,
} from '../../../platform/http/openapi-schemas.ts';
import { dayField, DATE_WINDOWS } from '../../../platform/http/date-fields.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { StartBillingBody, endBilling, listAccounts, startBilling } from '../accounts.ts';
import { Account, AccountList, AccountsQuery } from '../accounts.contract.ts';
import { answer, base, tags } from './common.ts';

const AccountIdParam = ProjectParam.extend({ accountId: idParam('accountId') });
// Server-side: a day field is bounded by the request's clock (platform/request-clock.ts).
const EndBody = z.strictObject({ endDay: dayField(DATE_WINDOWS.term) });

export function accountRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/accounts`,
      tags,
      summary: 'MVI-2/HND-3: start billing a payer (owner or tenant) for a unit from a day',
      request: { params: ProjectParam, body: { ...json(StartBillingBody), required: true } },
      responses: { 201: answer(Account, 'Done'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await startBilling(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/accounts/{accountId}/end`,
      tags,
      summary: 'Stop billing a payer after a day (move-out, transfer)',
      request: { params: AccountIdParam, body: { ...json(EndBody), required: true } },
      responses: { 200: answer(Account), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await endBilling(deps, requireActor(c), p.projectId, p.accountId, c.req.valid('json').endDay),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/accounts`,
      tags,
      summary: 'Who pays for a unit, or which units a customer pays for',
      request: { params: ProjectParam, query: AccountsQuery },
      responses: { 200: answer(AccountList), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listAccounts(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );
  return app;
}
