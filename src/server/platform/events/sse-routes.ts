/** GET /api/projects/:projectId/events — one Server-Sent Events stream per browser tab. */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { requireAccess } from '../access/require-access.ts';
import { requireActor } from '../http/middleware.ts';
import type { AppEnv, Deps } from '../http/context.ts';
import type { LiveEvent } from './bus.ts';

const HEARTBEAT_MS = 25_000;

export function eventRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/projects/:projectId/events', (c) => {
    const actor = requireActor(c);
    const projectId = c.req.param('projectId');
    requireAccess({ actor, permission: 'project.read', projectId });
    return streamSSE(c, async (stream) => {
      const queue: LiveEvent[] = [];
      let wake: (() => void) | null = null;
      const unsubscribe = deps.bus.subscribe(projectId, (e) => {
        queue.push(e);
        wake?.();
      });
      let open = true;
      stream.onAbort(() => {
        open = false;
        wake?.();
      });
      await stream.writeSSE({ event: 'ready', data: JSON.stringify({ projectId }) });
      try {
        while (open) {
          while (queue.length > 0) {
            const e = queue.shift()!;
            await stream.writeSSE({ event: e.type, data: JSON.stringify(e) });
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, HEARTBEAT_MS);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = null;
          if (open && queue.length === 0) await stream.writeSSE({ event: 'ping', data: '' });
        }
      } finally {
        unsubscribe();
      }
    });
  });
  return app;
}
