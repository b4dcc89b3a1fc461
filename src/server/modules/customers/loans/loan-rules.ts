/**
 * CUS-4 archive loans (档案借阅), pure: a paper file goes out on a day not after today and
 * is due back on or after that day; it comes back on a day between the two ends; it is
 * overdue from the day after its due day until it is back. Days are the project's local days.
 */

export const LOAN_STATES = ['out', 'overdue', 'returned'] as const;
export type LoanState = (typeof LOAN_STATES)[number];

export interface DayProblem {
  path: string;
  key: string;
  params?: Record<string, string>;
}

/** Whole days from a to b ('YYYY-MM-DD'). @example daysBetween('2026-11-25', '2026-12-01') // 6 */
export function daysBetween(a: string, b: string): number {
  const utc = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** @example lendProblems({ outDay: '2026-11-25', dueDay: '2026-11-20', today: '2026-11-25' }) // [{ path: 'dueDay', key: 'loan.due_before_out', … }] */
export function lendProblems(o: { outDay: string; dueDay: string; today: string }): DayProblem[] {
  const problems: DayProblem[] = [];
  if (o.outDay > o.today) problems.push({ path: 'outDay', key: 'loan.out_in_future' });
  if (o.dueDay < o.outDay)
    problems.push({ path: 'dueDay', key: 'loan.due_before_out', params: { outDay: o.outDay } });
  return problems;
}

export function returnProblems(o: { outDay: string; backDay: string; today: string }): DayProblem[] {
  const problems: DayProblem[] = [];
  if (o.backDay < o.outDay)
    problems.push({ path: 'backDay', key: 'loan.back_before_out', params: { outDay: o.outDay } });
  if (o.backDay > o.today) problems.push({ path: 'backDay', key: 'loan.back_in_future' });
  return problems;
}

export function loanState(l: { dueDay: string; backDay: string | null }, today: string): LoanState {
  if (l.backDay) return 'returned';
  return l.dueDay < today ? 'overdue' : 'out';
}

/** Days past the due day of a file still out (0 when not overdue or already back). */
export function daysOverdue(l: { dueDay: string; backDay: string | null }, today: string): number {
  return loanState(l, today) === 'overdue' ? daysBetween(l.dueDay, today) : 0;
}
