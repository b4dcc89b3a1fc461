/** HTTP for archive loans (CUS-4). */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../../platform/http/openapi-app.ts';
import { requireActor } from '../../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { lendFile, listLoans, loanApprovers, returnFile } from './loans.ts';
import {
  LendBody,
  LoanApproverSchema,
  LoanListSchema,
  LoanSchema,
  LoansQuery,
  ReturnBody,
} from './loans.contract.ts';

const tags = ['archives'];
const base = '/projects/{projectId}/archives/loans' as const;
const LoanParam = ProjectParam.extend({
  loanId: z.uuid().openapi({ param: { name: 'loanId', in: 'path' } }),
});

export function loanRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'CUS-4: archive loans — still out (overdue first marked), overdue, returned or all',
      request: { params: ProjectParam, query: LoansQuery },
      responses: { 200: { description: 'Loans', ...json(LoanListSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listLoans(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/approvers`,
      tags,
      summary: 'CUS-4: the managers who may approve a loan',
      request: { params: ProjectParam },
      responses: { 200: { description: 'People', ...json(z.array(LoanApproverSchema)) }, ...errorResponses },
    }),
    async (c) => c.json(await loanApprovers(deps, requireActor(c), c.req.valid('param').projectId), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'CUS-4: lend a paper file: borrower, approver, day out, day due',
      request: { params: ProjectParam, body: { ...json(LendBody), required: true } },
      responses: { 201: { description: 'Lent', ...json(LoanSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(await lendFile(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/{loanId}/return`,
      tags,
      summary: 'CUS-4: the file is back: the day it came back',
      request: { params: LoanParam, body: { ...json(ReturnBody), required: true } },
      responses: { 200: { description: 'Returned', ...json(LoanSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await returnFile(deps, requireActor(c), p.projectId, p.loanId, c.req.valid('json')), 200);
    },
  );
  return app;
}
