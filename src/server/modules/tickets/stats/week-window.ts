/**
 * The instants a report covers: local days turned into UTC bounds in the project's zone,
 * half-open [start, end) so a ticket at local midnight belongs to exactly one week.
 */
import { addDays, instantAt } from '../../../platform/calendar/index.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import type { ReportDays } from './stats-rules.ts';

export interface WeekWindow {
  db: DbOrTrx;
  projectId: string;
  /** ISO UTC, inclusive. */
  start: string;
  /** ISO UTC, exclusive. */
  end: string;
  /** When the report is made: open deadlines already past it count as breached. */
  now: Date;
}

/**
 * @example utcBounds({ from: '2026-11-16', to: '2026-11-22', label: '2026-W47' }, 'Asia/Shanghai')
 *   // { start: '2026-11-15T16:00:00.000Z', end: '2026-11-22T16:00:00.000Z' }
 */
export function utcBounds(
  days: Pick<ReportDays, 'from' | 'to'>,
  timeZone: string,
): { start: string; end: string } {
  return {
    start: instantAt(days.from, '00:00', timeZone).toISOString(),
    end: instantAt(addDays(days.to, 1), '00:00', timeZone).toISOString(),
  };
}

/** Counts come back as number (SQLite), bigint-as-number or numeric-as-string (PostgreSQL sums). */
export function num(v: unknown): number {
  return v === null || v === undefined ? 0 : Number(v);
}
