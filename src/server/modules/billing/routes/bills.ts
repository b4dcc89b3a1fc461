/** FEE-1/FEE-2: the month's bill run, the bills, and the A4 sheets to print. */
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
import { PRINT_HEADERS } from '../../../platform/print/html.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { getBill, listBills } from '../bills-read.ts';
import { generateBills } from '../generate-bills.ts';
import { printBills } from '../print/bill-sheets.ts';
import { Bill, BillList, GenerateResultSchema } from '../bills.contract.ts';
import { answer, base, html, tags } from './common.ts';

// Server-side: day fields are bounded by the request's clock (platform/request-clock.ts).
const BillRunBody = z
  .strictObject({
    period: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .openapi({ example: '2026-12' }),
    buildingId: z.uuid().optional(),
    dueDate: dayField(DATE_WINDOWS.term).optional(),
  })
  .openapi('BillRun');
const BillsQuery = z.strictObject({
  period: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  dueDate: dayField(DATE_WINDOWS.filter).optional(),
  customerId: z.uuid().optional(),
  buildingId: z.uuid().optional(),
  status: z.enum(['open', 'paid']).optional(),
  q: z.string().max(60).optional(),
});
const SheetsQuery = BillsQuery.extend({
  billId: z.uuid().optional(),
  reminder: z
    .enum(['1'])
    .optional()
    .openapi({ description: 'FEE-3: print as the second reminder notice (催缴通知单)' }),
  lang: z.enum(['zh-CN', 'en']).optional(),
});
const BillIdParam = ProjectParam.extend({ billId: idParam('billId') });

export function billRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/bill-runs`,
      tags,
      summary:
        "Generate a month's bills for a building or the whole project; running it again writes nothing new",
      request: { params: ProjectParam, body: { ...json(BillRunBody), required: true } },
      responses: { 200: answer(GenerateResultSchema), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await generateBills(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/bills`,
      tags,
      summary: "A month's bills",
      request: { params: ProjectParam, query: BillsQuery },
      responses: { 200: answer(BillList), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listBills(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/bills/{billId}`,
      tags,
      summary: 'A bill with its lines, entries and what is still owed',
      request: { params: BillIdParam },
      responses: { 200: answer(Bill), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await getBill(deps, requireActor(c), p.projectId, p.billId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/bill-sheets`,
      tags,
      summary:
        'FEE-2: A4 bills to print and deliver for signature — one bill, or a month of a building or the project (optionally only the unpaid)',
      request: { params: ProjectParam, query: SheetsQuery },
      responses: { 200: html, ...errorResponses },
    }),
    async (c) =>
      c.html(
        await printBills(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('query'),
          c.get('locale'),
        ),
        200,
        PRINT_HEADERS,
      ),
  );
  return app;
}
