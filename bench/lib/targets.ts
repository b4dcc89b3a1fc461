/**
 * The performance targets of ARCHITECTURE.md "Performance" (2 cores). Every report lists
 * all of them: met, missed, or not measured yet, so a missing scenario is visible.
 */
export interface Target {
  id: string;
  text: string;
}

export const TARGETS = {
  intakeP99: { id: 'intakeP99', text: 'intake a ticket: p99 < 20 ms' },
  intakeVsRaw: {
    id: 'intakeVsRaw',
    text: 'intake a ticket: ≥ 50 % of the raw INSERT rate of the same database',
  },
  workQueue: {
    id: 'workQueue',
    text: 'work queue of a project (filters + countdowns, page of 50): p99 < 50 ms with 1 M tickets on PostgreSQL, 100 k on SQLite',
  },
  dashboard: { id: 'dashboard', text: 'dashboard/weekly report of a project: < 200 ms at the same sizes' },
  slaSweep: {
    id: 'slaSweep',
    text: 'SLA sweep: due timers found by index, cost independent of the number of open tickets',
  },
  coldStart: { id: 'coldStart', text: 'cold start to first 200: < 2 s' },
  uiInitialJs: { id: 'uiInitialJs', text: 'UI initial JS ≤ 350 KB gzip, charts loaded lazily' },
} as const satisfies Record<string, Target>;

/** A scenario's verdict on one target. */
export interface TargetCheck {
  target: Target;
  measured: string;
  met: boolean;
}

export function mark(met: boolean): string {
  return met ? '✓' : '✗';
}
