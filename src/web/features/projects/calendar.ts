/**
 * The calendar year as people read it: consecutive days of the same holiday make one range
 * ("2026-10-01..2026-10-07 holiday 国庆节"), which is also the import format the server takes
 * (projects/calendar-rules.ts), so the list can be edited and imported back.
 */
import type { CalendarDay } from '../../app/types.ts';

export interface DayRange {
  from: string;
  to: string;
  kind: CalendarDay['kind'];
  name: string;
  days: number;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * @example toRanges([{ day: '2026-10-01', kind: 'holiday', name: '国庆节' }, { day: '2026-10-02', kind: 'holiday', name: '国庆节' }])
 *   // [{ from: '2026-10-01', to: '2026-10-02', kind: 'holiday', name: '国庆节', days: 2 }]
 */
export function toRanges(days: CalendarDay[]): DayRange[] {
  const sorted = [...days].sort((a, b) => a.day.localeCompare(b.day));
  const out: DayRange[] = [];
  for (const d of sorted) {
    const last = out.at(-1);
    if (last && last.kind === d.kind && last.name === d.name && nextDay(last.to) === d.day) {
      last.to = d.day;
      last.days += 1;
    } else {
      out.push({ from: d.day, to: d.day, kind: d.kind, name: d.name, days: 1 });
    }
  }
  return out;
}

/**
 * @example toImportText(toRanges(days)) // '2026-10-01..2026-10-07 holiday 国庆节\n2026-10-10 workday 国庆调休'
 */
export function toImportText(ranges: DayRange[]): string {
  return ranges
    .map((r) => `${r.from === r.to ? r.from : `${r.from}..${r.to}`} ${r.kind}${r.name ? ` ${r.name}` : ''}`)
    .join('\n');
}

/** Line number of a calendar field problem: 'text.line.3' → 3. */
export function lineOfPath(path: string): number | null {
  const m = /^text\.line\.(\d+)$/.exec(path);
  return m ? Number(m[1]) : null;
}
