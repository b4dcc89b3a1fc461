/** HTTP for owner-data exports (CUS-3): request, approve or refuse, the one download. */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../../platform/http/openapi-app.ts';
import { requireActor } from '../../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { XLSX_TYPE } from '../roster/read-xlsx.ts';
import { LangQuery } from '../contract.ts';
import { DecisionBody, ExportRequestBody, ExportSchema, RefusalBody } from './exports.contract.ts';
import { decideExport, listExports, requestExport } from './export-requests.ts';
import { downloadExport } from './owner-export.ts';

const tags = ['archives'];
const base = '/projects/{projectId}/archives/exports' as const;
const ExportParam = ProjectParam.extend({
  exportId: z.uuid().openapi({ param: { name: 'exportId', in: 'path' } }),
});

export function exportRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'CUS-3: owner-data export requests, newest first',
      request: { params: ProjectParam },
      responses: { 200: { description: 'Requests', ...json(z.array(ExportSchema)) }, ...errorResponses },
    }),
    async (c) => c.json(await listExports(deps, requireActor(c), c.req.valid('param').projectId), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'CUS-3: ask to export owner data outside the company (scope, purpose, recipient)',
      request: { params: ProjectParam, body: { ...json(ExportRequestBody), required: true } },
      responses: { 201: { description: 'Requested', ...json(ExportSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await requestExport(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/{exportId}/approve`,
      tags,
      summary: 'CUS-3: a manager (not the requester) approves: downloadable once, for 7 days',
      request: { params: ExportParam, body: { ...json(DecisionBody), required: true } },
      responses: { 200: { description: 'Approved', ...json(ExportSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await decideExport(deps, requireActor(c), p.projectId, p.exportId, {
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
      path: `${base}/{exportId}/refuse`,
      tags,
      summary: 'CUS-3: a manager refuses, saying why',
      request: { params: ExportParam, body: { ...json(RefusalBody), required: true } },
      responses: { 200: { description: 'Refused', ...json(ExportSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await decideExport(deps, requireActor(c), p.projectId, p.exportId, {
          approve: false,
          note: c.req.valid('json').note,
        }),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{exportId}/download.xlsx`,
      tags,
      summary: 'CUS-3: the approved export, unmasked — once, by the requester, before it expires; logged',
      request: { params: ExportParam, query: LangQuery },
      responses: {
        200: {
          description: 'Workbook',
          content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const file = await downloadExport(deps, requireActor(c), p.projectId, p.exportId, c.get('locale'));
      return c.body(new Uint8Array(file.body), 200, {
        'Content-Type': XLSX_TYPE,
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'no-store',
      });
    },
  );
  return app;
}
