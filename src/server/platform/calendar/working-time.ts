/**
 * Deadline arithmetic on a project's working-day calendar (DOMAIN.md "time words"): a
 * working day is Mon–Fri, minus public holidays, plus make-up working days (调休) on
 * weekends; the exceptions come from data (calendar_days), never from weekday logic alone.
 * Semantics and examples: docs/decisions/0003-working-time.md.
 *
 * Every function is pure: instants in and out are `Date`s, local days are 'YYYY-MM-DD' in
 * the calendar's time zone. Intervals are half-open: a period 08:30–12:20 contains 08:30
 * and ends at 12:20, so 12:20 itself is outside working hours.
 */
import {
  addDays,
  assertInstant,
  assertLocalDay,
  assertTimeZone,
  instantAtMinute,
  instantsOnDay,
  isoWeekday,
  localDay,
} from './zoned-time.ts';

export type DayKind = 'holiday' | 'workday';

/** One working period of a day, local wall times 'HH:MM' ('24:00' allowed as an end). */
export interface WorkingPeriod {
  start: string;
  end: string;
}

export interface WorkCalendar {
  /** IANA zone the project's days and hours are read in, e.g. 'Asia/Shanghai'. */
  timeZone: string;
  /** The working hours of every working day, in order, not overlapping. */
  periods: readonly WorkingPeriod[];
  /** Dates that break the Mon–Fri rule: 'holiday' on a weekday, 'workday' (调休) on a weekend. */
  exceptions: ReadonlyMap<string, DayKind>;
}

/**
 * How many days in a row may hold no working time before we give up: a year of holidays
 * plus slack. Reached only by a broken calendar, never by a real one.
 */
export const SCAN_LIMIT_DAYS = 400;

const MINUTE_MS = 60_000;
const HHMM_RE = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

interface Span {
  start: number; // minutes after local midnight
  end: number;
}

function minuteOf(hhmm: unknown, where: string): number {
  const m = typeof hhmm === 'string' ? HHMM_RE.exec(hhmm) : null;
  if (!m)
    throw new RangeError(
      `Invalid working hours: ${where} is "${String(hhmm)}", expected HH:MM (00:00–24:00)`,
    );
  return Number(m[1] ?? m[3]) * 60 + Number(m[2] ?? m[4]);
}

/** Checks the calendar's zone and periods and returns the periods in minutes. */
function spansOf(cal: WorkCalendar): Span[] {
  if (!cal || typeof cal !== 'object') throw new TypeError('A WorkCalendar is required');
  assertTimeZone(cal.timeZone);
  if (!Array.isArray(cal.periods) || cal.periods.length === 0)
    throw new RangeError('Invalid working hours: at least one period is required');
  if (typeof cal.exceptions?.get !== 'function')
    throw new TypeError('Invalid calendar: exceptions must be a Map of YYYY-MM-DD → holiday | workday');
  const spans: Span[] = [];
  let last = 0;
  cal.periods.forEach((p, i) => {
    const start = minuteOf(p?.start, `periods[${i}].start`);
    const end = minuteOf(p?.end, `periods[${i}].end`);
    if (start >= end)
      throw new RangeError(
        `Invalid working hours: periods[${i}] ${p.start}–${p.end} must start before it ends`,
      );
    if (start < last)
      throw new RangeError(
        `Invalid working hours: periods[${i}] ${p.start}–${p.end} overlaps or comes before the period before it`,
      );
    last = end;
    spans.push({ start, end });
  });
  return spans;
}

/**
 * Throws a clear RangeError/TypeError unless the calendar is usable: a known time zone and
 * at least one period, each 'HH:MM', start before end, in order, not overlapping.
 * @example assertWorkCalendar({ timeZone: 'Asia/Shanghai', periods: [{ start: '17:10', end: '08:30' }], exceptions: new Map() }); // throws
 */
export function assertWorkCalendar(cal: WorkCalendar): void {
  spansOf(cal);
}

