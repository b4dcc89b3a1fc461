/**
 * Pure rules of the monthly property status report (月度物业动态信息表, STA-1): the month's
 * dates, when the report is late, and each unit's status at a moment rebuilt from the
 * status history (PRP-2). No I/O.
 */
import { addDays } from '../../platform/calendar/index.ts';

/** The report of a month is due on this day of the next month (每月3日前). */
export const DUE_DAY = 3;
/** Units are surveyed before this day of the month (每月30日前), or by the month's last day. */
export const SURVEY_DAY = 30;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** @example isMonth('2026-11') // true */
export function isMonth(s: string): boolean {
  return MONTH.test(s);
}

/** @example nextMonth('2026-12') // '2027-01' */
export function nextMonth(month: string): string {
  return addDays(`${month}-28`, 4).slice(0, 7);
}

/** @example previousMonth('2027-01') // '2026-12' */
export function previousMonth(month: string): string {
  return addDays(`${month}-01`, -1).slice(0, 7);
}

/** @example dueDate('2026-11') // '2026-12-03' */
export function dueDate(month: string): string {
  return `${nextMonth(month)}-${String(DUE_DAY).padStart(2, '0')}`;
}

/** The last day for the month's survey: the 30th, or the month's last day when shorter (February). */
export function surveyDeadline(month: string): string {
  const last = addDays(`${nextMonth(month)}-01`, -1);
  return last.slice(8) < String(SURVEY_DAY) ? last : `${month}-${SURVEY_DAY}`;
}

/**
 * A report is late when it was signed after its due date, or is still unsigned after it.
 * @example isLate({ month: '2026-10', signedOn: null, today: '2026-11-25' }) // true
 */
export function isLate(p: { month: string; signedOn: string | null; today: string }): boolean {
  return (p.signedOn ?? p.today) > dueDate(p.month);
}

/** A month's report can be drawn up once the month has begun (its survey runs inside it). */
export function canPrepare(month: string, today: string): boolean {
  return month <= today.slice(0, 7);
}

/** The months the report page lists: this month and the eleven before it, newest first. */
export function recentMonths(today: string, count = 12): string[] {
  const out = [today.slice(0, 7)];
  while (out.length < count) out.push(previousMonth(out[out.length - 1]!));
  return out;
}

/**
 * A unit's status at a moment, from its status now and its changes after that moment
 * (oldest first): before the first later change it was that change's `from`. A unit whose
 * first later change has no `from` did not exist yet (null).
 * @example statusAt('renovating', [{ fromStatus: 'vacant' }]) // 'vacant'
 */
export function statusAt(
  current: string,
  laterChanges: readonly { fromStatus: string | null }[],
): string | null {
  return laterChanges.length ? laterChanges[0]!.fromStatus : current;
}
