/**
 * The ticket state machine (TKT-1..6, REP, CMP, REQ, CBK), enforced on the server.
 * One model for every kind: repair 报修, complaint 投诉, request 需求建议, inquiry 咨询,
 * message 留言. An action not allowed in the current state gets 409 with the allowed ones.
 *
 *   new ──forward──▶ forwarded ──pick_up──▶ in_progress ──complete──▶ resolved
 *    │                                          ▲                       │ confirm (customer signs / is answered)
 *    ├─settle (on the spot)──────┐            rework                    ▼
 *    └─close_invalid (CMP-2)─┐   └──────────────┴──────────────────▶ callback ──callback(satisfied)──▶ closed
 *                            ▼                                          │ (not satisfied: stays, repeat — CMP-9)
 *                          closed                      any open state ──cancel──▶ cancelled
 */
export const TICKET_KINDS = ['repair', 'complaint', 'request', 'inquiry', 'message'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

export const TICKET_STATES = [
  'new',
  'forwarded',
  'in_progress',
  'resolved',
  'callback',
  'closed',
  'cancelled',
] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export const OPEN_STATES: readonly TicketState[] = [
  'new',
  'forwarded',
  'in_progress',
  'resolved',
  'callback',
];

export const TICKET_ACTIONS = [
  'settle',
  'forward',
  'classify',
  'assign',
  'pick_up',
  'chase',
  'complete',
  'confirm',
  'rework',
  'callback',
  'close_invalid',
  'cancel',
  'pause',
  'resume',
  'hand_over',
  'extend',
  'comment',
  'written_reply',
  'corrective_action',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

interface Transition {
  from: readonly TicketState[];
  /** 'same' keeps the state (the action records something). */
  to: TicketState | 'same' | ((kind: TicketKind) => TicketState);
  kinds?: readonly TicketKind[];
  /** Not while the clock is paused (waiting on the customer). */
  notPaused?: boolean;
}

const ALL_OPEN = OPEN_STATES;
const WORKING: readonly TicketState[] = ['forwarded', 'in_progress'];

export const TRANSITIONS: Record<TicketAction, Transition> = {
  // Settled on the spot: an inquiry or message is done; anything else still gets its callback (CBK-1).
  settle: { from: ['new'], to: (kind) => (kind === 'inquiry' || kind === 'message' ? 'closed' : 'callback') },
  forward: { from: ['new'], to: 'forwarded' },
  classify: { from: ['new', 'forwarded', 'in_progress'], to: 'same' },
  assign: { from: WORKING, to: 'same' },
  pick_up: { from: ['forwarded'], to: 'in_progress', notPaused: true },
  chase: { from: WORKING, to: 'same' },
  complete: { from: ['in_progress'], to: 'resolved', notPaused: true },
  confirm: { from: ['resolved'], to: 'callback' },
  rework: { from: ['resolved', 'callback'], to: 'in_progress', kinds: ['repair', 'complaint', 'request'] },
  callback: { from: ['callback'], to: 'same' },
  close_invalid: { from: ['new', 'forwarded'], to: 'closed', kinds: ['complaint'] },
  cancel: { from: ALL_OPEN, to: 'cancelled' },
  pause: { from: WORKING, to: 'same', notPaused: true },
  resume: { from: WORKING, to: 'same' },
  hand_over: { from: ALL_OPEN, to: 'same' },
  extend: { from: ALL_OPEN, to: 'same' },
  comment: { from: [...TICKET_STATES], to: 'same' },
  // CMP-8: a written complaint gets a written reply and a corrective/preventive action report.
  written_reply: { from: ['in_progress', 'resolved', 'callback'], to: 'same', kinds: ['complaint'] },
  corrective_action: { from: ['in_progress', 'resolved', 'callback'], to: 'same', kinds: ['complaint'] },
};

/** Actions that may be taken now, for the 409 message and for the UI's buttons. */
export function allowedActions(kind: TicketKind, state: TicketState, paused: boolean): TicketAction[] {
  return TICKET_ACTIONS.filter((a) => canTransition(a, kind, state, paused));
}

export function canTransition(
  action: TicketAction,
  kind: TicketKind,
  state: TicketState,
  paused: boolean,
): boolean {
  const t = TRANSITIONS[action];
  if (!t.from.includes(state)) return false;
  if (t.kinds && !t.kinds.includes(kind)) return false;
  if (paused && t.notPaused) return false;
  if (action === 'pause' && paused) return false;
  if (action === 'resume' && !paused) return false;
  return true;
}

/** The state after `action`, or null if the action is not allowed. */
export function nextState(
  action: TicketAction,
  kind: TicketKind,
  state: TicketState,
  paused: boolean,
): TicketState | null {
  if (!canTransition(action, kind, state, paused)) return null;
  const to = TRANSITIONS[action].to;
  if (to === 'same') return state;
  return typeof to === 'function' ? to(kind) : to;
}
