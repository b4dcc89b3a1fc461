/**
 * Pure fee arithmetic (FEE-1, FEE-6, HND-3, FEE-3). No I/O, no floating point reaches a
 * money value: areas are hundredths of a m² (centi-m²), meter readings hundredths of a
 * unit (centi-kWh, centi-m³), rates thousandths of a fen (millifen) so a tariff such as
 * 0.4883 元/kWh (48.83 fen = 48 830 millifen) is exact, amounts integer fen.
 *
 * Rounding rule (documented in README.md): every bill line is computed exactly in integer
 * arithmetic and rounded ONCE, half-up to the fen (四舍五入到分). Shares of a total
 * (公摊) use the largest-remainder method so the shares always add up to the total.
 */
import { addDays, isLocalDay } from '../../platform/calendar/index.ts';

export const MILLIFEN_PER_FEN = 1000;
const CENTI = 100;

/**
 * n / d rounded half-up, for a non-negative safe integer n and positive integer d.
 * @example divHalfUp(5, 2) // 3
 */
export function divHalfUp(n: number, d: number): number {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`expected a non-negative safe integer, got ${n}`);
  if (!Number.isSafeInteger(d) || d <= 0) throw new RangeError(`expected a positive divisor, got ${d}`);
  const q = Math.floor(n / d);
  const r = n - q * d;
  return r * 2 >= d ? q + 1 : q;
}

function product(a: number, b: number): number {
  const p = a * b;
  // Above 2^53 the product is no longer exact; refuse rather than round silently.
  if (!Number.isSafeInteger(p)) throw new RangeError(`amount too large: ${a} × ${b}`);
  return p;
}

/**
 * Monthly area-based fee: area (centi-m²) × rate (millifen per m² per month), half-up to the fen.
 * @example areaFeeFen(18236, 580_000) // 182.36 m² × 5.80 元 = 1057.688 元 → 105769 fen
 */
export function areaFeeFen(areaCentiM2: number, rateMillifenPerM2: number): number {
  return divHalfUp(product(areaCentiM2, rateMillifenPerM2), CENTI * MILLIFEN_PER_FEN);
}

/**
 * Metered charge: consumption (hundredths of a unit) × tariff (millifen per unit), half-up to the fen.
 * @example meteredFeeFen(12345, 48830) // 123.45 kWh × 0.4883 元 = 60.28 元 → 6028
 */
export function meteredFeeFen(consumptionCenti: number, tariffMillifen: number): number {
  return divHalfUp(product(consumptionCenti, tariffMillifen), CENTI * MILLIFEN_PER_FEN);
}

/**
 * Splits `totalFen` by weights (areas) so the parts sum exactly to the total: each part
 * gets the floor of its exact share, then the fen left over go one each to the largest
 * remainders (ties: earlier index first, so the result is deterministic).
 * @example apportion(100, [1, 1, 1]) // [34, 33, 33]
 */
export function apportion(totalFen: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(totalFen) || totalFen < 0)
    throw new RangeError(`expected a non-negative fen total, got ${totalFen}`);
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0))
    throw new RangeError('weights must be non-negative integers');
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) {
    if (totalFen === 0) return weights.map(() => 0);
    throw new RangeError('cannot apportion a non-zero total over zero weight');
  }
  const parts = weights.map((w) => Math.floor(product(totalFen, w) / sum));
  const remainders = weights.map((w, i) => ({ i, r: product(totalFen, w) - parts[i]! * sum }));
  let left = totalFen - parts.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of remainders) {
    if (left === 0) break;
    parts[i]!++;
    left--;
  }
  return parts;
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(s: string): boolean {
  return MONTH_RE.test(s);
}

