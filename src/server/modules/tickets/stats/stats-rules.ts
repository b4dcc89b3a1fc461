/**
 * Pure rules of the weekly service-desk report (CMP-10, REQ-3, CBK-2, RPT-1/RPT-2): which
 * local days a report covers, the complaint type × level matrix, repeat complaints, and
 * whether a deadline was kept. No I/O, so every edge is tested quickly.
 */
import { addDays, isLocalDay, isoWeekday } from '../../../platform/calendar/index.ts';
import { COMPLAINT_TYPES } from '../complaint-rules.ts';
import { COMPLAINT_LEVELS } from '../deadline-rules.ts';

/** CMP-10: a complaint counts as a repeat when the same customer complained within this many days before. */
export const REPEAT_WINDOW_DAYS = 90;
/** A custom from/to range longer than a year is a mistake, not a report. */
export const MAX_RANGE_DAYS = 366;

/** Rows of the CMP-10 matrix: the manual's types, plus complaints nobody has typed yet. */
export const COMPLAINT_TYPE_ROWS = [...COMPLAINT_TYPES, 'unclassified'] as const;
export type ComplaintTypeRow = (typeof COMPLAINT_TYPE_ROWS)[number];
/** Columns: the CMP-3 levels, invalid (CMP-2), and not graded yet (unclassified or settled on the spot). */
export const COMPLAINT_COLUMNS = [...COMPLAINT_LEVELS, 'invalid', 'ungraded'] as const;
export type ComplaintColumn = (typeof COMPLAINT_COLUMNS)[number];

/** The local days a report covers, both inclusive, and how to name them. */
export interface ReportDays {
  from: string;
  to: string;
  /** '2026-W47' for an ISO week, '2026-11-16..2026-11-20' for a custom range. */
  label: string;
}

const WEEK_RE = /^(\d{4})-W(\d{2})$/;

/**
 * The Monday of ISO week `week` of ISO year `year`, or null when that week does not exist
 * (week 53 of a 52-week year). Week 1 is the week with the year's first Thursday in it.
 * @example isoWeekMonday(2026, 47) // '2026-11-16'
 */
export function isoWeekMonday(year: number, week: number): string | null {
  if (!Number.isInteger(week) || week < 1 || week > 53) return null;
  const jan4 = `${String(year).padStart(4, '0')}-01-04`;
  const monday = addDays(addDays(jan4, 1 - isoWeekday(jan4)), (week - 1) * 7);
  const back = isoWeekOf(monday);
  return back.year === year && back.week === week ? monday : null;
}

/**
 * The ISO year and week of a local day: the week belongs to the year its Thursday is in.
 * @example isoWeekOf('2027-01-01') // { year: 2026, week: 53 }
 */
