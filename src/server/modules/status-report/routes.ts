/** HTTP of the monthly property status report (STA-1). */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../platform/http/openapi-app.ts';
import { requireActor } from '../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../platform/http/context.ts';
import { PRINT_HEADERS } from '../../platform/print/html.ts';
import { documentReaders } from '../../platform/signatures/readers.ts';
import {
  canSeeReport,
  getStatusReport,
  listStatusReports,
  prepareStatusReport,
  REPORT_ENTITY,
  signStatusReport,
} from './service.ts';
import { printStatusReport, statusReportXlsx } from './export.ts';
import {
  MonthParamSchema,
  ReportLangQuery,
  ReportMonthSchema,
  SignReportBody,
  StatusReportSchema,
} from './contract.ts';

const tags = ['status-report'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MonthParam = ProjectParam.extend({
  month: MonthParamSchema.openapi({ param: { name: 'month', in: 'path' }, example: '2026-11' }),
});
const one = {
  200: {
    description:
      'The report: counts per building and status, the month’s changes, due date, late flag, signature',
    ...json(StatusReportSchema),
  },
  ...errorResponses,
};

export function statusReportRoutes(deps: Deps) {
  const app = newRouter();
  documentReaders.register(REPORT_ENTITY, async (_deps, actor, projectId) => canSeeReport(actor, projectId));
  const m = (c: { req: { valid(t: 'param'): { projectId: string; month: string } } }) => c.req.valid('param');

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/status-reports',
      tags,
      summary: 'STA-1: the last twelve months — drawn up, signed and sent, late',
      request: { params: ProjectParam },
      responses: { 200: { description: 'Months', ...json(z.array(ReportMonthSchema)) }, ...errorResponses },
    }),
    async (c) => c.json(await listStatusReports(deps, requireActor(c), c.req.valid('param').projectId), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/status-reports/{month}',
      tags,
      summary: 'STA-1: a month’s report (the frozen snapshot once drawn up, else computed now)',
      request: { params: MonthParam },
      responses: one,
    }),
    async (c) => c.json(await getStatusReport(deps, requireActor(c), m(c).projectId, m(c).month), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/status-reports/{month}/prepare',
      tags,
      summary:
        'STA-1: draw the month’s report up from the unit statuses and their history (again, while unsigned)',
      request: { params: MonthParam },
      responses: one,
    }),
    async (c) => c.json(await prepareStatusReport(deps, requireActor(c), m(c).projectId, m(c).month), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/status-reports/{month}/sign',
      tags,
      summary: 'STA-1: the project manager signs; the report is sent to security and the cashier',
      request: { params: MonthParam, body: { ...json(SignReportBody), required: true } },
      responses: one,
    }),
    async (c) =>
      c.json(
        await signStatusReport(
          deps,
          requireActor(c),
          m(c).projectId,
          m(c).month,
          c.req.valid('json').signature,
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/status-reports/{month}/print',
      tags,
      summary: 'STA-1: the report on A4',
      request: { params: MonthParam, query: ReportLangQuery },
      responses: {
        200: { description: 'HTML for printing', content: { 'text/html': { schema: z.string() } } },
        ...errorResponses,
      },
    }),
    async (c) =>
      c.html(
        await printStatusReport(deps, requireActor(c), m(c).projectId, m(c).month, c.get('locale')),
        200,
        PRINT_HEADERS,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/status-reports/{month}/xlsx',
      tags,
      summary: 'STA-1: the report as an Excel workbook',
      request: { params: MonthParam, query: ReportLangQuery },
      responses: {
        200: {
          description: 'Workbook',
          content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const file = await statusReportXlsx(deps, requireActor(c), m(c).projectId, m(c).month, c.get('locale'));
      return c.body(new Uint8Array(file.body), 200, {
        'Content-Type': XLSX,
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'no-store',
      });
    },
  );
  return app;
}
