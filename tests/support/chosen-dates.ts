/**
 * The calendar days the date-sensitive tests are run on besides their usual one: each is a
 * day on which a week, month or year turns, or the working calendar says "holiday", and so a
 * day on which code that silently assumed "today" would break. The instants are UTC; the
 * comments give the time in Beijing (the demo projects' zone).
 */
export interface ChosenDate {
  /** What makes the day hard, e.g. 'a Monday'. */
  label: string;
  /** The instant, ISO in UTC. */
  at: string;
  /** The local day in Asia/Shanghai. */
  day: string;
}

export const CHOSEN_DATES: readonly ChosenDate[] = [
  // The Monday the suite first failed on ("last complete week" and "this week" differ, and the
  // picker's month panel opened on a week that holds no today), at 00:30 in Beijing — still
  // Sunday in UTC, so a week counted in the wrong zone shows.
  { label: 'a Monday', at: '2026-12-06T16:30:00.000Z', day: '2026-12-07' },
  // 09:30 on the 1st (a Tuesday): this week began in the previous month.
  { label: 'the first day of a month', at: '2026-12-01T01:30:00.000Z', day: '2026-12-01' },
  // 16:00 on Sunday 28 February 2027: the last day of a short month and of a week.
  { label: 'the last day of a month (a Sunday)', at: '2027-02-28T08:00:00.000Z', day: '2027-02-28' },
  // 00:30 on 1 January 2027 in Beijing, still 31 December in UTC.
  { label: 'the turn of a year', at: '2026-12-31T16:30:00.000Z', day: '2027-01-01' },
  // 11:00 on 3 October 2026, a Saturday inside the National Day holiday (国庆节).
  { label: 'a day inside the National Day holiday', at: '2026-10-03T03:00:00.000Z', day: '2026-10-03' },
];
