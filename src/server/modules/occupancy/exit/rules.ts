/**
 * Pure rules of move-out (MVO-1..7) and transfer of ownership (TRF-1..2): the two state
 * machines, what blocks a step, the inventory comparison, the deposit-refund status, the
 * lease-reminder window, the six months paid ahead and who is billed after a transfer.
 * No I/O: every use case asks these and the tests prove them exhaustively.
 */
import { addDays } from '../../../platform/calendar/index.ts';
import { addMonths } from '../rules.ts';
import type { TransitionTable } from '../../../platform/workflow/transitions.ts';

// ── state machines ──────────────────────────────────────────────────────────────────────

export const MOVE_OUT_STATES = [
  'notified',
  'inspected',
  'cleared',
  'keys_returned',
  'completed',
  'cancelled',
] as const;
export type MoveOutState = (typeof MOVE_OUT_STATES)[number];

/** What a move-out step may start from and where it leaves the move-out (null: where it was). */
export const MOVE_OUT_STEPS = {
  inspect: { from: ['notified', 'inspected'], to: 'inspected' }, // MVO-3; again after restoration
  owner_answer: { from: ['notified', 'inspected'], to: null }, // MVO-7
  clear: { from: ['inspected'], to: 'cleared' }, // MVO-4, MVO-5 elevator + departments
  return_keys: { from: ['cleared'], to: 'keys_returned' }, // MVO-5
  complete: { from: ['keys_returned'], to: 'completed' }, // MVO-6, MVO-7 status
  refund_deposit: { from: ['completed'], to: null }, // MVO-6
  cancel: { from: ['notified', 'inspected', 'cleared', 'keys_returned'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly MoveOutState[]; to: MoveOutState | null }>;
export type MoveOutStep = keyof typeof MOVE_OUT_STEPS;

export const TRANSFER_STATES = [
  'opened',
  'certified',
  'settled',
  'owner_recorded',
  'prepaid',
  'completed',
  'cancelled',
] as const;
export type TransferState = (typeof TRANSFER_STATES)[number];

export const TRANSFER_STEPS = {
  certify: { from: ['opened'], to: 'certified' }, // TRF-1 the new title certificate
  settle: { from: ['certified'], to: 'settled' }, // TRF-1 readings, nothing owed up to the handover
  record_owner: { from: ['settled'], to: 'owner_recorded' }, // TRF-2 archive and safety letter
  check_prepaid: { from: ['owner_recorded'], to: 'prepaid' }, // TRF-1 six months ahead
  complete: { from: ['prepaid'], to: 'completed' }, // TRF-2 archive transferred, roster, billing
  cancel: { from: ['opened', 'certified', 'settled', 'owner_recorded', 'prepaid'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly TransferState[]; to: TransferState | null }>;
export type TransferStep = keyof typeof TRANSFER_STEPS;

/**
 * The step a workflow in `state` waits for next (the guided steps highlight it); null when
 * finished. Whether a step may be taken is the platform's `stepTarget` (platform/workflow).
 */
export function nextStep<M extends TransitionTable>(machine: M, state: string): keyof M | null {
  for (const [name, s] of Object.entries(machine)) {
    if (name === 'cancel' || s.to === null) continue;
    if (s.from.includes(state) && s.to !== state) return name as keyof M;
  }
  return null;
}

// ── MVO-3 inspection ────────────────────────────────────────────────────────────────────

export const FIXTURE_CONDITIONS = ['good', 'damaged', 'missing'] as const;
export type FixtureCondition = (typeof FIXTURE_CONDITIONS)[number];

export interface Fixture {
  name: string;
  quantity: number;
  condition: FixtureCondition;
}

export interface FixtureFinding {
  name: string;
  /** At move-in (null: not on the move-in inventory). */
  expected: number | null;
  found: number;
  condition: FixtureCondition;
  /** short: fewer than at move-in (or not found at all); worse: in a worse condition than at move-in. */
  problem: 'short' | 'worse' | null;
}

const RANK: Record<FixtureCondition, number> = { good: 0, damaged: 1, missing: 2 };

/**
 * MVO-3: the fixtures found, checked against the move-in inventory. Items of the inventory
 * that were not found count as missing; names match ignoring case and spaces.
 * @example compareFixtures([{ name: '空调', quantity: 2, condition: 'good' }], [{ name: '空调', quantity: 1, condition: 'good' }])
 *   // [{ name: '空调', expected: 2, found: 1, condition: 'good', problem: 'short' }]
 */
export function compareFixtures(
  moveIn: readonly Fixture[] | null,
  found: readonly Fixture[],
): FixtureFinding[] {
  const key = (n: string) => n.replace(/\s+/g, '').toLowerCase();
  const before = new Map((moveIn ?? []).map((f) => [key(f.name), f]));
  const out: FixtureFinding[] = found.map((f) => {
    const b = before.get(key(f.name));
    before.delete(key(f.name));
    const short = b !== undefined && (f.quantity < b.quantity || f.condition === 'missing');
    const worse = b !== undefined && RANK[f.condition] > RANK[b.condition];
    // Not on the move-in inventory: only its own condition can be a problem.
    const problem =
      b === undefined ? (f.condition === 'good' ? null : 'worse') : short ? 'short' : worse ? 'worse' : null;
    return {
      name: f.name,
      expected: b?.quantity ?? null,
      found: f.condition === 'missing' ? 0 : f.quantity,
      condition: f.condition,
      problem,
    };
  });
  for (const b of before.values())
    out.push({ name: b.name, expected: b.quantity, found: 0, condition: 'missing', problem: 'short' });
  return out;
}

/** The meters of the unit that the step did not read (MVO-3, TRF-1: every meter is read). */
export function unreadMeters(meterIds: readonly string[], read: readonly string[]): string[] {
  const done = new Set(read);
  return meterIds.filter((m) => !done.has(m));
}

// ── MVO-4/MVO-7 what blocks the clearing ────────────────────────────────────────────────

export type ClearBlocker = 'inspection_not_passed' | 'owner_not_agreed' | 'owed';

/**
 * Why a move-out cannot be cleared yet, in the order the desk fixes them: the inspection
 * must have passed (restoration done), a residential tenant needs the owner's agreement
 * (MVO-7), and nothing may be owed (MVO-4).
 */
export function clearBlockers(m: {
  inspectionPassed: boolean;
  residential: boolean;
  ownerAgreed: boolean;
  owedFen: number;
  openBills: number;
}): ClearBlocker[] {
  const out: ClearBlocker[] = [];
  if (!m.inspectionPassed) out.push('inspection_not_passed');
  if (m.residential && !m.ownerAgreed) out.push('owner_not_agreed');
  if (owesAnything(m)) out.push('owed');
  return out;
}

/**
 * MVO-4 "while anything is owed": a single fen on the balance or any bill still open
 * blocks — there is no tolerance for small amounts (credit elsewhere does not settle a bill).
 * @example owesAnything({ owedFen: 1, openBills: 1 }) // true
 * @example owesAnything({ owedFen: 0, openBills: 0 }) // false
 */
export function owesAnything(o: { owedFen: number; openBills: number }): boolean {
  return o.owedFen > 0 || o.openBills > 0;
}

/** MVO-7 applies to a tenant leaving a home: residential and apartment units. */
export function isResidentialUse(use: string): boolean {
  return use === 'residential' || use === 'apartment';
}

/**
 * CUS-5/MVO-6, TRF-2: the archive closes only when the customer keeps no other unit in
 * the project (a company leaving one of its two offices keeps an open archive).
 */
export function archiveCloses(otherRelations: number): boolean {
  return otherRelations === 0;
}

// ── MVO-6 the deposit refund ────────────────────────────────────────────────────────────

export const DEPOSIT_REFUND_WORKING_DAYS = 15;

export type RefundStatus = 'not_due_yet' | 'due' | 'overdue' | 'refunded';

/**
 * Where a completed move-out's deposit refund stands on `today` (the project's local day).
 * @example refundStatus({ dueOn: '2026-12-16', refundedAt: null, today: '2026-12-17' }) // 'overdue'
 */
export function refundStatus(r: {
  dueOn: string | null;
  refundedAt: string | null;
  today: string;
}): RefundStatus {
  if (r.refundedAt) return 'refunded';
  if (!r.dueOn) return 'not_due_yet';
  return r.today > r.dueOn ? 'overdue' : 'due';
}

// ── MVO-1 leases ending ─────────────────────────────────────────────────────────────────

/**
 * MVO-1: a lease is reminded once it ends within one month of `today` (and has not ended).
 * @example leaseDueForReminder('2026-12-20', '2026-11-25') // true
 * @example leaseDueForReminder('2027-01-05', '2026-11-25') // false — more than a month away
 */
export function leaseDueForReminder(leaseEnd: string, today: string): boolean {
  return leaseEnd >= today && leaseEnd <= addMonths(today, 1);
}

/** The last day of the window the daily MVO-1 job looks at. */
export function reminderHorizon(today: string): string {
  return addMonths(today, 1);
}

// ── TRF-1/TRF-2 who is billed after the handover ────────────────────────────────────────

export type BillingChange = { endOld: boolean; startNew: boolean; endDay: string | null };

/**
 * TRF-1: the old owner is billed up to the day before the handover and the new owner from
 * the handover day — when the old owner was the payer, or nobody pays for the unit yet. A
 * tenant who pays for the unit goes on paying; the new owner is not billed twice.
 */
export function billingAfterTransfer(o: {
  oldOwnerPays: boolean;
  someoneElsePays: boolean;
  handoverDay: string;
}): BillingChange {
  if (o.oldOwnerPays) return { endOld: true, startNew: true, endDay: addDays(o.handoverDay, -1) };
  return { endOld: false, startNew: !o.someoneElsePays, endDay: null };
}

/**
 * MVO-6: the refund pays back every deposit still held for the unit, each under its own
 * receipt — none left out, none that is not held.
 * @example refundGaps(['a', 'b'], ['a']) // { missing: ['b'], unknown: [] }
 */
export function refundGaps(
  held: readonly string[],
  listed: readonly string[],
): { missing: string[]; unknown: string[] } {
  const h = new Set(held);
  const l = new Set(listed);
  return { missing: held.filter((d) => !l.has(d)), unknown: listed.filter((d) => !h.has(d)) };
}

/** The billing month of a day: the final bill of a payer whose billing ended that day (MVO-6). */
export function periodOf(day: string): string {
  return day.slice(0, 7);
}
