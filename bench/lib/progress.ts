/**
 * Progress bars for the benchmarks: the bar itself is the server's (src/server/ops/progress.ts,
 * shared with the command line); a bar that advances by the clock is bench-only.
 */
import { progress } from '../../src/server/ops/progress.ts';

export { progress, type Progress } from '../../src/server/ops/progress.ts';

/** A bar for a step bounded by time rather than count (a load test): advances by the clock. */
export async function withTimeBar<T>(label: string, seconds: number, work: () => Promise<T>): Promise<T> {
  const bar = progress(label, Math.round(seconds), 's');
  const started = performance.now();
  const timer = setInterval(() => bar.set(Math.min(seconds, (performance.now() - started) / 1000)), 200);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    bar.set(Math.min(seconds, (performance.now() - started) / 1000));
    bar.done();
  }
}
