/** Pure rules for project settings. */

export interface Period {
  start: string; // 'HH:MM'
  end: string;
}

/** Front-desk standing service hours from the manuals (DOMAIN.md, time words). */
export const DEFAULT_WORKING_HOURS: Period[] = [
  { start: '08:30', end: '12:20' },
  { start: '13:30', end: '17:10' },
];

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Periods must be non-empty, each start < end, in order and not overlapping. */
export function validWorkingHours(periods: Period[]): boolean {
  if (periods.length === 0) return false;
  let last = -1;
  for (const p of periods) {
    const s = minutesOf(p.start);
    const e = minutesOf(p.end);
    if (!(s < e) || s < last) return false;
    last = e;
  }
  return true;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
