/** Months and days of the cashier's calendar, in the project's time zone. Pure. */

/**
 * The month before the one `today` is in: the month a cashier bills in the first days of the next.
 * @example previousMonth('2026-12-01') // '2026-11'
 */
export function previousMonth(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The default due date of a month's bills (server rules.ts defaultDueDate): the 10th of the next month.
 * @example defaultDueDate('2026-12') // '2027-01-10'
 */
export function defaultDueDate(period: string): string {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  return m === 12 ? `${y + 1}-01-10` : `${y}-${String(m + 1).padStart(2, '0')}-10`;
}

export type BillState = 'paid' | 'open' | 'overdue';

/** Settled, still open, or open past its due date as of `today`. */
export function billState(b: { outstandingFen: number; dueDate: string }, today: string): BillState {
  if (b.outstandingFen <= 0) return 'paid';
  return b.dueDate < today ? 'overdue' : 'open';
}
