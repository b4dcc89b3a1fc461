/** Builds the Hono app: platform middleware, every module's routes under /api, the web UI. */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AppError } from './platform/errors.ts';
import { handleError } from './platform/http/error-response.ts';
import { requestContext, sessionLoader } from './platform/http/middleware.ts';
import { refuseUnsafeText } from './platform/http/text-guard.ts';
import { projectGuard } from './platform/http/path-params.ts';
import { securityHeaders } from './platform/http/security-headers.ts';
import { newRouter } from './platform/http/openapi-app.ts';
import type { AppEnv, Deps } from './platform/http/context.ts';
import { authRoutes } from './platform/auth/routes.ts';
import { demoRoutes } from './demo/demo-routes.ts';
import { eventRoutes } from './platform/events/sse-routes.ts';
import { documentRoutes } from './platform/signatures/routes.ts';
import { MODULES } from './modules/index.ts';

export const MAX_JSON_BODY = 1024 * 1024;
const UPLOAD_PATHS = /^\/api\/projects\/[^/]+\/(documents|tickets\/[^/]+\/photos|archives\/roster\/imports)$/;

export function buildApp(deps: Deps, opts: { webDir?: string } = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.use('*', securityHeaders());
  app.use('*', requestContext(deps));
  const jsonLimit = bodyLimit({
    maxSize: MAX_JSON_BODY,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE');
    },
  });
  // Photo, scan and roster uploads carry their own, larger limit (tickets/desk-routes.ts, platform/signatures/routes.ts, customers/roster/routes.ts).
  // Exactly those three: JSON routes that also end in /documents (an archive's, a move-in's) keep the JSON limit and checks.
  const isUpload = (c: Context) => c.req.method === 'POST' && UPLOAD_PATHS.test(c.req.path);
  app.use('/api/*', (c, next) => (isUpload(c) ? next() : jsonLimit(c, next)));
  app.use('/api/*', sessionLoader(deps));
  // Uploads are bytes, not JSON: only their query is checked, and their body is left to their own limit.
  app.use('/api/*', refuseUnsafeText({ hasJsonBody: (c) => !isUpload(c) }));

  const api = newRouter();
  const knownProject = projectGuard(deps);
  api.use('/projects/:projectId', knownProject);
  api.use('/projects/:projectId/*', knownProject);
  api.route('/', authRoutes(deps));
  api.route('/', demoRoutes(deps));
  api.route('/', documentRoutes(deps));
  for (const m of MODULES) for (const routes of m.routes?.(deps) ?? []) api.route('/', routes);
  api.route('/', eventRoutes(deps));
  api.get('/health', async (c) => {
    await deps.db.k.selectFrom('projects').select('project_id').limit(1).execute();
    return c.json({ ok: true, database: deps.db.dialect });
  });
  const openapiDoc = () =>
    api.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'PropDesk API',
        version: '0.1.0',
        description:
          'PropDesk 物业客服中心 — every endpoint needs a session cookie (POST /api/auth/login) and, on unsafe methods, the X-CSRF-Token header from /api/auth/me.',
      },
      servers: [{ url: '/api' }],
    });
  api.get('/docs', (c) => c.json(openapiDoc()));
  api.get('/openapi.json', (c) => c.json(openapiDoc()));
  api.all('*', () => {
    throw new AppError('NOT_FOUND', { params: { what: 'what.page' } });
  });
  app.route('/api', api);

  const webDir = opts.webDir;
  if (webDir && existsSync(join(webDir, 'index.html'))) {
    const indexHtml = readFileSync(join(webDir, 'index.html'), 'utf8');
    const root = relative(process.cwd(), webDir) || '.';
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('/*', serveStatic({ root }));
    // Client-side routes: every other GET gets the app shell.
    app.get('*', (c) => c.html(indexHtml));
  }
  return app;
}