function noWorkingDay(from: string): Error {
  return new Error(
    `No working day within ${SCAN_LIMIT_DAYS} days after ${from}: the project's calendar marks every day as a holiday`,
  );
}

/**
 * Whether a local date is a working day: an exception row decides; otherwise Mon–Fri.
 * @example
 *   const cal = { timeZone: 'Asia/Shanghai', periods, exceptions: new Map([['2026-10-01', 'holiday'], ['2026-10-10', 'workday']]) };
 *   isWorkingDay('2026-10-01', cal); // → false (Thursday, National Day)
 *   isWorkingDay('2026-10-10', cal); // → true (Saturday, make-up working day 调休)
 */
export function isWorkingDay(day: string, cal: WorkCalendar): boolean {
  assertLocalDay(day);
  const kind = cal.exceptions.get(day);
  if (kind === 'holiday') return false;
  if (kind === 'workday') return true;
  return isoWeekday(day) <= 5;
}

/**
 * The first working day strictly after `day`.
 * @example nextWorkingDay('2026-09-30', cal2026); // → '2026-10-08' (after National Day)
 */
export function nextWorkingDay(day: string, cal: WorkCalendar): string {
  assertLocalDay(day);
  let d = day;
  for (let i = 0; i < SCAN_LIMIT_DAYS; i++) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) return d;
  }
  throw noWorkingDay(day);
}

