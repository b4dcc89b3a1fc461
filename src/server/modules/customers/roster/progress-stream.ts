/**
 * A long write's progress as the response itself: one JSON object a line —
 * `{"progress":{"done":250,"total":2000}}` … then `{"result":…}` or `{"error":…}` (the
 * same translated body as an error response). Streaming the request's own answer works
 * behind a load balancer with several app servers, where an in-memory progress counter
 * polled by a second request would land on another server, and an uncommitted counter
 * row is invisible to other connections until the transaction ends.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../../../platform/http/context.ts';
import { errorBody, toAppError } from '../../../platform/http/error-response.ts';

export function progressStream<T>(
  c: Context<AppEnv>,
  run: (onProgress: (done: number, total: number) => void) => Promise<T>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const locale = c.get('locale');
  const requestId = c.get('requestId');
  const logger = c.get('logger');
  // A client that goes away (tab closed) does not stop the write: it finishes, and the
  // import list shows its outcome; only the lines nobody reads are dropped.
  let gone = false;
  return new ReadableStream<Uint8Array>({
    cancel() {
      gone = true;
    },
    async start(controller) {
      const send = (o: unknown) => {
        if (!gone) controller.enqueue(encoder.encode(`${JSON.stringify(o)}\n`));
      };
      try {
        send({ result: await run((done, total) => send({ progress: { done, total } })) });
      } catch (err) {
        const e = toAppError(err);
        if (e.code === 'INTERNAL') logger.error({ err }, 'streamed request failed');
        send(errorBody(e, locale, requestId));
      }
      if (!gone) controller.close();
    },
  });
}
