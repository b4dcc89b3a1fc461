/**
 * The working-day calendar is data (DOMAIN.md, time words): one row per exceptional date.
 * Staff import a year as plain lines, one date or range each:
 *   2026-10-01..2026-10-07 holiday 国庆节
 *   2026-10-10 workday 国庆调休
 * 'holiday' may be written 休 / 假, 'workday' 班 / 上班. Blank lines and # comments are skipped.
 */
export type DayKind = 'holiday' | 'workday';

export interface CalendarDay {
  day: string; // YYYY-MM-DD
  kind: DayKind;
  name: string;
}

export type CalendarProblem =
  | { line: number; key: 'calendar.bad_line'; params: { line: number; text: string } }
  | { line: number; key: 'calendar.duplicate_day'; params: { line: number; day: string } }
  | { line: number; key: 'calendar.year_mismatch'; params: { line: number; year: number } };

const KIND_WORDS: Record<string, DayKind> = {
  holiday: 'holiday',
  休: 'holiday',
  假: 'holiday',
  workday: 'workday',
  班: 'workday',
  上班: 'workday',
};
const LINE_RE = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:\.\.|～|~|至)\s*(\d{4}-\d{2}-\d{2}))?\s+(\S+)\s*(.*)$/;

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function nextDay(s: string): string {
  const d = new Date(`${s}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Parses the list; every problem is reported with its line number, and nothing is returned if any. */
export function parseCalendarText(
  text: string,
  year?: number,
): { days: CalendarDay[]; problems: CalendarProblem[] } {
  const days: CalendarDay[] = [];
  const problems: CalendarProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const s = raw.replace(/#.*$/, '').trim();
    if (!s) return;
    const m = LINE_RE.exec(s);
    const kind = m ? KIND_WORDS[m[3]!.toLowerCase()] : undefined;
    const from = m?.[1];
    const to = m?.[2] ?? from;
    if (
      !m ||
      !kind ||
      !from ||
      !to ||
      !isRealDate(from) ||
      !isRealDate(to) ||
      to < from ||
      (Date.parse(to) - Date.parse(from)) / 86_400_000 > 31
    ) {
      problems.push({ line, key: 'calendar.bad_line', params: { line, text: s.slice(0, 60) } });
      return;
    }
    for (let d = from; d <= to; d = nextDay(d)) {
      if (year !== undefined && Number(d.slice(0, 4)) !== year) {
        problems.push({ line, key: 'calendar.year_mismatch', params: { line, year } });
        return;
      }
      if (seen.has(d)) {
        problems.push({ line, key: 'calendar.duplicate_day', params: { line, day: d } });
        return;
      }
      seen.add(d);
      days.push({ day: d, kind, name: m[4]!.trim() });
    }
  });
  days.sort((a, b) => a.day.localeCompare(b.day));
  return problems.length ? { days: [], problems } : { days, problems };
}
