/**
 * Instants ⇄ local calendar dates and wall times in an IANA time zone, with nothing but
 * Intl (no date library). Instants are `Date`s (stored as UTC, ARCHITECTURE "must hold" 4);
 * local days are 'YYYY-MM-DD' strings, local times 'HH:MM' (or 'HH:MM:SS').
 *
 * Day arithmetic on 'YYYY-MM-DD' strings is done in UTC on purpose: a calendar date has no
 * zone, so "the day after 2026-03-07" must not depend on where a DST change falls.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A local calendar date and wall time: what a clock on the wall in that zone shows. */
export interface LocalDateTime {
  /** 'YYYY-MM-DD' */
  day: string;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

type Field = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';
type Fields = Record<Field, number>;

interface ZoneReader {
  format: Intl.DateTimeFormat;
  /** The order the six numeric fields appear in format()'s output, read once from formatToParts. */
  order: Field[];
}

const readers = new Map<string, ZoneReader>();
const DIGIT_RUNS = /\d+/g;

function readerFor(timeZone: string): ZoneReader {
  let r = readers.get(timeZone);
  if (!r) {
    let format: Intl.DateTimeFormat;
    try {
      // h23 so midnight is 00, never 24; latn digits and the ISO calendar whatever the locale data.
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        calendar: 'iso8601',
        numberingSystem: 'latn',
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new RangeError(`Unknown time zone "${timeZone}" (expected an IANA name such as Asia/Shanghai)`);
    }
    // format() + digit runs is ~2.5× faster than formatToParts on every call; taking the
    // field order from formatToParts keeps it right whatever layout ICU picks.
    const order = format
      .formatToParts(0)
      .filter((p) => p.type !== 'literal')
      .map((p) => p.type as Field);
    r = { format, order };
    readers.set(timeZone, r);
  }
  return r;
}

/**
 * Throws a RangeError unless `timeZone` is an IANA zone this runtime knows.
 * @example assertTimeZone('Asia/Shanghai'); // ok
 * @example assertTimeZone('Mars/Olympus'); // throws RangeError
 */
export function assertTimeZone(timeZone: string): void {
  if (typeof timeZone !== 'string' || timeZone === '')
    throw new RangeError(
      `Unknown time zone "${String(timeZone)}" (expected an IANA name such as Asia/Shanghai)`,
    );
  readerFor(timeZone);
}

/**
 * The instant's epoch milliseconds; throws a RangeError for anything but a valid Date.
 * @example assertInstant(new Date('nope')); // throws RangeError
 */
export function assertInstant(instant: Date, what = 'instant'): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(ms))
    throw new RangeError(`Invalid ${what}: expected a valid Date, got ${String(instant)}`);
  return ms;
}

/** UTC milliseconds of a proleptic Gregorian date-time; setUTCFullYear keeps years 0–99 literal. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function partsAt(ms: number, timeZone: string): Fields {
  const { format, order } = readerFor(timeZone);
  const digits = format.format(ms).match(DIGIT_RUNS);
  const out: Fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  if (!digits || digits.length !== order.length)
    throw new RangeError(`Cannot read the local time of ${new Date(ms).toISOString()} in ${timeZone}`);
  order.forEach((field, i) => (out[field] = Number(digits[i])));
  return out;
}

/** Offset of the zone from UTC at an instant, in ms (local = UTC + offset). */
function offsetMsAt(ms: number, timeZone: string): number {
  const p = partsAt(ms, timeZone);
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return utcMs(p.year, p.month, p.day, p.hour, p.minute, p.second) - wholeSecond;
}

/**
 * The local date and wall time of an instant in a zone.
 * @example
 *   toLocal(new Date('2026-10-01T09:10:00Z'), 'Asia/Shanghai');
 *   // → { day: '2026-10-01', hour: 17, minute: 10, second: 0, millisecond: 0 }
 */
