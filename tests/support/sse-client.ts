/**
 * Reads a Server-Sent Events response body the way a browser's EventSource would, so
 * tests can wait for a particular event (or prove one did not come first).
 * @example
 *   const sse = readSse(res.body!);
 *   await sse.next((e) => e.event === 'ready');
 *   const created = await sse.next((e) => e.event === 'property.building.created', 5000);
 *   await sse.close();
 */
export interface SseEvent {
  event: string;
  data: string;
}

export interface SseReader {
  /**
   * Resolves with the first not-yet-consumed event that matches (events before it are
   * consumed too); rejects when none arrives within `timeoutMs` or the stream ends.
   */
  next(match?: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  /** Every event received so far, consumed or not. */
  seen(): SseEvent[];
  close(): Promise<void>;
}

function parseFrame(frame: string): SseEvent | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length || event !== 'message' ? { event, data: data.join('\n') } : null;
}

export function readSse(body: ReadableStream<Uint8Array>): SseReader {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const all: SseEvent[] = [];
  let cursor = 0;
  let ended = false;
  let failure: unknown = null;
  // Set while next() waits; the reader loop calls it when events arrive or the stream ends.
  let notify = null as (() => void) | null;

  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const parsed = parseFrame(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (parsed) all.push(parsed);
        }
        notify?.();
      }
    } catch (err) {
      failure = err;
    } finally {
      ended = true;
      notify?.();
    }
  })();

  return {
    async next(match = () => true, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        while (cursor < all.length) {
          const e = all[cursor++]!;
          if (match(e)) return e;
        }
        if (ended)
          throw new Error(
            `SSE stream ended without the expected event${failure ? ` (${String(failure)})` : ''}; saw ${JSON.stringify(all.map((e) => e.event))}`,
          );
        const left = deadline - Date.now();
        if (left <= 0)
          throw new Error(
            `no matching SSE event within ${timeoutMs} ms; saw ${JSON.stringify(all.map((e) => e.event))}`,
          );
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          notify = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        notify = null;
      }
    },
    seen: () => [...all],
    async close() {
      await reader.cancel().catch(() => {});
    },
  };
}
