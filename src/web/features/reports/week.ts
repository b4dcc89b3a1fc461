/**
 * The weekly report's week: a local Monday–Sunday, named on the wire by its from/to days
 * (YYYY-MM-DD). Pure helpers, unit-tested in week.test.ts.
 */

const DAY = 86_400_000;

function parseDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Monday of the week holding `day`. @example mondayOf('2026-11-25') // '2026-11-23' */
export function mondayOf(day: string): string {
  const ms = parseDay(day);
  const dow = new Date(ms).getUTCDay(); // 0 = Sunday
  return formatDay(ms - ((dow + 6) % 7) * DAY);
}

/** The Monday–Sunday range starting at `monday`. */
export function weekRange(monday: string): { from: string; to: string } {
  return { from: monday, to: formatDay(parseDay(monday) + 6 * DAY) };
}

/** Today's date in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The Monday of the last complete week (the server's default) seen from `today`. */
export function lastCompleteMonday(today: string): string {
  return formatDay(parseDay(mondayOf(today)) - 7 * DAY);
}

/** A rate 0–1 as a percentage with at most one decimal; nothing to rate → '—'. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toString()}%`;
}

/** The query naming a week, e.g. 'from=2026-11-23&to=2026-11-29'. */
export function weekQuery(monday: string): string {
  const r = weekRange(monday);
  return new URLSearchParams({ from: r.from, to: r.to }).toString();
}

/** The .xlsx download of the week, in the screen language. */
export function xlsxUrl(projectId: string, monday: string, lang: string): string {
  return `/api/projects/${projectId}/reports/weekly.xlsx?${weekQuery(monday)}&lang=${encodeURIComponent(lang)}`;
}

/** A `?week=` value from the page URL if it is a date; any day of the week is accepted. */
export function weekFromParam(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(parseDay(value))
    ? mondayOf(value)
    : null;
}
