/** Complaint levels (CMP-3) and the automatic upgrade to major (CMP-4). Pure. */
import type { ComplaintLevel } from './deadline-rules.ts';

/** CMP-4: the fifth distinct customer complaining about one event makes it major. */
export const MAJOR_AT_DISTINCT_CUSTOMERS = 5;

/** CMP-3 criteria, shown to the supervisor choosing a level. Keys into the UI catalogue. */
export const LEVEL_CRITERIA: Record<ComplaintLevel, readonly string[]> = {
  major: [
    'cmp3.major.undelivered',
    'cmp3.major.loss',
    'cmp3.major.week',
    'cmp3.major.outage',
    'cmp3.major.five',
    'cmp3.major.named',
  ],
  important: ['cmp3.important.need', 'cmp3.important.attitude'],
  minor: ['cmp3.minor.slight'],
};

export const COMPLAINT_TYPES = ['equipment', 'attitude', 'quality', 'emergency', 'energy', 'other'] as const;
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];

/**
 * Distinct complainants of an event: by customer id when known, else by phone, else by name,
 * so two calls from one person do not count twice.
 * @example distinctComplainants([{ customerId: 'a' }, { customerId: 'a' }, { phone: '138' }]) // 2
 */
export function distinctComplainants(
  tickets: { customerId?: string | null; phone?: string | null; name?: string | null }[],
): number {
  const keys = new Set<string>();
  for (const t of tickets) {
    const key = t.customerId
      ? `c:${t.customerId}`
      : t.phone
        ? `p:${t.phone.replace(/\D/g, '')}`
        : t.name
          ? `n:${t.name.trim()}`
          : null;
    if (key) keys.add(key);
  }
  return keys.size;
}

/** Whether linking makes the event's complaints major (CMP-4). */
export function eventIsMajor(distinct: number): boolean {
  return distinct >= MAJOR_AT_DISTINCT_CUSTOMERS;
}

const RANK: Record<ComplaintLevel, number> = { minor: 0, important: 1, major: 2 };

/** Levels only go up automatically; a supervisor may still set any level by hand. */
export function higherLevel(a: ComplaintLevel | null, b: ComplaintLevel): ComplaintLevel {
  return a && RANK[a] >= RANK[b] ? a : b;
}

/** States in which a complaint is not yet solved: the department has not reported it done. */
export const UNSOLVED_STATES: readonly string[] = ['new', 'forwarded', 'in_progress'];

/**
 * CMP-4: seven days after receipt a complaint becomes major only if it is valid, below major
 * and still unsolved — one already reported done, answered or closed stays as it is.
 * @example upgradesAfterSevenDays({ kind: 'complaint', validity: 'valid', level: 'minor', state: 'resolved' }) // false
 */
export function upgradesAfterSevenDays(t: {
  kind: string;
  validity: string | null;
  level: string | null;
  state: string;
}): boolean {
  return (
    t.kind === 'complaint' &&
    t.validity === 'valid' &&
    t.level !== 'major' &&
    UNSOLVED_STATES.includes(t.state)
  );
}

/** CMP-5: these levels are reported to the superior at once. */
export function notifiesSuperior(level: ComplaintLevel): boolean {
  return level === 'major' || level === 'important';
}
