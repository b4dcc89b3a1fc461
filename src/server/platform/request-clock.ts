/**
 * The clock of the request being served, for code that runs before any use case receives
 * `deps.clock` — the request schemas' date windows (http/date-fields.ts) are module
 * constants, yet "not in the future" must mean the server's now (a FixedClock in tests).
 * Set once per request by the request-context middleware; outside a request it is the
 * system clock.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { systemClock, type Clock } from './clock.ts';
import { setRequestNowSource } from './request-now.ts';

const current = new AsyncLocalStorage<Clock>();

export function runWithClock<T>(clock: Clock, fn: () => T): T {
  return current.run(clock, fn);
}

export function requestNow(): Date {
  return (current.getStore() ?? systemClock).now();
}

setRequestNowSource(requestNow);
