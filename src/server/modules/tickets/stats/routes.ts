/**
 * HTTP for the service-desk reports (CMP-10, REQ-3, CBK-2, REP-6), the printed forms
 * (REP-1, CMP-8) and proactive customer visits (CBK-3). `?lang=en` switches the export,
 * the print pages and error messages to English (the request-context middleware reads it).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../../platform/http/openapi-app.ts';
import { requireActor } from '../../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { printTicket } from '../print/print-ticket.ts';
import { PRINT_HEADERS } from '../../../platform/print/html.ts';
import { listVisits } from '../visits/list-visits.ts';
import { recordVisit } from '../visits/record-visit.ts';
import { monthlyVisitProgress } from '../visits/visit-progress.ts';
import { visitToTicket } from '../visits/visit-to-ticket.ts';
import {
  ProgressQuery,
  RecordVisitBody,
  VisitListSchema,
  VisitProgressSchema,
  VisitSchema,
  VisitsQuery,
  VisitTicketBody,
} from '../visits/visits.contract.ts';
import { dailyOpenList } from './daily-open-list.ts';
import { weeklyExport } from './weekly-export.ts';
import { weeklyStats } from './weekly-stats.ts';
import {
  DailyOpenListSchema,
  DailyOpenQuery,
  PrintQuery,
  WeeklyQuery,
  WeeklyReportSchema,
} from './stats.contract.ts';

const TicketParam = ProjectParam.extend({
  ticketId: z.uuid().openapi({ param: { name: 'ticketId', in: 'path' } }),
});
const VisitParam = ProjectParam.extend({
  visitId: z.uuid().openapi({ param: { name: 'visitId', in: 'path' } }),
});
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['reports'];

export function ticketReportRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/reports/weekly',
      tags,
      summary:
        'Weekly statistics: complaints by type and level with repeats (CMP-10), requests (REQ-3), callbacks (CBK-2), repairs; the last complete week by default',
      request: { params: ProjectParam, query: WeeklyQuery },
      responses: {
        200: { description: 'The report; money in fen, rates 0–1 or null', ...json(WeeklyReportSchema) },
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(
        await weeklyStats(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/reports/weekly.xlsx',
      tags,
      summary: 'The weekly report as an Excel workbook, one sheet per section',
      request: { params: ProjectParam, query: WeeklyQuery },
      responses: {
        200: {
          description: 'The workbook',
          content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const file = await weeklyExport(
        deps,
        requireActor(c),
        c.req.valid('param').projectId,
        c.req.valid('query'),
        c.get('locale'),
      );
      return c.body(new Uint8Array(file.body), 200, {
        'Content-Type': XLSX,
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'no-store',
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/reports/daily-open-list',
      tags,
      summary: "REP-6: the day's repair work orders still open or not yet called back (today by default)",
      request: { params: ProjectParam, query: DailyOpenQuery },
      responses: { 200: { description: 'The list', ...json(DailyOpenListSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await dailyOpenList(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query').day),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/tickets/{ticketId}/print',
      tags,
      summary:
        'A4 print page: the work order of a repair (REP-1) or the reply form of a complaint or suggestion (CMP-8)',
      request: { params: TicketParam, query: PrintQuery },
      responses: {
        200: { description: 'HTML for printing', content: { 'text/html': { schema: z.string() } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const page = await printTicket(deps, requireActor(c), p.projectId, p.ticketId, c.get('locale'));
      return c.html(page, 200, PRINT_HEADERS);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/visits',
      tags,
      summary:
        "CBK-3: record a proactive customer visit (in person or by phone) with the customer's opinions",
      request: { params: ProjectParam, body: { ...json(RecordVisitBody), required: true } },
      responses: { 201: { description: 'Recorded', ...json(VisitSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await recordVisit(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/visits',
      tags,
      summary: 'The visit record of a month, newest first',
      request: { params: ProjectParam, query: VisitsQuery },
      responses: { 200: { description: 'Visits', ...json(VisitListSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listVisits(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/projects/{projectId}/visits/progress',
      tags,
      summary:
        'CBK-3 monthly progress: each CS assistant against 20 visits, the department against 10 customers',
      request: { params: ProjectParam, query: ProgressQuery },
      responses: { 200: { description: 'Progress', ...json(VisitProgressSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await monthlyVisitProgress(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('query').month,
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/projects/{projectId}/visits/{visitId}/ticket',
      tags,
      summary: 'CBK-3: an opinion from a visit becomes a ticket (once; a repeat returns 409)',
      request: { params: VisitParam, body: { ...json(VisitTicketBody), required: true } },
      responses: {
        201: { description: 'The visit with its ticket', ...json(VisitSchema) },
        ...errorResponses,
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await visitToTicket(deps, requireActor(c), p.projectId, p.visitId, c.req.valid('json')),
        201,
      );
    },
  );

  return app;
}