export function isoWeekOf(day: string): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = Number(thursday.slice(0, 4));
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  const ordinal = Math.round(
    (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${jan1}T00:00:00Z`)) / 86_400_000,
  );
  return { year, week: Math.floor(ordinal / 7) + 1 };
}

export function weekLabel(day: string): string {
  const { year, week } = isoWeekOf(day);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week 'YYYY-Www' as Monday..Sunday, or null when it is not a real week. */
export function weekDays(param: string): ReportDays | null {
  const m = WEEK_RE.exec(param);
  if (!m) return null;
  const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
  return monday ? { from: monday, to: addDays(monday, 6), label: param } : null;
}

/**
 * The last complete Monday–Sunday week before the local day `today` — what the Monday
 * department meeting (ORG-5) and the Friday summary (REQ-3) look back on.
 * @example lastCompleteWeek('2026-11-25') // { from: '2026-11-16', to: '2026-11-22', label: '2026-W47' }
 */
export function lastCompleteWeek(today: string): ReportDays {
  const monday = addDays(today, 1 - isoWeekday(today) - 7);
  return { from: monday, to: addDays(monday, 6), label: weekLabel(monday) };
}

export interface RangeInput {
  week?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Why a range request was refused: a message key and the field it concerns. */
export interface RangeProblem {
  key: 'report.week_invalid' | 'report.week_or_range' | 'report.range_incomplete' | 'report.range_invalid';
  path: 'week' | 'from' | 'to';
}

/**
 * The days a report request asks for: a week, a from/to range, or (neither) the last
 * complete week before `today`.
 * @example reportDays({ week: '2026-W47' }, '2026-12-01') // { from: '2026-11-16', to: '2026-11-22', label: '2026-W47' }
 * @example reportDays({ from: '2026-11-22', to: '2026-11-16' }, '2026-12-01') // { key: 'report.range_invalid', path: 'to' }
 */
export function reportDays(input: RangeInput, today: string): ReportDays | RangeProblem {
  const hasRange = input.from !== undefined || input.to !== undefined;
  if (input.week !== undefined) {
    if (hasRange) return { key: 'report.week_or_range', path: 'week' };
    return weekDays(input.week) ?? { key: 'report.week_invalid', path: 'week' };
  }
  if (!hasRange) return lastCompleteWeek(today);
  if (input.from === undefined || input.to === undefined)
    return { key: 'report.range_incomplete', path: input.from === undefined ? 'from' : 'to' };
  if (!isLocalDay(input.from)) return { key: 'report.range_invalid', path: 'from' };
  if (!isLocalDay(input.to) || input.to < input.from || addDays(input.from, MAX_RANGE_DAYS - 1) < input.to)
    return { key: 'report.range_invalid', path: 'to' };
  const whole = isoWeekday(input.from) === 1 && addDays(input.from, 6) === input.to;
  return {
    from: input.from,
    to: input.to,
    label: whole ? weekLabel(input.from) : `${input.from}..${input.to}`,
  };
}

export function isRangeProblem(x: ReportDays | RangeProblem): x is RangeProblem {
  return 'key' in x;
}

/**
 * A share rounded to 4 decimals (0.8333), or null when nothing was counted — "no callbacks
 * were due" is not a 0 % callback rate.
 */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

export type MatrixRow = { type: ComplaintTypeRow; total: number } & Record<ComplaintColumn, number>;

/** One grouped count from SQL: complaints of a type, validity and level. */
export interface ComplaintCount {
  complaintType: string | null;
  validity: string | null;
  level: string | null;
  n: number;
}

function emptyRow(type: ComplaintTypeRow): MatrixRow {
  return { type, major: 0, important: 0, minor: 0, invalid: 0, ungraded: 0, total: 0 };
}

export function columnOf(validity: string | null, level: string | null): ComplaintColumn {
  if (validity === 'invalid') return 'invalid';
  return (COMPLAINT_LEVELS as readonly string[]).includes(level ?? '')
    ? (level as ComplaintColumn)
    : 'ungraded';
}

/**
 * CMP-10: the type × level matrix, every type present (zeros included) so weeks compare
 * line by line, with a totals row last.
 */
export function complaintMatrix(counts: readonly ComplaintCount[]): {
  rows: MatrixRow[];
  totals: Omit<MatrixRow, 'type'>;
} {
  const rows = COMPLAINT_TYPE_ROWS.map(emptyRow);
  const totals = emptyRow('unclassified');
  for (const c of counts) {
    const typeIndex = COMPLAINT_TYPE_ROWS.indexOf((c.complaintType ?? 'unclassified') as ComplaintTypeRow);
    const row = rows[typeIndex === -1 ? COMPLAINT_TYPE_ROWS.length - 1 : typeIndex]!;
    const col = columnOf(c.validity, c.level);
    row[col] += c.n;
    row.total += c.n;
    totals[col] += c.n;
    totals.total += c.n;
  }
  const { type: _type, ...sum } = totals;
  return { rows, totals: sum };
}

/** A complaint as the repeat rule sees it. */
export interface ComplainantTicket {
  ticketId: string;
  number: string;
  customerId: string | null;
  phoneNorm: string;
  customerName: string;
  receivedAt: string;
}

/**
 * Whether two complaints came from the same customer: by customer id when both were
 * identified, else by the normalised phone — a caller not yet in the archive is still
 * recognised by caller ID. Two complaints with neither are never the same customer.
 */
export function sameComplainant(
  a: Pick<ComplainantTicket, 'customerId' | 'phoneNorm'>,
  b: Pick<ComplainantTicket, 'customerId' | 'phoneNorm'>,
): boolean {
  if (a.customerId && b.customerId) return a.customerId === b.customerId;
  return a.phoneNorm !== '' && a.phoneNorm === b.phoneNorm;
}

export interface RepeatComplaint extends ComplainantTicket {
  /** The same customer's complaints in the 90 days before this one, oldest first. */
  previous: { ticketId: string; number: string; receivedAt: string }[];
}

/**
 * CMP-10 "repeat complaints highlighted": each complaint of the week whose customer
 * complained before within REPEAT_WINDOW_DAYS (earlier the same week counts too).
 * `candidates` are the complaints that may precede them (the week's and the 90 days before).
 */
export function findRepeats(
  week: readonly ComplainantTicket[],
  candidates: readonly ComplainantTicket[],
): RepeatComplaint[] {
  const windowMs = REPEAT_WINDOW_DAYS * 86_400_000;
  const out: RepeatComplaint[] = [];
  for (const c of week) {
    const at = Date.parse(c.receivedAt);
    const previous = candidates
      .filter((p) => p.ticketId !== c.ticketId && sameComplainant(c, p))
      .filter((p) => {
        const pAt = Date.parse(p.receivedAt);
        // Same instant: the one with the smaller id (made first) is the earlier.
        return (pAt < at || (pAt === at && p.ticketId < c.ticketId)) && pAt >= at - windowMs;
      })
      .sort(
        (x, y) => Date.parse(x.receivedAt) - Date.parse(y.receivedAt) || x.ticketId.localeCompare(y.ticketId),
      );
    if (previous.length)
      out.push({
        ...c,
        previous: previous.map((p) => ({ ticketId: p.ticketId, number: p.number, receivedAt: p.receivedAt })),
      });
  }
  return out.sort(
    (x, y) => Date.parse(x.receivedAt) - Date.parse(y.receivedAt) || x.number.localeCompare(y.number),
  );
}

/** A stored deadline, as the on-time rules read it. */
export interface DeadlineRecord {
  status: string;
  dueAt: string;
  metAt: string | null;
  breachedAt: string | null;
}

export type DeadlineOutcome = 'met' | 'breached' | 'pending';

/**
 * Whether a ticket kept its deadline of one kind (RPT-2 on-time %): breached if any
 * deadline of that kind was ever breached — even one later withdrawn when the level
 * changed, or one met late before the sweeper noticed — or is open and already past due;
 * met if one was met by its due time; pending while one is open and not yet due; null
 * when it never had one that counted (withdrawn unbreached, or cancelled with the ticket).
 */
export function deadlineOutcome(deadlines: readonly DeadlineRecord[], now: Date): DeadlineOutcome | null {
  const due = (d: DeadlineRecord) => Date.parse(d.dueAt);
  const breached = deadlines.some(
    (d) =>
      d.breachedAt !== null ||
      (d.status !== 'cancelled' && d.metAt !== null && Date.parse(d.metAt) > due(d)) ||
      (d.status === 'open' && due(d) <= now.getTime()),
  );
  if (breached) return 'breached';
  if (deadlines.some((d) => d.status === 'met')) return 'met';
  if (deadlines.some((d) => d.status === 'open')) return 'pending';
  return null;
}

export interface OutcomeCounts {
  met: number;
  breached: number;
  pending: number;
  /** met / (met + breached): pending ones are not judged yet. */
  onTimeRate: number | null;
}

export function countOutcomes(outcomes: readonly (DeadlineOutcome | null)[]): OutcomeCounts {
  const met = outcomes.filter((o) => o === 'met').length;
  const breached = outcomes.filter((o) => o === 'breached').length;
  const pending = outcomes.filter((o) => o === 'pending').length;
  return { met, breached, pending, onTimeRate: rate(met, met + breached) };
}
