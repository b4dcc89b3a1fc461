/**
 * Work calendars built the way staff enter them: the projects module's import text
 * (parseCalendarText) and the demo 2026 list. Platform's calendar tests use these, so
 * platform code itself never imports the projects module.
 */
import { CALENDAR_2026 } from '../../../src/server/demo/campus-calendar.ts';
import { parseCalendarText } from '../../../src/server/modules/projects/calendar-rules.ts';
import type { WorkCalendar, WorkingPeriod } from '../../../src/server/platform/calendar/working-time.ts';

/** Front-desk hours from the manuals: 230 + 220 = 450 working minutes a day. */
export const FRONT_DESK_HOURS: WorkingPeriod[] = [
  { start: '08:30', end: '12:20' },
  { start: '13:30', end: '17:10' },
];

export function createTestCalendar(
  text: string,
  opts: { timeZone?: string; periods?: WorkingPeriod[] } = {},
): WorkCalendar {
  const { days, problems } = parseCalendarText(text);
  if (problems.length) throw new Error(`bad test calendar: ${JSON.stringify(problems)}`);
  return {
    timeZone: opts.timeZone ?? 'Asia/Shanghai',
    periods: opts.periods ?? FRONT_DESK_HOURS,
    exceptions: new Map(days.map((d) => [d.day, d.kind])),
  };
}

/** The demo projects' 2026 mainland-China calendar, Asia/Shanghai, front-desk hours. */
export const CN_2026: WorkCalendar = createTestCalendar(CALENDAR_2026);

/** Instant from a literal with an explicit offset, parsed by Date itself (not by the code under test). */
export const at = (isoWithOffset: string): Date => new Date(isoWithOffset);
