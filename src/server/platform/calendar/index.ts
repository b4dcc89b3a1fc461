/** Working days, working hours and deadline arithmetic: what other modules may call. */
export {
  SCAN_LIMIT_DAYS,
  addClockMinutes,
  addWorkingDays,
  addWorkingMinutes,
  assertWorkCalendar,
  endOfLocalDay,
  isWorkingDay,
  nextWorkingDay,
  workingIntervalsOn,
  workingMinutesBetween,
  type DayKind,
  type WorkCalendar,
  type WorkingPeriod,
} from './working-time.ts';
export {
  addDays,
  instantAt,
  isLocalDay,
  isoWeekday,
  localDay,
  localTime,
  toLocal,
  utcOffsetMinutes,
  type LocalDateTime,
} from './zoned-time.ts';
export { DEFAULT_TIME_ZONE, loadWorkCalendar } from './load-calendar.ts';
export {
  PROJECT_CLOCK_COLUMNS,
  projectClock,
  projectClockOf,
  type ProjectClock,
  type ProjectClockRow,
} from './project-clock.ts';
