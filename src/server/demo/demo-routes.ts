/** GET /api/auth/demo-logins — unauthenticated: the demo logins, only on a demo database. */
import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../platform/http/openapi-app.ts';
import type { Deps } from '../platform/http/context.ts';
import { DemoLoginSchema, readDemoLogins } from './demo-logins.ts';

export function demoRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/demo-logins',
      tags: ['auth'],
      description:
        'The demo accounts with their password, listed on the login page. Empty unless the database was loaded with the demo company.',
      responses: {
        200: {
          description: 'The demo logins (possibly none)',
          content: { 'application/json': { schema: z.object({ logins: z.array(DemoLoginSchema) }) } },
        },
      },
    }),
    async (c) => c.json({ logins: await readDemoLogins(deps) }, 200),
  );
  return app;
}
