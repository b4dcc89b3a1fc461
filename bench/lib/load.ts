/**
 * Closed-loop HTTP load with autocannon against 127.0.0.1. Latency percentiles come from every
 * response's own duration (autocannon's summary has no p95); any non-2xx response or socket
 * error fails the step, because throughput of error pages is not a result.
 */
import autocannon from 'autocannon';
import { summarize, type LatencySummary } from './stats.ts';
import { withTimeBar } from './progress.ts';

export interface LoadOptions {
  label: string;
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requests: number;
  reqPerSec: number;
  latency: LatencySummary;
  seconds: number;
  connections: number;
}

function run(
  options: autocannon.Options,
  onResponse?: (statusCode: number, ms: number) => void,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (err: unknown, result: autocannon.Result) =>
      err ? reject(err) : resolve(result),
    );
    if (onResponse)
      instance.on('response', (_client, statusCode, _bytes, responseTime) =>
        onResponse(statusCode, responseTime),
      );
  });
}

export async function loadTest(opts: LoadOptions): Promise<LoadResult> {
  if (!opts.url.startsWith('http://127.0.0.1:'))
    throw new Error(`load tests only target 127.0.0.1, not ${opts.url}`);
  const base = { url: opts.url, headers: opts.headers, connections: opts.connections };
  // Warm-up (JIT, statement caches, pool connections), not recorded.
  await run({ ...base, amount: 20 * opts.connections });
  const durations: number[] = [];
  const result = await withTimeBar(opts.label, opts.seconds, () =>
    run({ ...base, duration: opts.seconds }, (statusCode, ms) => {
      if (statusCode >= 200 && statusCode < 300) durations.push(ms);
    }),
  );
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${opts.label}: ${result.non2xx} non-2xx responses, ${result.errors} errors (${result.timeouts} timeouts) out of ${result.requests.total}`,
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
