/**
 * Watches this test process while an operation runs in it (the app is called in-process):
 * how far its resident memory rose above where it started, how late its event loop ran at
 * worst — every request of every user waits that long — and how many worker threads it started.
 * @example const w = await watchProcess(() => upload(file)); assert.ok(w.rssGrowthMb < 200);
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface Watched<T> {
  result: T;
  rssGrowthMb: number;
  maxLoopDelayMs: number;
  workersStarted: number;
}

export async function watchProcess<T>(run: () => Promise<T>): Promise<Watched<T>> {
  const base = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  let peak = base;
  // Sampling misses a peak while the loop is blocked; the kernel's high-water mark does not, when it is set during the run.
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  let workersStarted = 0;
  const onWorker = () => workersStarted++;
  process.on('worker', onWorker);
  delay.enable();
  try {
    const result = await run();
    const peakAfter = process.resourceUsage().maxRSS * 1024;
    if (peakAfter > peakBefore) peak = Math.max(peak, peakAfter);
    return {
      result,
      rssGrowthMb: Math.round((Math.max(peak, process.memoryUsage().rss) - base) / 1024 / 1024),
      maxLoopDelayMs: Math.round(delay.max / 1e6),
      workersStarted,
    };
  } finally {
    delay.disable();
    clearInterval(sampler);
    process.off('worker', onWorker);
  }
}
