/**
 * CBK-3 proactive customer visits (客户访问): the monthly targets and how progress toward
 * them is counted. Pure.
 */
import { addDays } from '../../../platform/calendar/index.ts';

/** Each CS assistant (客户助理) visits at least 20 customers a month … */
export const VISITS_PER_ASSISTANT = 20;
/** … and the department reaches at least 10 different customers a month. */
export const DEPARTMENT_CUSTOMERS = 10;

export const VISIT_CHANNELS = ['visit', 'phone'] as const;
export type VisitChannel = (typeof VISIT_CHANNELS)[number];

/**
 * The local days of a month 'YYYY-MM': its first day and the first day of the next.
 * @example monthDays('2026-12') // { from: '2026-12-01', next: '2027-01-01' }
 */
export function monthDays(month: string): { from: string; next: string } {
  const from = `${month}-01`;
  let next = addDays(from, 28);
  while (next.slice(0, 7) === month) next = addDays(next, 1);
  return { from, next };
}

/**
 * Who a visit reached: the archived customer, or — for someone not in the archive yet —
 * the name within the company, so two visits to the same person count once.
 */
export function visitedCustomerKey(v: {
  customerId: string | null;
  customerName: string;
  company: string;
}): string {
  if (v.customerId) return `c:${v.customerId}`;
  return `n:${v.company.trim().toLowerCase()}|${v.customerName.trim().toLowerCase()}`;
}

export interface AssistantProgress {
  userId: string;
  name: string;
  visits: number;
  customers: number;
  /** VISITS_PER_ASSISTANT for CS assistants; null for others who also made visits. */
  target: number | null;
  met: boolean | null;
}

export interface VisitProgress {
  month: string;
  department: { visits: number; customers: number; target: number; met: boolean };
  assistants: AssistantProgress[];
}

/**
 * Progress of a month's visits against CBK-3: every CS assistant listed (zero visits
 * included, so nobody behind is hidden), then anyone else who visited.
 */
export function visitProgress(
  month: string,
  assistants: readonly { userId: string; name: string }[],
  visits: readonly {
    visitedBy: string;
    visitorName: string;
    customerId: string | null;
    customerName: string;
    company: string;
  }[],
): VisitProgress {
  const rows = new Map<string, AssistantProgress & { keys: Set<string> }>();
  for (const a of assistants)
    rows.set(a.userId, {
      userId: a.userId,
      name: a.name,
      visits: 0,
      customers: 0,
      target: VISITS_PER_ASSISTANT,
      met: false,
      keys: new Set(),
    });
  const all = new Set<string>();
  for (const v of visits) {
    const key = visitedCustomerKey(v);
    all.add(key);
    let row = rows.get(v.visitedBy);
    if (!row) {
      row = {
        userId: v.visitedBy,
        name: v.visitorName,
        visits: 0,
        customers: 0,
        target: null,
        met: null,
        keys: new Set(),
      };
      rows.set(v.visitedBy, row);
    }
    row.visits++;
    row.keys.add(key);
  }
  const out = [...rows.values()].map(({ keys, ...r }) => ({
    ...r,
    customers: keys.size,
    met: r.target === null ? null : r.visits >= r.target,
  }));
  return {
    month,
    department: {
      visits: visits.length,
      customers: all.size,
      target: DEPARTMENT_CUSTOMERS,
      met: all.size >= DEPARTMENT_CUSTOMERS,
    },
    assistants: out.sort(
      (a, b) =>
        Number(a.target === null) - Number(b.target === null) ||
        b.visits - a.visits ||
        a.name.localeCompare(b.name),
    ),
  };
}
