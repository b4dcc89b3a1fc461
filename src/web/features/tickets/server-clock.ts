/**
 * The server's clock as seen from this browser. Deadlines are server times, and a browser
 * whose clock is off — or a test server whose clock was moved — would show a wrong
 * countdown; so every answer that carries the server's time (the queue's serverNow, a new
 * ticket's receivedAt) corrects the offset, and one shared 1-second tick drives every
 * countdown on the page instead of one timer per row.
 */
import { useSyncExternalStore } from 'react';

let offsetMs = 0;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function tick(): void {
  now = Date.now() + offsetMs;
  for (const l of listeners) l();
}

/**
 * Records the server's time from an answer just received.
 * @example noteServerTime(page.serverNow);
 */
export function noteServerTime(serverIso: string, receivedAtMs: number = Date.now()): void {
  const server = Date.parse(serverIso);
  if (Number.isNaN(server)) return;
  offsetMs = server - receivedAtMs;
  tick();
}

/** The server's time now, in ms since the epoch. */
export function serverNowMs(): number {
  return Date.now() + offsetMs;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // After an idle spell without subscribers the last value is old; React re-reads it after subscribing.
  now = Date.now() + offsetMs;
  timer ??= setInterval(tick, 1000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The server's time, re-rendering every second. */
export function useServerNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}

/**
 * Something derived from the server's time that changes rarely (which rows are overdue):
 * the component re-renders only when the derived string changes, not every second.
 * @example const overdueKey = useServerClockKey((now) => overdueIds(items, now).join(','));
 */
export function useServerClockKey(select: (nowMs: number) => string): string {
  return useSyncExternalStore(subscribe, () => select(now));
}
