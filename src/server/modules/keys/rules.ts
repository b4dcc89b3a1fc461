/**
 * Pure rules of key custody (KEY-1..4): which keys may be held, the key's states, who may
 * collect a key, when an internal borrowing is irregular and whose approvals it needs, and
 * who answers for a lost key. No I/O; the use cases feed them what they read.
 */
import { localDay } from '../../platform/calendar/index.ts';
import { stepTarget, type TransitionTable } from '../../platform/workflow/transitions.ts';

/**
 * KEY-1: developer's keys after delivery 交楼钥匙, keys of units not yet received 未接房钥匙,
 * keys owners entrust 委托钥匙 — and the key kept at handover for the repairs 整改留存钥匙
 * (HND-4), which only the handover registers and only its kept-key return hands back.
 */
export const KEY_KINDS = ['developer', 'not_received', 'entrusted', 'rectification'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

/** in_cabinet 在柜 · viewing 看房中 (with staff) · borrowed 借出 · handed_over 已交业主 · lost 遗失. */
export const KEY_STATES = ['in_cabinet', 'viewing', 'borrowed', 'handed_over', 'lost'] as const;
export type KeyState = (typeof KEY_STATES)[number];

export const KEY_ACTIONS = ['issue', 'view', 'borrow', 'return', 'lose'] as const;
export type KeyAction = (typeof KEY_ACTIONS)[number];

/** The key's transition table (the step runner, platform/workflow, checks every step against it). */
export const KEY_TRANSITIONS: TransitionTable<KeyState, KeyAction> = {
  issue: { from: ['in_cabinet'], to: 'handed_over' },
  view: { from: ['in_cabinet'], to: 'viewing' },
  borrow: { from: ['in_cabinet'], to: 'borrowed' },
  return: { from: ['viewing', 'borrowed'], to: 'in_cabinet' },
  lose: { from: ['in_cabinet', 'viewing', 'borrowed'], to: 'lost' },
};

/** The state after `action`, or null when the key's state does not allow it. */
export function nextKeyState(state: KeyState, action: KeyAction): KeyState | null {
  return stepTarget(KEY_TRANSITIONS, state, action);
}

/**
 * What can be done with a key in this state (the UI offers only these). A key kept for the
 * repairs is never handed out from the key desk: its handover hands it back (HND-4).
 */
export function keyActions(state: KeyState, kind?: KeyKind): KeyAction[] {
  return KEY_ACTIONS.filter(
    (a) => nextKeyState(state, a) !== null && !(a === 'issue' && kind === 'rectification'),
  );
}

/**
 * KEY-1: owners may entrust only the keys of vacant units (空置房); a "not yet received" key
 * belongs to a unit that is still not received. Returns the refusal's message key or null.
 */
export function registrationRefusal(kind: KeyKind, unitStatus: string, byHandover = false): string | null {
  if (kind === 'rectification' && !byHandover) return 'key.rectification_by_handover';
  if (kind === 'entrusted' && unitStatus !== 'vacant') return 'key.entrusted_vacant_only';
  if (kind === 'not_received' && unitStatus !== 'not_received') return 'key.not_received_only';
  return null;
}

/** Where the owner stands with the unit's handover (see handover.ts for how it is read). */
export type HandoverStanding = 'finished' | 'unfinished' | 'not_owner';

const normalizeId = (s: string) => s.replace(/\s+/g, '').toUpperCase();

/**
 * KEY-2 "identity checked": the ID shown must be typed in; when the archive holds an ID
 * number, the two must be the same document.
 * @example identityRefusal('110101199001011234', '110101199001011234 ') // null
 */
export function identityRefusal(archiveIdNumber: string, typedIdNumber: string): string | null {
  const typed = normalizeId(typedIdNumber);
  if (!typed) return 'key.id_required';
  const archive = normalizeId(archiveIdNumber);
  if (archive && archive !== typed) return 'key.id_mismatch';
  return null;
}

export interface CollectCase {
  keyKind: KeyKind;
  keyState: KeyState;
  /** How many persons the key's entrusted list names, and whether the collector is one of them. */
  entrustedCount: number;
  onEntrustedList: boolean;
  handover: HandoverStanding;
  /** An irregular collection approved by the project manager and the company (KEY-4). */
  approvedIrregular: boolean;
  archiveIdNumber: string;
  typedIdNumber: string;
}

/**
 * KEY-2: who may collect a key from the cabinet. An entrusted key (or any key whose list
 * names persons) goes only to a person on its list; the developer's and not-received keys
 * only to an owner whose handover is finished. An approved irregular request stands in for
 * those conditions, never for the identity check. A key kept for the repairs goes back only
 * through its handover, once every rectification item is closed (HND-4).
 */
export function collectRefusal(c: CollectCase): string | null {
  if (c.keyState !== 'in_cabinet') return 'key.not_in_cabinet';
  if (c.keyKind === 'rectification') return 'key.rectification_returns_with_handover';
  if (!c.approvedIrregular) {
    if ((c.keyKind === 'entrusted' || c.entrustedCount > 0) && !c.onEntrustedList) return 'key.not_entrusted';
    if (c.keyKind !== 'entrusted' && c.handover === 'not_owner') return 'key.not_owner';
    if (c.keyKind !== 'entrusted' && c.handover === 'unfinished') return 'key.handover_unfinished';
  }
  return identityRefusal(c.archiveIdNumber, c.typedIdNumber);
}

/** KEY-4: why an internal borrowing is irregular (非正常手续). */
export type IrregularReason = 'overnight' | 'owner_key' | 'marked';

/**
 * An internal borrowing is regular when the key comes back the same day; keeping it
 * overnight, lending a key an owner entrusted to us, or the keeper marking it so, makes it
 * irregular — then the project manager and the company approve before it leaves.
 */
export function borrowIrregularity(c: {
  keyKind: KeyKind;
  outAt: Date;
  dueAt: Date;
  timeZone: string;
  marked: boolean;
}): IrregularReason[] {
  const out: IrregularReason[] = [];
  if (localDay(c.dueAt, c.timeZone) !== localDay(c.outAt, c.timeZone)) out.push('overnight');
  if (c.keyKind === 'entrusted') out.push('owner_key');
  if (c.marked) out.push('marked');
  return out;
}

export const REQUEST_KINDS = ['borrow', 'owner_collect'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const APPROVAL_STEPS = ['project_manager', 'company', 'keeper'] as const;
export type ApprovalStep = (typeof APPROVAL_STEPS)[number];
export type RequestState = 'pending' | 'approved' | 'refused' | 'issued' | 'cancelled';

/**
 * The approvals a request needs, in order: the keeper's consent for any borrowing; before it,
 * the project manager's and then the company's for an irregular one; an owner collecting
 * outside the normal procedure (KEY-2 not met) needs the project manager and the company.
 */
export function approvalSteps(kind: RequestKind, irregular: boolean): ApprovalStep[] {
  if (kind === 'owner_collect') return ['project_manager', 'company'];
  return irregular ? ['project_manager', 'company', 'keeper'] : ['keeper'];
}

export interface Approval {
  step: string;
  decision: 'approved' | 'refused';
  userId: string;
}

/** The step waiting for a decision, or null when every step is decided or one refused. */
export function pendingStep(
  steps: readonly ApprovalStep[],
  approvals: readonly Approval[],
): ApprovalStep | null {
  if (approvals.some((a) => a.decision === 'refused')) return null;
  return steps.find((s) => !approvals.some((a) => a.step === s)) ?? null;
}

/** pending until every step approved; refused at the first refusal. */
export function requestStateOf(
  steps: readonly ApprovalStep[],
  approvals: readonly Approval[],
): 'pending' | 'approved' | 'refused' {
  if (approvals.some((a) => a.decision === 'refused')) return 'refused';
  return pendingStep(steps, approvals) === null ? 'approved' : 'pending';
}

export interface ApproverCase {
  step: ApprovalStep;
  pending: ApprovalStep | null;
  isKeeper: boolean;
  isProjectManager: boolean;
  isCompanyAdmin: boolean;
  /** The same person already decided another step of this request. */
  decidedBefore: boolean;
}

/**
 * Who may decide a step: the key's keeper, a project manager of the project, a company
 * admin (公司领导) — each step a different person, in order.
 */
export function approverRefusal(c: ApproverCase): string | null {
  if (c.pending === null) return 'key.request_decided';
  if (c.step !== c.pending) return 'key.approval_order';
  if (c.step === 'keeper' && !c.isKeeper) return 'key.not_keeper';
  if (c.step === 'project_manager' && !c.isProjectManager) return 'key.not_project_manager';
  if (c.step === 'company' && !c.isCompanyAdmin) return 'key.not_company';
  if (c.decidedBefore) return 'key.same_approver';
  return null;
}

/**
 * ORG-2: the people a step's decider must not be. Nobody approves a key for himself (the
 * borrower); the project manager's and the company's approvals are also never given by the
 * one who made the request. The keeper's consent concerns his cabinet: the desk keeper who
 * writes down a colleague's request may still consent to it.
 */
export function stepRequesters(
  step: ApprovalStep,
  r: { requestedBy: string | null; borrowerId: string | null },
): (string | null)[] {
  return step === 'keeper' ? [r.borrowerId] : [r.requestedBy, r.borrowerId];
}

export interface LossBlame {
  /** The staff member answering for it, when one held it or keeps the cabinet. */
  userId: string | null;
  name: string;
  basis: 'holder' | 'keeper';
}

/**
 * KEY-4 "losses are attributed": a key lost while out is on whoever held it (the escort
 * of a viewing, the borrower); lost from the cabinet, on the key keeper (管理过错).
 */
export function lossAttribution(
  state: KeyState,
  holder: { userId: string | null; name: string },
  keeper: { userId: string; name: string },
): LossBlame {
  if ((state === 'viewing' || state === 'borrowed') && holder.name)
    return { userId: holder.userId, name: holder.name, basis: 'holder' };
  return { userId: keeper.userId, name: keeper.name, basis: 'keeper' };
}
