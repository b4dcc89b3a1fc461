/** FEE-6/ORG-2: reversals and deductions are asked for by one person and decided by another. */
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
import { listAdjustments } from '../adjustments.ts';
import { decideAdjustment } from '../decide-adjustment.ts';
import { requestDeduction } from '../deduction.ts';
import { requestReversal } from '../reverse-entry.ts';
import {
  Adjustment,
  AdjustmentList,
  AdjustmentsQuery,
  ApproveBody,
  DeductionBody,
  RejectBody,
  ReverseBody,
} from '../adjustments.contract.ts';
import { answer, base, tags } from './common.ts';
import { EntryIdParam } from './payments.ts';

const AdjustmentIdParam = ProjectParam.extend({ adjustmentId: idParam('adjustmentId') });

export function adjustmentRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/deductions`,
      tags,
      summary:
        'FEE-6/ORG-2: ask for part of a bill to be taken off (waived with a reason, or settled from a deposit); nothing is booked until a second person approves',
      request: { params: ProjectParam, body: { ...json(DeductionBody), required: true } },
      responses: { 201: answer(Adjustment, 'The pending request'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await requestDeduction(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/entries/{entryId}/reverse`,
      tags,
      summary:
        'FEE-6/ORG-2: ask for an entry to be corrected by a reversing entry (entries are never edited); nothing is booked until a second person approves',
      request: { params: EntryIdParam, body: { ...json(ReverseBody), required: true } },
      responses: { 201: answer(Adjustment, 'The pending request'), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await requestReversal(deps, requireActor(c), p.projectId, {
          entryId: p.entryId,
          reason: c.req.valid('json').reason,
        }),
        201,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/adjustments`,
      tags,
      summary:
        'Requested reversals and deductions with who asked, when and why, and who decided — pending first',
      request: { params: ProjectParam, query: AdjustmentsQuery },
      responses: { 200: answer(AdjustmentList), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listAdjustments(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/adjustments/{adjustmentId}/approve`,
      tags,
      summary:
        'FEE-6/ORG-2: approve a reversal or deduction (a CS manager or project manager who neither asked nor recorded the entry); books it once',
      request: { params: AdjustmentIdParam, body: { ...json(ApproveBody), required: true } },
      responses: { 200: answer(Adjustment), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await decideAdjustment(deps, requireActor(c), p.projectId, p.adjustmentId, {
          approve: true,
          note: c.req.valid('json').note,
        }),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/adjustments/{adjustmentId}/reject`,
      tags,
      summary: 'FEE-6/ORG-2: reject a reversal or deduction, with the reason; nothing is booked',
      request: { params: AdjustmentIdParam, body: { ...json(RejectBody), required: true } },
      responses: { 200: answer(Adjustment), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await decideAdjustment(deps, requireActor(c), p.projectId, p.adjustmentId, {
          approve: false,
          reason: c.req.valid('json').reason,
        }),
        200,
      );
    },
  );
  return app;
}
