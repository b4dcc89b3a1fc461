/**
 * Which action buttons a person sees on a ticket: the state machine's allowedActions (the
 * server's answer for this ticket now) narrowed by what this person may do, so nobody is
 * offered a button the server would refuse. The server still checks everything.
 */
import type { Permission } from '../../../server/platform/access/roles.ts';
import type { TicketAction } from './types.ts';

export interface ActionContext {
  kind: string;
  state: string;
  level: string | null;
  written: boolean;
  allowed: readonly TicketAction[];
  can(p: Permission): boolean;
  /** The person is the ticket's first-contact owner (TKT-2). */
  isOwner: boolean;
}

const desk = (c: ActionContext) => c.can('ticket.desk');
const work = (c: ActionContext) => c.can('ticket.work');

const WHO: Record<TicketAction, (c: ActionContext) => boolean> = {
  settle: desk,
  forward: desk,
  // A complaint's validity and level are the supervisor's (CMP-2/3); a repair's urgency and charge the desk's (REP-2/3).
  classify: (c) => (c.kind === 'complaint' ? c.can('complaint.classify') : c.kind === 'repair' && desk(c)),
  assign: (c) => c.can('ticket.assign'),
  pick_up: work,
  chase: desk,
  complete: work,
  confirm: desk,
  rework: desk,
  callback: desk,
  close_invalid: (c) => c.can('complaint.classify'),
  cancel: (c) => c.can('ticket.cancel'),
  pause: (c) => desk(c) || work(c),
  resume: (c) => desk(c) || work(c),
  hand_over: (c) => desk(c) && (c.isOwner || c.can('ticket.cancel')),
  // TKT-6: extensions are approved by supervisors and above; the server checks the level's approver.
  extend: (c) => c.can('complaint.classify'),
  comment: () => true,
  written_reply: (c) => c.written && desk(c),
  corrective_action: (c) => c.written && (desk(c) || work(c)),
};

/** The order the buttons appear in: the work's main line first, the rare ones last. */
const ORDER: readonly TicketAction[] = [
  'classify',
  'forward',
  'settle',
  'pick_up',
  'complete',
  'confirm',
  'callback',
  'rework',
  'chase',
  'assign',
  'pause',
  'resume',
  'written_reply',
  'corrective_action',
  'hand_over',
  'extend',
  'comment',
  'close_invalid',
  'cancel',
];

/**
 * @example visibleActions({ kind: 'repair', state: 'forwarded', allowed: ['pick_up', 'chase', …], can, … }) // ['pick_up', …] for an engineer
 */
export function visibleActions(c: ActionContext): TicketAction[] {
  return ORDER.filter((a) => c.allowed.includes(a) && WHO[a](c));
}

/** The next step of the work, shown as the primary button; null when it is someone else's. */
export function primaryAction(c: ActionContext, visible: readonly TicketAction[]): TicketAction | null {
  const next: Record<string, TicketAction> = {
    new: c.kind === 'complaint' && !c.level ? 'classify' : 'forward',
    forwarded: 'pick_up',
    in_progress: 'complete',
    resolved: 'confirm',
    callback: 'callback',
  };
  const a = next[c.state];
  return a && visible.includes(a) ? a : null;
}

/** CMP-4: linking complaints as one event is the supervisor's, on open complaints. */
export function canLinkEvent(c: Pick<ActionContext, 'kind' | 'state' | 'can'>): boolean {
  return c.kind === 'complaint' && !['closed', 'cancelled'].includes(c.state) && c.can('complaint.classify');
}
