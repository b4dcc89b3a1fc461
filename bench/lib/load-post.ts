/**
 * Closed-loop POST load with autocannon against 127.0.0.1, where every request is a new
 * one: a fresh body and Idempotency-Key per request, so a write endpoint is measured writing
 * and never answering from its replay path. Latency percentiles come from every response;
 * any response other than `expect` (201: created) fails the step, as in load.ts.
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { summarize } from './stats.ts';
import { withTimeBar } from './progress.ts';
import type { LoadResult } from './load.ts';

export interface PostLoadOptions {
  label: string;
  url: string;
  headers: Record<string, string>;
  /** The JSON body of the n-th request. */
  body: (n: number) => unknown;
  connections: number;
  seconds: number;
  expect: number;
}

function run(
  opts: PostLoadOptions,
  limit: { amount: number } | { duration: number },
  onResponse: (statusCode: number, ms: number) => void,
): Promise<autocannon.Result> {
  let n = 0;
  const request: autocannon.Request = {
    method: 'POST',
    setupRequest: (req) => ({
      ...req,
      headers: { ...req.headers, 'idempotency-key': randomUUID() },
      body: JSON.stringify(opts.body(n++)),
    }),
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: opts.url,
        connections: opts.connections,
        headers: { ...opts.headers, 'content-type': 'application/json' },
        requests: [request],
        ...limit,
      },
      (err: unknown, result: autocannon.Result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) =>
      onResponse(statusCode, responseTime),
    );
  });
}

export async function loadTestPost(opts: PostLoadOptions): Promise<LoadResult> {
  if (!opts.url.startsWith('http://127.0.0.1:'))
    throw new Error(`load tests only target 127.0.0.1, not ${opts.url}`);
  const unexpected = new Map<number, number>();
  const count = (statusCode: number) =>
    statusCode !== opts.expect && unexpected.set(statusCode, (unexpected.get(statusCode) ?? 0) + 1);
  // Warm-up (JIT, statement caches, pool connections), not recorded but checked.
  await run(opts, { amount: 20 * opts.connections }, count);
  const durations: number[] = [];
  const result = await withTimeBar(opts.label, opts.seconds, () =>
    run(opts, { duration: opts.seconds }, (statusCode, ms) => {
      count(statusCode);
      if (statusCode === opts.expect) durations.push(ms);
    }),
  );
  if (unexpected.size > 0 || result.errors > 0) {
    const statuses = [...unexpected].map(([s, c]) => `${c} × HTTP ${s}`).join(', ');
    throw new Error(
      `${opts.label}: expected only HTTP ${opts.expect}; got ${statuses || 'none other'}, ${result.errors} errors (${result.timeouts} timeouts) out of ${result.requests.total}`,
    );
  }
  return {
    requests: durations.length,
    reqPerSec: durations.length / result.duration,
    latency: summarize(durations),
    seconds: result.duration,
    connections: opts.connections,
  };
}
