/**
 * The date and time fields of every request schema, each bounded to what the business can
 * mean (docs/decisions/0008-input-hardening.md): a price or lease in the year 9999, a complaint
 * about an event in 2030 or a birthday in 1066 is a typing slip, refused at the edge with the
 * bound it broke. Windows count from the request's now (request-clock.ts); the use cases keep
 * their exact rules (an appointment after now, a loan back after it went out) on top.
 * @example
 *   z.strictObject({ effectiveFrom: dayField(DATE_WINDOWS.term), eventAt: instantField(DATE_WINDOWS.event).optional() })
 */
import { z } from '@hono/zod-openapi';
import { requestNow } from '../request-now.ts';

/** How far from now: whole years, or days, or (for instants) minutes of clock skew. */
export type Reach = { years: number } | { days: number } | { minutes: number };
export interface DateWindow {
  back: Reach;
  ahead: Reach;
}

export const DATE_WINDOWS = {
  /** Prices, billing accounts, parking rentals, lease starts, the first billed day, due dates: contracts run for years, not centuries. */
  term: { back: { years: 10 }, ahead: { years: 10 } },
  /** A lease ends at most 20 years after it starts (PRC Civil Code art. 705), so at most 20 years ahead. */
  leaseEnd: { back: { years: 10 }, ahead: { years: 20 } },
  /** A moving day, a transfer's handover day, an elevator booking, a parking stay: within a year either side. */
  plan: { back: { years: 1 }, ahead: { years: 1 } },
  /** A day something happened (a file lent or returned): today at the latest — today anywhere on earth, hence one day of slack over UTC. */
  happenedDay: { back: { years: 10 }, ahead: { days: 1 } },
  /** A document's own date (contract, certificate): an old estate's papers go back decades. */
  documentDay: { back: { years: 50 }, ahead: { days: 1 } },
  birthday: { back: { years: 120 }, ahead: { days: 1 } },
  /** When something happened (a complained-about event, a visit, a reading, a call, overtime air-conditioning): not in the future beyond five minutes of clock skew between the desk's PC and the server, and within a year. */
  event: { back: { years: 1 }, ahead: { minutes: 5 } },
  /** An appointment, a promised reply, a new deadline, a key's return: from now (five minutes' skew) to a year ahead. */
  upcoming: { back: { minutes: 5 }, ahead: { years: 1 } },
  /** Filters of lists and reports. */
  filter: { back: { years: 10 }, ahead: { years: 10 } },
} as const satisfies Record<string, DateWindow>;

function shift(now: Date, reach: Reach, sign: 1 | -1): Date {
  const d = new Date(now);
  if ('years' in reach) d.setUTCFullYear(d.getUTCFullYear() + sign * reach.years);
  else if ('days' in reach) d.setUTCDate(d.getUTCDate() + sign * reach.days);
  else d.setUTCMinutes(d.getUTCMinutes() + sign * reach.minutes);
  return d;
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
type Issue = { key: string; values?: Record<string, string> };

/** Bounds only a few minutes or a day from now read as "now"/"today", not as a date. */
function tooEarly(reach: Reach, bound: Date): Issue {
  return 'minutes' in reach
    ? { key: 'field.time_past' }
    : { key: 'field.date_too_early', values: { min: dayOf(bound) } };
}
function tooLate(reach: Reach, bound: Date): Issue {
  if ('minutes' in reach) return { key: 'field.time_future' };
  if ('days' in reach && reach.days <= 1) return { key: 'field.day_future' };
  return { key: 'field.date_too_late', values: { max: dayOf(bound) } };
}

/** The issue with `at` against `window` around `now`, or null. `asDay` compares calendar days. */
export function dateWindowIssue(at: Date, window: DateWindow, now: Date, asDay: boolean): Issue | null {
  const min = shift(now, window.back, -1);
  const max = shift(now, window.ahead, 1);
  if (asDay ? dayOf(at) < dayOf(min) : at < min) return tooEarly(window.back, min);
  if (asDay ? dayOf(at) > dayOf(max) : at > max) return tooLate(window.ahead, max);
  return null;
}

function within<T extends z.ZodType<string>>(schema: T, window: DateWindow, asDay: boolean) {
  return schema.superRefine((value, ctx) => {
    const at = new Date(asDay ? `${value}T00:00:00Z` : value);
    if (Number.isNaN(at.getTime())) return; // the format check has reported it
    const issue = dateWindowIssue(at, window, requestNow(), asDay);
    if (issue) ctx.addIssue({ code: 'custom', message: issue.key, params: issue });
  });
}

/** A calendar day ('2026-11-25') within `window`. */
export function dayField(window: DateWindow) {
  return within(z.iso.date(), window, true);
}

/** An instant with its offset ('2026-11-25T09:00:00+08:00') within `window`. */
export function instantField(window: DateWindow) {
  return within(z.iso.datetime({ offset: true }), window, false);
}
