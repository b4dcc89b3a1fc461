/**
 * A sequential measurement loop bounded by count and by time, whichever comes first:
 * runs `op`, records each call's duration, and reports the achieved rate.
 */
import { progress } from './progress.ts';
import { summarize, type LatencySummary } from './stats.ts';

export interface Bounds {
  maxCount: number;
  maxSeconds: number;
}

export interface Sampled {
  count: number;
  seconds: number;
  perSecond: number;
  latency: LatencySummary;
}

export async function sampleSequential(
  label: string,
  bounds: Bounds,
  op: (i: number) => unknown,
): Promise<Sampled> {
  const bar = progress(label, bounds.maxCount);
  const samples: number[] = [];
  const started = performance.now();
  const deadline = started + bounds.maxSeconds * 1000;
  let now = started;
  for (let i = 0; i < bounds.maxCount && now < deadline; i++) {
    const t0 = performance.now();
    const r = op(i);
    // Only await real promises: a synchronous driver (better-sqlite3) should not pay for a microtask per call.
    if (r instanceof Promise) await r;
    now = performance.now();
    samples.push(now - t0);
    bar.tick();
  }
  bar.done();
  const seconds = (now - started) / 1000;
  return { count: samples.length, seconds, perSecond: samples.length / seconds, latency: summarize(samples) };
}
