/**
 * "Now" as the request schemas' date windows see it (http/date-fields.ts). Pure, so the HTTP
 * contracts that use those fields stay shareable with the browser: on the server,
 * request-clock.ts installs the clock of the request being served; elsewhere it is the
 * system clock.
 */
let source: () => Date = () => new Date();

export function requestNow(): Date {
  return source();
}

/** Called once by request-clock.ts, which owns the per-request clock. */
export function setRequestNowSource(now: () => Date): void {
  source = now;
}