function intervalsOn(day: string, spans: Span[], cal: WorkCalendar): [number, number][] {
  if (!isWorkingDay(day, cal)) return [];
  const at = instantsOnDay(
    day,
    spans.flatMap((s) => [s.start, s.end]),
    cal.timeZone,
  ).map((d) => d.getTime());
  const raw = spans.map((_, i): [number, number] => [at[2 * i]!, at[2 * i + 1]!]).sort((a, b) => a[0] - b[0]);
  // Boundaries inside a DST gap move forward (instantAt), so periods touching the gap can
  // come out empty or overlapping; the union keeps every working instant counted once.
  const out: [number, number][] = [];
  for (const [start, end] of raw) {
    if (end <= start) continue;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * The working intervals [start, end) of a local date as instants; empty on a non-working day.
 * @example
 *   workingIntervalsOn('2026-10-09', cal2026);
 *   // → [{ start: 2026-10-09T00:30Z, end: 04:20Z }, { start: 05:30Z, end: 09:10Z }]
 */
export function workingIntervalsOn(day: string, cal: WorkCalendar): { start: Date; end: Date }[] {
  return intervalsOn(day, spansOf(cal), cal).map(([s, e]) => ({ start: new Date(s), end: new Date(e) }));
}

/**
 * Wall-clock arithmetic for clock-hour deadlines (2 hours, 10 minutes, half a day): the
 * calendar plays no part. Negative minutes go back in time.
 * @example addClockMinutes(new Date('2026-10-01T02:00:00Z'), 120).toISOString(); // → '2026-10-01T04:00:00.000Z'
 */
export function addClockMinutes(instant: Date, minutes: number): Date {
  const ms = assertInstant(instant);
  if (!Number.isFinite(minutes)) throw new RangeError(`Invalid minutes ${minutes}: expected a finite number`);
  return new Date(ms + minutes * MINUTE_MS);
}

/**
 * The instant by which `minutes` of working time have passed after `instant`, counting only
 * time inside working periods of working days. From outside working hours counting starts
 * at the next period start. A deadline that uses up a period exactly ends at that period's
 * end (12:20), not at the next start.
 * @example
 *   // Friday 16:10 + 120 working minutes: 60 on Friday, 60 on Monday from 08:30
 *   addWorkingMinutes(new Date('2026-11-27T08:10:00Z'), 120, cal).toISOString(); // → '2026-11-30T01:30:00.000Z' (09:30)
 */
export function addWorkingMinutes(instant: Date, minutes: number, cal: WorkCalendar): Date {
  let cursor = assertInstant(instant);
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new RangeError(`Invalid working minutes ${minutes}: expected a finite number ≥ 0`);
  const spans = spansOf(cal);
  let remaining = minutes * MINUTE_MS;
  const first = localDay(instant, cal.timeZone);
  let idleDays = 0;
  for (let day = first; ; day = addDays(day, 1)) {
    const intervals = intervalsOn(day, spans, cal);
    if (intervals.length === 0 && ++idleDays >= SCAN_LIMIT_DAYS) throw noWorkingDay(first);
    if (intervals.length > 0) idleDays = 0;
    for (const [start, end] of intervals) {
      if (end <= cursor) continue;
      const from = Math.max(start, cursor);
      if (remaining <= end - from) return new Date(from + remaining);
      remaining -= end - from;
      cursor = end;
    }
  }
}

function endOfWorkingDay(day: string, spans: Span[], cal: WorkCalendar): number {
  return instantAtMinute(day, spans[spans.length - 1]!.end, cal.timeZone).getTime();
}

/**
 * Deadline "within n working days of receipt": the end of the last working period of the
 * n-th working day AFTER the local day of `instant`. The time of receipt within its day does
 * not matter, and receipt on a non-working day counts the same way (day 1 is the next
 * working day). n = 0 means close of business today; if today is not a working day or its
 * working hours are already over at `instant`, the next working day's close.
 * @example
 *   // MVO-6: inspection passed Thursday 2026-09-24, 15 working days across National Day
 *   addWorkingDays(new Date('2026-09-24T03:00:00Z'), 15, cal2026).toISOString(); // → '2026-10-22T09:10:00.000Z' (17:10)
 */
export function addWorkingDays(instant: Date, n: number, cal: WorkCalendar): Date {
  const at = assertInstant(instant);
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`Invalid working day count ${n}: expected an integer ≥ 0`);
  const spans = spansOf(cal);
  const today = localDay(instant, cal.timeZone);
  let day = today;
  if (n === 0) {
    // A same-day deadline must not already be past when it is set.
    if (!isWorkingDay(today, cal) || endOfWorkingDay(today, spans, cal) <= at)
      day = nextWorkingDay(today, cal);
  } else {
    for (let i = 0; i < n; i++) day = nextWorkingDay(day, cal);
  }
  return new Date(endOfWorkingDay(day, spans, cal));
}

/**
 * Working minutes inside [a, b) (for elapsed-time reports); 0 if b <= a. Exact, so a
 * fraction means the instants were not on whole minutes.
 * @example
 *   // Friday 16:10 → Monday 09:30: 60 + 60
 *   workingMinutesBetween(new Date('2026-11-27T08:10:00Z'), new Date('2026-11-30T01:30:00Z'), cal); // → 120
 */
export function workingMinutesBetween(a: Date, b: Date, cal: WorkCalendar): number {
  const from = assertInstant(a, 'start instant');
  const to = assertInstant(b, 'end instant');
  const spans = spansOf(cal);
  if (to <= from) return 0;
  let total = 0;
  const last = localDay(b, cal.timeZone);
  for (let day = localDay(a, cal.timeZone); day <= last; day = addDays(day, 1)) {
    for (const [start, end] of intervalsOn(day, spans, cal))
      total += Math.max(0, Math.min(end, to) - Math.max(start, from));
  }
  return total / MINUTE_MS;
}

/**
 * The end of the local calendar day of `instant` ("the same day" rules, CMP-6): the first
 * instant of the next local day, so a deadline is missed once `now >= endOfLocalDay(…)`.
 * Only the calendar's time zone is used.
 * @example endOfLocalDay(new Date('2026-10-09T02:00:00Z'), { timeZone: 'Asia/Shanghai' }).toISOString(); // → '2026-10-09T16:00:00.000Z'
 */
export function endOfLocalDay(instant: Date, cal: Pick<WorkCalendar, 'timeZone'>): Date {
  assertInstant(instant);
  const day = localDay(instant, cal.timeZone);
  return instantAtMinute(addDays(day, 1), 0, cal.timeZone);
}