/** First and last day of a 'YYYY-MM' month. */
export function monthBounds(month: string): { first: string; last: string; days: number } {
  const m = MONTH_RE.exec(month);
  if (!m) throw new RangeError(`Invalid month "${month}": expected YYYY-MM`);
  const days = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(days).padStart(2, '0')}`, days };
}

export function monthOf(day: string): string {
  if (!isLocalDay(day)) throw new RangeError(`Invalid day "${day}"`);
  return day.slice(0, 7);
}

export function nextMonth(month: string): string {
  return monthOf(addDays(monthBounds(month).last, 1));
}

/** Days of `month` covered by [start, end] (end inclusive, null = open-ended). */
export function daysCovered(month: string, start: string, end: string | null): number {
  const { first, last } = monthBounds(month);
  const from = start > first ? start : first;
  const to = end !== null && end < last ? end : last;
  if (from > to) return 0;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * A monthly amount for the part of the month a payer is billed (HND-3: fees run from the
 * handover day): amount × covered days / days in month, half-up to the fen.
 * @example prorateMonth(3100, '2026-12', '2026-12-17', null) // 15 of 31 days → 1500
 */
export function prorateMonth(amountFen: number, month: string, start: string, end: string | null): number {
  const covered = daysCovered(month, start, end);
  const { days } = monthBounds(month);
  if (covered === days) return amountFen;
  return divHalfUp(product(amountFen, covered), days);
}

const HOUR_MS = 3_600_000;
/** BKG-2: the longest overtime air-conditioning use one entry may record. */
export const OVERTIME_AC_MAX_HOURS = 24;

/**
 * Started hours between two instants: every hour begun counts as a whole one.
 * @example startedHours(Date.parse('2026-11-20T11:00:00Z'), Date.parse('2026-11-20T13:10:00Z')) // 2 h 10 min → 3
 */
export function startedHours(startMs: number, endMs: number): number {
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs <= startMs)
    throw new RangeError('the end must be after the start');
  return Math.ceil((endMs - startMs) / HOUR_MS);
}

/**
 * BKG-2 overtime air-conditioning (加时空调): started hours × the hourly price, in fen.
 * @example overtimeAcCharge(Date.parse('2026-11-20T11:00:00Z'), Date.parse('2026-11-20T13:10:00Z'), 8_000) // { hours: 3, amountFen: 24_000 }
 */
export function overtimeAcCharge(
  startMs: number,
  endMs: number,
  hourFen: number,
): { hours: number; amountFen: number } {
  if (!Number.isSafeInteger(hourFen) || hourFen <= 0)
    throw new RangeError(`expected a positive hourly price in fen, got ${hourFen}`);
  const hours = startedHours(startMs, endMs);
  return { hours, amountFen: product(hours, hourFen) };
}

/**
 * Consumption between two readings (hundredths). A reading below the previous one is a
 * replaced meter or a mistake: only a reading marked as a replacement may go down, and
 * then consumption is what the old meter ran up to its final reading plus what the new
 * one has run since its start value.
 */
export type ConsumptionResult =
  | { ok: true; consumption: number }
  | { ok: false; reason: 'below_previous' | 'replacement_final_below_previous' | 'below_new_start' };

export function consumptionOf(r: {
  previous: number;
  value: number;
  replacement?: { oldFinal: number; newStart: number };
}): ConsumptionResult {
  if (!r.replacement)
    return r.value < r.previous
      ? { ok: false, reason: 'below_previous' }
      : { ok: true, consumption: r.value - r.previous };
  if (r.replacement.oldFinal < r.previous) return { ok: false, reason: 'replacement_final_below_previous' };
  if (r.value < r.replacement.newStart) return { ok: false, reason: 'below_new_start' };
  return { ok: true, consumption: r.replacement.oldFinal - r.previous + (r.value - r.replacement.newStart) };
}

/** FEE-3: the unpaid list goes to CS three days before the due date, the second notice one day before. */
export const REMINDER_TIME = '09:00';
export function reminderDays(dueDate: string): { unpaidList: string; secondNotice: string } {
  return { unpaidList: addDays(dueDate, -3), secondNotice: addDays(dueDate, -1) };
}

/** Default due date of a month's bill: the 10th of the following month (changeable per generation). */
export function defaultDueDate(period: string): string {
  return `${nextMonth(period)}-10`;
}

/** '1057.69' — amounts in messages are shown in 元 with two decimals, computed from fen without floats. */
export { fenToYuan as yuan } from '../../platform/print/format.ts';