export function toLocal(instant: Date, timeZone: string): LocalDateTime {
  const ms = assertInstant(instant);
  const p = partsAt(ms, timeZone);
  return {
    day: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`,
    hour: p.hour,
    minute: p.minute,
    second: p.second,
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

/**
 * The local calendar date ('YYYY-MM-DD') of an instant in a zone.
 * @example localDay(new Date('2026-09-30T16:00:00Z'), 'Asia/Shanghai'); // → '2026-10-01'
 */
export function localDay(instant: Date, timeZone: string): string {
  return toLocal(instant, timeZone).day;
}

/**
 * The local wall time ('HH:MM') of an instant in a zone; seconds are dropped.
 * @example localTime(new Date('2026-10-01T09:10:00Z'), 'Asia/Shanghai'); // → '17:10'
 */
export function localTime(instant: Date, timeZone: string): string {
  const t = toLocal(instant, timeZone);
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

/**
 * The zone's offset from UTC at an instant, in minutes (east positive).
 * @example utcOffsetMinutes(new Date('2026-07-01T12:00:00Z'), 'America/New_York'); // → -240
 */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  return offsetMsAt(assertInstant(instant), timeZone) / MINUTE_MS;
}

/**
 * The instant at which the wall clock in `timeZone` shows `time` on local date `day`.
 * `time` is 'HH:MM' or 'HH:MM:SS'; '24:00' means the start of the next day.
 *
 * Across DST (zones that have it, e.g. America/New_York):
 * - a wall time that happens twice (fall back, 01:30 on 2026-11-01 in New York) maps to the
 *   EARLIER instant (01:30 EDT = 05:30Z);
 * - a wall time that never happens (spring forward, 02:30 on 2026-03-08 in New York) maps to
 *   the LATER of the two candidate instants, i.e. the wall time pushed forward by the length
 *   of the gap: 03:30 EDT = 07:30Z. This is Temporal's `disambiguation: 'compatible'`.
 * @example instantAt('2026-10-01', '17:10', 'Asia/Shanghai').toISOString(); // → '2026-10-01T09:10:00.000Z'
 * @example instantAt('2026-03-08', '02:30', 'America/New_York').toISOString(); // → '2026-03-08T07:30:00.000Z'
 */
export function instantAt(day: string, time: string, timeZone: string): Date {
  const m = TIME_RE.exec(typeof time === 'string' ? time : '');
  const h = Number(m?.[1]);
  const min = Number(m?.[2]);
  const s = Number(m?.[3] ?? 0);
  if (!m || min > 59 || s > 59 || h > 24 || (h === 24 && (min !== 0 || s !== 0))) {
    throw new RangeError(
      `Invalid local time "${String(time)}": expected HH:MM or HH:MM:SS between 00:00 and 24:00`,
    );
  }
  return instantAtMs(day, ((h * 60 + min) * 60 + s) * 1000, timeZone);
}

/**
 * Like instantAt, with the wall time given as minutes after local midnight (0–1440).
 * @example instantAtMinute('2026-10-01', 17 * 60 + 10, 'Asia/Shanghai').toISOString(); // → '2026-10-01T09:10:00.000Z'
 */
export function instantAtMinute(day: string, minuteOfDay: number, timeZone: string): Date {
  if (!Number.isFinite(minuteOfDay) || minuteOfDay < 0 || minuteOfDay > 1440)
    throw new RangeError(`Invalid minute of day ${minuteOfDay}: expected 0–1440`);
  return instantAtMs(day, minuteOfDay * MINUTE_MS, timeZone);
}

/**
 * Several wall times of one local date at once (minutes after midnight, 0–1440), with the
 * same DST rules as instantAt. Working-time arithmetic converts every period boundary of
 * every day it walks through, so this takes the zone's offset once per date when it is
 * the same a day either side of it (no transition can fall on that date then), and
 * falls back to instantAt's exact search otherwise.
 * @example instantsOnDay('2026-10-09', [510, 1030], 'Asia/Shanghai').map((d) => d.toISOString());
 *   // → ['2026-10-09T00:30:00.000Z', '2026-10-09T09:10:00.000Z']
 */
export function instantsOnDay(day: string, minutesOfDay: readonly number[], timeZone: string): Date[] {
  for (const m of minutesOfDay) {
    if (!Number.isFinite(m) || m < 0 || m > 1440)
      throw new RangeError(`Invalid minute of day ${m}: expected 0–1440`);
  }
  const [y, mo, d] = dayParts(day);
  const midnight = utcMs(y, mo, d);
  const before = offsetMsAt(midnight - DAY_MS, timeZone);
  if (before !== offsetMsAt(midnight + 2 * DAY_MS, timeZone))
    return minutesOfDay.map((m) => instantAtMs(day, m * MINUTE_MS, timeZone));
  return minutesOfDay.map((m) => new Date(midnight + m * MINUTE_MS - before));
}

function instantAtMs(day: string, msOfDay: number, timeZone: string): Date {
  const [y, mo, d] = dayParts(day);
  const wall = utcMs(y, mo, d) + msOfDay;
  // The offsets a day either side bound every offset that can apply near this wall time.
  const before = offsetMsAt(wall - DAY_MS, timeZone);
  const after = offsetMsAt(wall + DAY_MS, timeZone);
  const candidates = [...new Set([wall - before, wall - after])];
  const valid = candidates.filter((t) => offsetMsAt(t, timeZone) === wall - t);
  if (valid.length > 0) return new Date(Math.min(...valid));
  return new Date(Math.max(...candidates));
}

function dayParts(day: string): [number, number, number] {
  const m = DAY_RE.exec(typeof day === 'string' ? day : '');
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const probe = new Date(utcMs(y, mo, d));
    if (probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d)
      return [y, mo, d];
  }
  throw new RangeError(`Invalid day "${String(day)}": expected a real date as YYYY-MM-DD`);
}

/**
 * True for a real calendar date written 'YYYY-MM-DD'.
 * @example isLocalDay('2026-02-29'); // → false
 */
export function isLocalDay(day: string): boolean {
  try {
    dayParts(day);
    return true;
  } catch {
    return false;
  }
}

/**
 * Throws a RangeError unless `day` is a real date written 'YYYY-MM-DD'.
 * @example assertLocalDay('2026-13-01'); // throws RangeError
 */
export function assertLocalDay(day: string): void {
  dayParts(day);
}

/**
 * The calendar date `n` days after (or before, n < 0) `day`.
 * @example addDays('2026-02-28', 1); // → '2026-03-01'
 */
export function addDays(day: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Invalid day count ${n}: expected an integer`);
  const [y, mo, d] = dayParts(day);
  const t = new Date(utcMs(y, mo, d) + n * DAY_MS);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/**
 * ISO weekday of a calendar date: 1 = Monday … 7 = Sunday.
 * @example isoWeekday('2026-10-10'); // → 6 (Saturday)
 */
export function isoWeekday(day: string): number {
  const [y, mo, d] = dayParts(day);
  return new Date(utcMs(y, mo, d)).getUTCDay() || 7;
}
