/**
 * Pure rules of the release pass (物品放行条, REL-1..5): who carries, what may go out, the
 * pass's states and steps, whom to phone, whose signatures it needs, when removals look
 * unusual, and what the guard's check says. No I/O.
 */
import { stepTarget, type TransitionTable } from '../../platform/workflow/transitions.ts';

/** REL-1: the carrier — owner 业主, tenant 租户, family 家属, domestic helper 保姆/家政, company staff 公司职员. */
export const CARRIER_TYPES = ['owner', 'tenant', 'family', 'domestic_helper', 'company_staff'] as const;
export type CarrierType = (typeof CARRIER_TYPES)[number];

/** REL-1: large items only — furniture, desks, computers, appliances, boxes, large bags. */
export const ITEM_CATEGORIES = ['furniture', 'desk', 'computer', 'appliance', 'box', 'large_bag'] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

/** REL-2: moving out 搬家迁出, or carrying things out for a while 临时携带. */
export const PURPOSES = ['moving_out', 'temporary'] as const;
export type Purpose = (typeof PURPOSES)[number];

export const PASS_STATES = [
  'awaiting_arrears',
  'awaiting_call',
  'awaiting_signatures',
  'issued',
  'used',
  'refused',
  'cancelled',
] as const;
export type PassState = (typeof PASS_STATES)[number];

export const PASS_ACTIONS = ['check_arrears', 'record_call', 'sign', 'issue', 'release', 'cancel'] as const;
export type PassAction = (typeof PASS_ACTIONS)[number];

/** Why a pass was refused: fees owed (REL-3), the owner or company said no, or could not be reached (REL-4). */
export type Refusal = 'arrears' | 'call_refused' | 'unreachable';

/**
 * The pass's transition table (the step runner, platform/workflow, checks every step against
 * it). `to: null`: the step's outcome decides — the arrears check and the call may refuse the
 * pass (stateAfterArrears, callOutcome), a signature leaves it waiting for the others.
 */
export const PASS_TRANSITIONS: TransitionTable<PassState, PassAction> = {
  check_arrears: { from: ['awaiting_arrears'], to: null },
  record_call: { from: ['awaiting_call'], to: null },
  sign: { from: ['awaiting_signatures'], to: null },
  issue: { from: ['awaiting_signatures'], to: 'issued' },
  release: { from: ['issued'], to: 'used' },
  cancel: { from: ['awaiting_arrears', 'awaiting_call', 'awaiting_signatures', 'issued'], to: 'cancelled' },
};

/** Whether the pass's state allows the step: no step can be skipped (REL-3 before REL-4 before REL-5). */
export function canDo(state: PassState, action: PassAction): boolean {
  return stepTarget(PASS_TRANSITIONS, state, action) !== null;
}

export function passActions(state: PassState): PassAction[] {
  return PASS_ACTIONS.filter((a) => canDo(state, a));
}

/**
 * REL-4: whom the clerk phones — the owner when a tenant or someone other than the owner
 * carries (family, helper), the company's head when company staff carry; nobody when the
 * owner carries their own things.
 */
export function confirmationParty(carrier: CarrierType): 'owner' | 'company_head' | null {
  if (carrier === 'owner') return null;
  return carrier === 'company_staff' ? 'company_head' : 'owner';
}

/**
 * REL-4: whom the clerk may phone for the confirmation — the unit's owners, or for company
 * staff the tenant (the company) they work for.
 * @example callableRelations('company_head') // ['tenant']
 */
export function callableRelations(party: 'owner' | 'company_head'): readonly string[] {
  return party === 'owner' ? ['owner'] : ['tenant'];
}

/** The step after the arrears check (or after creation, when no check is due). */
export function stateAfterArrears(carrier: CarrierType): PassState {
  return confirmationParty(carrier) ? 'awaiting_call' : 'awaiting_signatures';
}

