/** A local month ('YYYY-MM') of a project as UTC bounds [start, end), and the current month. */
import { instantAt, localDay } from '../../../platform/calendar/index.ts';
import { monthDays } from './visit-rules.ts';

export function monthBounds(month: string, timeZone: string): { start: string; end: string } {
  const { from, next } = monthDays(month);
  return {
    start: instantAt(from, '00:00', timeZone).toISOString(),
    end: instantAt(next, '00:00', timeZone).toISOString(),
  };
}

export function currentMonth(now: Date, timeZone: string): string {
  return localDay(now, timeZone).slice(0, 7);
}
