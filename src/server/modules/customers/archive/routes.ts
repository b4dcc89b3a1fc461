/**
 * HTTP for the archive (CUS-1, CUS-3, CUS-5): the list, a customer's archive masked or opened
 * in full (reason, logged), editing and sealing it, filing scans, the register of other
 * records, the access log for managers, the night supervisor's emergency list.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../../platform/http/openapi-app.ts';
import { requireActor } from '../../../platform/http/middleware.ts';
import { errorResponses, jsonContent as json, ProjectParam } from '../../../platform/http/openapi-schemas.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { PRINT_HEADERS } from '../../../platform/print/html.ts';
import { XLSX_TYPE } from '../roster/read-xlsx.ts';
import { DocumentSchema } from '../../../platform/signatures/signatures.contract.ts';
import {
  AccessLogPageSchema,
  AccessLogQuery,
  ArchiveDetailSchema,
  CreateRecordBody,
  UpdateArchiveBody,
  UpdateRecordBody,
  ArchiveListQuery,
  ArchiveListSchema,
  EmergencyQuery,
  FileDocumentBody,
  OpenArchiveBody,
  RecordDetailSchema,
  SealBody,
} from './archive.contract.ts';
import { listAccessLog } from './access-log.ts';
import { listArchives } from './archive-list.ts';
import { fileArchiveDocument, registerArchiveReaders } from './archive-documents.ts';
import { getArchive, openArchive } from './customer-archive.ts';
import { emergencyListPrint, emergencyListXlsx } from './emergency-list.ts';
import { createRecord, getRecord, updateRecord } from './records.ts';
import { sealArchive } from './seal-archive.ts';
import { updateArchive } from './update-archive.ts';

const tags = ['archives'];
const base = '/projects/{projectId}/archives' as const;
const CustomerParam = ProjectParam.extend({
  customerId: z.uuid().openapi({ param: { name: 'customerId', in: 'path' } }),
});
const RecordParam = ProjectParam.extend({
  recordId: z.uuid().openapi({ param: { name: 'recordId', in: 'path' } }),
});

export function archiveItemRoutes(deps: Deps) {
  registerArchiveReaders();
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'CUS-5: archives of every class, searchable; CUS-3: phones and ID numbers masked',
      request: { params: ProjectParam, query: ArchiveListQuery },
      responses: { 200: { description: 'OK', ...json(ArchiveListSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listArchives(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/customers/{customerId}`,
      tags,
      summary: "CUS-1/CUS-3: a customer's archive, masked",
      request: { params: CustomerParam },
      responses: { 200: { description: 'OK', ...json(ArchiveDetailSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await getArchive(deps, requireActor(c), p.projectId, p.customerId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/customers/{customerId}/open`,
      tags,
      summary: 'CUS-3: the full archive for this view — archivist permission, a reason, logged',
      request: { params: CustomerParam, body: { ...json(OpenArchiveBody), required: true } },
      responses: { 200: { description: 'OK', ...json(ArchiveDetailSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await openArchive(deps, requireActor(c), p.projectId, p.customerId, c.req.valid('json').reason),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/customers/{customerId}`,
      tags,
      summary: 'CUS-1: edit the archive (refused when sealed or transferred, CUS-5)',
      request: { params: CustomerParam, body: { ...json(UpdateArchiveBody), required: true } },
      responses: { 200: { description: 'OK', ...json(ArchiveDetailSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await updateArchive(deps, requireActor(c), p.projectId, p.customerId, c.req.valid('json')),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/customers/{customerId}/seal`,
      tags,
      summary: "CUS-5: seal (封存) an archive, e.g. a moved-out tenant's: read-only from then on",
      request: { params: CustomerParam, body: { ...json(SealBody), required: true } },
      responses: { 200: { description: 'OK', ...json(ArchiveDetailSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await sealArchive(deps, requireActor(c), p.projectId, p.customerId, c.req.valid('json')),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/customers/{customerId}/documents`,
      tags,
      summary: 'CUS-1: file an uploaded scan (signed document) to the archive',
      request: { params: CustomerParam, body: { ...json(FileDocumentBody), required: true } },
      responses: { 201: { description: 'OK', ...json(DocumentSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await fileArchiveDocument(
          deps,
          requireActor(c),
          p.projectId,
          { type: 'customer', id: p.customerId },
          c.req.valid('json'),
        ),
        201,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/records`,
      tags,
      summary: 'CUS-5: register a service contract, correspondence, rule or internal record',
      request: { params: ProjectParam, body: { ...json(CreateRecordBody), required: true } },
      responses: { 201: { description: 'OK', ...json(RecordDetailSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await createRecord(deps, requireActor(c), c.req.valid('param').projectId, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/records/{recordId}`,
      tags,
      summary: 'CUS-5: one record with its scans, loans and history',
      request: { params: RecordParam },
      responses: { 200: { description: 'OK', ...json(RecordDetailSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await getRecord(deps, requireActor(c), p.projectId, p.recordId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/records/{recordId}`,
      tags,
      summary: 'CUS-5: edit a record',
      request: { params: RecordParam, body: { ...json(UpdateRecordBody), required: true } },
      responses: { 200: { description: 'OK', ...json(RecordDetailSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await updateRecord(deps, requireActor(c), p.projectId, p.recordId, c.req.valid('json')),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/records/{recordId}/documents`,
      tags,
      summary: 'CUS-5: file an uploaded scan to a record',
      request: { params: RecordParam, body: { ...json(FileDocumentBody), required: true } },
      responses: { 201: { description: 'OK', ...json(DocumentSchema) }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await fileArchiveDocument(
          deps,
          requireActor(c),
          p.projectId,
          { type: 'record', id: p.recordId },
          c.req.valid('json'),
        ),
        201,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/access-log`,
      tags,
      summary: 'CUS-3: who opened which full archive or took owner data, when and why (managers)',
      request: { params: ProjectParam, query: AccessLogQuery },
      responses: { 200: { description: 'OK', ...json(AccessLogPageSchema) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listAccessLog(deps.db.k, requireActor(c), c.req.valid('param').projectId, c.req.valid('query')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/emergency-list/print`,
      tags,
      summary:
        "CUS-3: the night supervisor's emergency contact list to print (unmasked, logged with its purpose)",
      request: { params: ProjectParam, query: EmergencyQuery },
      responses: {
        200: { description: 'HTML for printing', content: { 'text/html': { schema: z.string() } } },
        ...errorResponses,
      },
    }),
    async (c) =>
      c.html(
        await emergencyListPrint(
          deps,
          requireActor(c),
          c.req.valid('param').projectId,
          c.req.valid('query').reason,
          c.get('locale'),
        ),
        200,
        PRINT_HEADERS,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/emergency-list.xlsx`,
      tags,
      summary: 'CUS-3: the emergency contact list as an Excel sheet (logged with its purpose)',
      request: { params: ProjectParam, query: EmergencyQuery },
      responses: {
        200: {
          description: 'Workbook',
          content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const file = await emergencyListXlsx(
        deps,
        requireActor(c),
        c.req.valid('param').projectId,
        c.req.valid('query').reason,
        c.get('locale'),
      );
      return c.body(new Uint8Array(file.body), 200, {
        'Content-Type': XLSX_TYPE,
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'no-store',
      });
    },
  );
  return app;
}