/** A new pass: a moving-out pass waits for the arrears check (REL-3), a temporary one goes on. */
export function initialState(purpose: Purpose, carrier: CarrierType): PassState {
  return purpose === 'moving_out' ? 'awaiting_arrears' : stateAfterArrears(carrier);
}

/** REL-3: moving out with anything owed up to today → no pass. */
export function arrearsOutcome(
  owedFen: number,
  carrier: CarrierType,
): { state: PassState; refusal: Refusal | null } {
  return owedFen > 0
    ? { state: 'refused', refusal: 'arrears' }
    : { state: stateAfterArrears(carrier), refusal: null };
}

export const CALL_ANSWERS = ['agreed', 'refused', 'unreachable'] as const;
export type CallAnswer = (typeof CALL_ANSWERS)[number];

/** REL-4: only an agreement lets the pass go on; a refusal or an unreachable owner ends it. */
export function callOutcome(answer: CallAnswer): { state: PassState; refusal: Refusal | null } {
  if (answer === 'agreed') return { state: 'awaiting_signatures', refusal: null };
  return { state: 'refused', refusal: answer === 'unreachable' ? 'unreachable' : 'call_refused' };
}

export const SIGNER_ROLES = ['clerk', 'carrier', 'owner'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];
export const signaturePurpose = (role: SignerRole) => `pass.${role}`;

/**
 * REL-5: the CS clerk 经办人, the carrier 携带人 and the owner 业主 sign. When the owner is the
 * carrier, the carrier's signature is the owner's.
 */
export function requiredSignatures(carrier: CarrierType): string[] {
  return (carrier === 'owner' ? (['clerk', 'carrier'] as const) : SIGNER_ROLES).map(signaturePurpose);
}

/** REL-2 thresholds: the 3rd temporary pass of a unit within 30 days, or 10+ large items "for a while". */
export const FREQUENT_WINDOW_DAYS = 30;
export const FREQUENT_PASSES = 3;
export const BULK_TEMPORARY_ITEMS = 10;

export type RemovalFlag = 'frequent' | 'bulk_temporary';

/**
 * REL-2 "frequent unusual removals are flagged" (如客户频繁、非正常临时搬运物品出门，则引起注意):
 * a temporary removal is flagged when the unit already had FREQUENT_PASSES − 1 temporary
 * passes in the last FREQUENT_WINDOW_DAYS days, or when it carries so many large items that it
 * looks like a move-out without the move-out checks. A flag draws attention; it does not refuse.
 * @example removalFlags({ purpose: 'temporary', quantities: [2], earlierTemporary: 2 }) // ['frequent']
 */
export function removalFlags(p: {
  purpose: Purpose;
  quantities: readonly number[];
  earlierTemporary: number;
}): RemovalFlag[] {
  if (p.purpose !== 'temporary') return [];
  const flags: RemovalFlag[] = [];
  if (p.earlierTemporary + 1 >= FREQUENT_PASSES) flags.push('frequent');
  if (p.quantities.reduce((a, q) => a + q, 0) >= BULK_TEMPORARY_ITEMS) flags.push('bulk_temporary');
  return flags;
}

export type GateVerdict = 'valid' | 'used' | 'expired' | 'not_issued' | 'refused' | 'cancelled';

/**
 * REL-5 at the gate: a pass lets things out once, on the day it was issued (the project's
 * local day); anything else is shown to the guard with the reason.
 */
export function gateVerdict(p: { state: PassState; validOn: string | null; today: string }): GateVerdict {
  switch (p.state) {
    case 'used':
    case 'refused':
    case 'cancelled':
      return p.state;
    case 'issued':
      return p.validOn === p.today ? 'valid' : 'expired';
    default:
      return 'not_issued';
  }
}

/** @example passNumber('2026', 12) // 'FX-2026-0012' */
export function passNumber(year: string, n: number): string {
  return `FX-${year}-${String(n).padStart(4, '0')}`;
}
