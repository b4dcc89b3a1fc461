/** Upload a scan (raw bytes, its own size limit) and read a stored document back. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from '@hono/zod-openapi';
import { AppError } from '../errors.ts';
import type { AppEnv, Deps } from '../http/context.ts';
import { requireActor } from '../http/middleware.ts';
import { pathParams } from '../http/path-params.ts';
import { MAX_DOCUMENT_BYTES, readDocument, uploadDocument } from './documents.ts';
import { documentReaders } from './readers.ts';

const ProjectOnly = z.object({ projectId: z.uuid() });
const Params = ProjectOnly.extend({ documentId: z.uuid() });

export function documentRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.post(
    '/projects/:projectId/documents',
    bodyLimit({
      maxSize: MAX_DOCUMENT_BYTES,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE');
      },
    }),
    async (c) => {
      const { projectId } = pathParams(c, ProjectOnly, 'what.project');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json(
        await uploadDocument(deps, requireActor(c), projectId, bytes, c.req.query('title') ?? ''),
        201,
      );
    },
  );
  app.get('/projects/:projectId/documents/:documentId', async (c) => {
    const p = pathParams(c, Params, 'what.document');
    const actor = requireActor(c);
    const d = await readDocument(deps, actor, p.projectId, p.documentId, (type, id) =>
      documentReaders.canSee(deps, actor, p.projectId, type, id),
    );
    return c.body(d.data as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': d.mime,
      'Cache-Control': 'private, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
    });
  });
  return app;
}
