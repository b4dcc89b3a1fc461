/**
 * Temporary (visitor) parking fee, PRK-2: on the example project 2 元 for the first 2 hours,
 * then 1 元 per started hour, at most 6 元 per calendar day — all configurable per project.
 *
 * How a stay that crosses midnight is split (documented in README.md): the stay is priced
 * as one continuous stay — a first period, then started hours — and each of those charging
 * periods belongs to the local calendar day (project time zone) on which it starts; the
 * daily cap then applies to each day's sum. So 23:00→02:00 costs 2 元 (first period,
 * day 1) + 1 元 (the hour from 01:00, day 2) = 3 元, the same as three hours by day: crossing
 * midnight alone never costs the driver a second first-period charge.
 */
import { localDay } from '../../platform/calendar/index.ts';
import { assertTariff, type TemporaryTariff } from '../billing/tariff-rules.ts';
import type { TemporaryFee } from './contract.ts';

export type { TemporaryFee };

export { DEFAULT_TEMPORARY_TARIFF, type TemporaryTariff } from '../billing/tariff-rules.ts';

/** Longest stay priced; a longer one is a data-entry mistake, not a fee. */
export const MAX_STAY_DAYS = 366;

/**
 * @example temporaryParkingFee(new Date('2026-11-25T15:00:00Z'), new Date('2026-11-25T18:00:00Z'), DEFAULT_TEMPORARY_TARIFF, 'Asia/Shanghai').totalFen // 300 (23:00→02:00 local)
 */
export function temporaryParkingFee(
  entry: Date,
  exit: Date,
  tariff: TemporaryTariff,
  timeZone: string,
): TemporaryFee {
  assertTariff(tariff);
  const start = entry.getTime();
  const end = exit.getTime();
  if (!Number.isFinite(start) || !Number.isFinite(end))
    throw new RangeError('entry and exit must be valid instants');
  if (end < start) throw new RangeError('exit is before entry');
  if (end - start > MAX_STAY_DAYS * 86_400_000)
    throw new RangeError(`a stay longer than ${MAX_STAY_DAYS} days`);
  // Whole minutes parked, a started minute counting as a minute (the gate clock shows minutes).
  const minutes = Math.ceil((end - start) / 60_000);
  if (minutes === 0 || minutes <= tariff.freeMinutes) return { minutes, totalFen: 0, days: [] };

  const byDay = new Map<string, number>();
  const charge = (at: number, fen: number) => {
    const day = localDay(new Date(at), timeZone);
    byDay.set(day, (byDay.get(day) ?? 0) + fen);
  };
  charge(start, tariff.firstFen);
  for (let m = tariff.firstMinutes; m < minutes; m += 60) charge(start + m * 60_000, tariff.hourFen);

  const days = [...byDay].map(([day, uncappedFen]) => ({
    day,
    uncappedFen,
    fen: tariff.dailyCapFen > 0 ? Math.min(uncappedFen, tariff.dailyCapFen) : uncappedFen,
  }));
  return { minutes, totalFen: days.reduce((s, d) => s + d.fen, 0), days };
}
