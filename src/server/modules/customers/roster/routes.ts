/**
 * HTTP for the roster import (CUS-2): the template, the upload (raw .xlsx bytes, its own size
 * limit) that makes a preview, the preview's rows, commit and discard. A commit asked for
 * with `Accept: application/x-ndjson` streams its progress, one JSON object a line.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../../platform/errors.ts';
import { newRouter } from '../../../platform/http/openapi-app.ts';
import { requireActor } from '../../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import { MAX_ROSTER_BYTES, XLSX_TYPE } from './read-xlsx.ts';
import { previewRoster } from './preview-roster.ts';
import { checkCommit, commitRoster, discardRoster } from './commit-roster.ts';
import { importSummary, previewRows, recentImports } from './roster-store.ts';
import { LangQuery } from '../contract.ts';
import {
  ImportSummarySchema,
  PreviewPageSchema,
  RosterCommitBody,
  RosterRowsQuery,
  RosterUploadQuery,
  type ImportSummary,
} from './roster.contract.ts';
import { rosterTemplate } from './template.ts';
import { progressStream } from './progress-stream.ts';

const tags = ['archives'];
const base = '/projects/{projectId}/archives/roster' as const;
const ImportParam = ProjectParam.extend({
  importId: z.uuid().openapi({ param: { name: 'importId', in: 'path' } }),
});
const NDJSON = 'application/x-ndjson';

export function rosterRoutes(deps: Deps) {
  const app = newRouter();
  const limit = bodyLimit({
    maxSize: MAX_ROSTER_BYTES,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE');
    },
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/template.xlsx`,
      tags,
      summary: 'CUS-2: the owner roster template (headings, text columns, document-type list)',
      request: { params: ProjectParam, query: LangQuery },
      responses: {
        200: {
          description: 'Workbook',
          content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      requireAccess({
        actor: requireActor(c),
        permission: 'archive.manage',
        projectId: c.req.valid('param').projectId,
      });
      const body = await rosterTemplate(c.get('locale'));
      const name =
        c.get('locale') === 'en' ? 'owner-roster-template.xlsx' : encodeURIComponent('业主清册模板.xlsx');
      return c.body(new Uint8Array(body), 200, {
        'Content-Type': XLSX_TYPE,
        'Content-Disposition': `attachment; filename="roster-template.xlsx"; filename*=UTF-8''${name}`,
        'Cache-Control': 'no-store',
      });
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/imports`,
      middleware: [limit] as const,
      tags,
      summary:
        'CUS-2: upload a roster (.xlsx bytes as the body): every row checked, kept as a preview, nothing imported yet',
      request: {
        params: ProjectParam,
        query: RosterUploadQuery,
        body: { content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } } },
      },
      responses: { 201: { description: 'Preview summary', ...json(ImportSummarySchema) }, ...errorResponses },
    }),
    async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json(
        await previewRoster(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          bytes,
          c.req.valid('query').fileName,
        ),
        201,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/imports`,
      tags,
      summary: 'CUS-2: the latest roster imports of the project',
      request: { params: ProjectParam },
      responses: {
        200: { description: 'Summaries, newest first', ...json(z.array(ImportSummarySchema)) },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = c.req.valid('param');
      requireAccess({ actor: requireActor(c), permission: 'archive.manage', projectId });
      return c.json(await recentImports(deps.db.k, projectId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/imports/{importId}`,
      tags,
      summary: 'CUS-2: one import: counts and status',
      request: { params: ImportParam },
      responses: { 200: { description: 'Summary', ...json(ImportSummarySchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      requireAccess({ actor: requireActor(c), permission: 'archive.manage', projectId: p.projectId });
      return c.json(await importSummary(deps.db.k, p.projectId, p.importId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/imports/{importId}/rows`,
      tags,
      summary:
        'CUS-2: a page of the preview, each problem named by row and column; IDs and phones masked (CUS-3) except a cell to fix',
      request: { params: ImportParam, query: RosterRowsQuery },
      responses: { 200: { description: 'Rows', ...json(PreviewPageSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      requireAccess({ actor: requireActor(c), permission: 'archive.manage', projectId: p.projectId });
      return c.json(
        await previewRows(deps.db.k, p.projectId, p.importId, {
          ...c.req.valid('query'),
          locale: c.get('locale'),
        }),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/imports/{importId}/commit`,
      tags,
      summary:
        'CUS-2: import the previewed roster in one transaction — refused while rows have problems unless skipBadRows; with Accept: application/x-ndjson the progress is streamed',
      request: { params: ImportParam, body: { ...json(RosterCommitBody), required: true } },
      responses: {
        200: {
          description: 'The import, or (ndjson) {progress:{done,total}} lines then {result} or {error}',
          content: { 'application/json': { schema: ImportSummarySchema }, [NDJSON]: { schema: z.string() } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const body = c.req.valid('json');
      const actor = requireActor(c);
      if (!(c.req.header('accept') ?? '').includes(NDJSON))
        return c.json(await commitRoster(deps, actor, p.projectId, p.importId, body), 200);
      await checkCommit(deps, actor, p.projectId, p.importId, body);
      const stream = progressStream(c, (onProgress) =>
        commitRoster(deps, actor, p.projectId, p.importId, body, onProgress),
      );
      // The route's typed answer is the JSON one; the stream is the same answer spelled out over time.
      return c.body(stream, 200, {
        'Content-Type': NDJSON,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      }) as unknown as ReturnType<typeof c.json<ImportSummary, 200>>;
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/imports/{importId}/discard`,
      tags,
      summary: 'CUS-2: close a preview without importing it',
      request: { params: ImportParam },
      responses: { 200: { description: 'The import', ...json(ImportSummarySchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await discardRoster(deps, requireActor(c), p.projectId, p.importId), 200);
    },
  );
  return app;
}
