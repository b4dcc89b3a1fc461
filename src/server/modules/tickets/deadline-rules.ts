/**
 * Which deadlines a ticket has and when they fall (TKT-3, TKT-5, REP-4, REP-6, CMP-4,
 * CMP-6, CMP-9, REQ-2, CBK-1). Pure: the use cases store the result and schedule timers.
 * Decisions where the manuals are loose are in docs/decisions/0004-service-desk-deadlines.md.
 */
import {
  addClockMinutes,
  endOfLocalDay,
  localTime,
  type WorkCalendar,
} from '../../platform/calendar/index.ts';
import type { TicketKind } from './states.ts';

export const DEADLINE_KINDS = [
  'forward',
  'pickup',
  'answer',
  'resolve',
  'callback',
  'auto_major',
  'same_day_escalation',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const COMPLAINT_LEVELS = ['major', 'important', 'minor'] as const;
export type ComplaintLevel = (typeof COMPLAINT_LEVELS)[number];

/** TKT-3 / REQ-1: forwarded within 10 minutes of receipt. */
export const FORWARD_MINUTES = 10;
/** REP-2/REP-4: urgent repairs are picked up at once; we allow 10 minutes before chasing. */
export const URGENT_PICKUP_MINUTES = 10;
/** A scheduled repair is picked up within an hour of forwarding, so the visit can be announced. */
export const SCHEDULED_PICKUP_MINUTES = 60;
/** CMP-6 "half a day" for a minor complaint: 4 hours on the wall clock (the one reading: decision 0004). */
export const MINOR_RESOLVE_MINUTES = 4 * 60;
/** CMP-6 important: handled within 1 day. */
export const IMPORTANT_RESOLVE_MINUTES = 24 * 60;
/** CMP-6 major: a clear answer within 2 days … */
export const MAJOR_ANSWER_MINUTES = 2 * 24 * 60;
/** … and solved within 15 days. */
export const MAJOR_RESOLVE_MINUTES = 15 * 24 * 60;
/** CMP-6: a complaint that directly affects the customer is solved (or explained) within 2 hours. */
export const DIRECT_IMPACT_MINUTES = 2 * 60;
/** CMP-4: a valid complaint still unresolved 7 days after receipt becomes major. */
export const AUTO_MAJOR_MINUTES = 7 * 24 * 60;
/** REQ-2: a request or suggestion is answered within 1 day. */
export const REQUEST_ANSWER_MINUTES = 24 * 60;
/** CMP-9 / CBK-1: callback within 1 day after completion. */
export const CALLBACK_MINUTES = 24 * 60;
/** The day shift ends at 17:30 (DOMAIN header); work finished later is called back the next day. */
export const DAY_SHIFT_END = '17:30';

export interface DueDeadline {
  kind: DeadlineKind;
  dueAt: Date;
}

/** TKT-3: a ticket not settled on the spot must be forwarded within 10 minutes. */
export function forwardDeadline(receivedAt: Date): DueDeadline {
  return { kind: 'forward', dueAt: addClockMinutes(receivedAt, FORWARD_MINUTES) };
}

/**
 * TKT-3: a ticket forwarded after its forwarding deadline is flagged late; one forwarded at
 * the deadline itself is in time. The one place the flag is decided (the timer only flags
 * what stays unforwarded).
 * @example isForwardLate(new Date('2026-11-25T01:00:00Z'), new Date('2026-11-25T01:10:00Z')) // false
 */
export function isForwardLate(receivedAt: Date, forwardedAt: Date): boolean {
  return forwardedAt.getTime() > forwardDeadline(receivedAt).dueAt.getTime();
}

/** REP-4: engineering must pick the work order up; an urgent one at once. */
export function pickupDeadline(
  forwardedAt: Date,
  urgency: 'urgent' | 'scheduled',
  appointmentAt: Date | null,
): DueDeadline {
  if (urgency === 'urgent')
    return { kind: 'pickup', dueAt: addClockMinutes(forwardedAt, URGENT_PICKUP_MINUTES) };
  const byHour = addClockMinutes(forwardedAt, SCHEDULED_PICKUP_MINUTES);
  // Never later than the appointment itself: the visit must be announced (上门必须预约).
  const dueAt =
    appointmentAt && appointmentAt < byHour && appointmentAt > forwardedAt ? appointmentAt : byHour;
  return { kind: 'pickup', dueAt };
}

/**
 * CMP-6 deadlines from the moment the complaint is classified (TKT-5) — measured from
 * receipt, since the customer's wait began then. Direct impact adds the 2-hour rule.
 * CMP-4 adds the 7-day automatic upgrade for any level below major.
 */
export function complaintDeadlines(
  receivedAt: Date,
  level: ComplaintLevel,
  directImpact: boolean,
): DueDeadline[] {
  const out: DueDeadline[] = [];
  switch (level) {
    case 'minor':
      out.push({ kind: 'resolve', dueAt: addClockMinutes(receivedAt, MINOR_RESOLVE_MINUTES) });
      break;
    case 'important':
      out.push({ kind: 'resolve', dueAt: addClockMinutes(receivedAt, IMPORTANT_RESOLVE_MINUTES) });
      break;
    case 'major':
      out.push({ kind: 'answer', dueAt: addClockMinutes(receivedAt, MAJOR_ANSWER_MINUTES) });
      out.push({ kind: 'resolve', dueAt: addClockMinutes(receivedAt, MAJOR_RESOLVE_MINUTES) });
      break;
  }
  if (directImpact) {
    const twoHours = addClockMinutes(receivedAt, DIRECT_IMPACT_MINUTES);
    const resolve = out.find((d) => d.kind === 'resolve')!;
    if (twoHours < resolve.dueAt) resolve.dueAt = twoHours;
  }
  if (level !== 'major')
    out.push({ kind: 'auto_major', dueAt: addClockMinutes(receivedAt, AUTO_MAJOR_MINUTES) });
  return out;
}

/** REQ-2: answered within 1 day of receipt, or by the time promised to the customer. */
export function requestDeadline(receivedAt: Date, promisedAt: Date | null): DueDeadline {
  return { kind: 'answer', dueAt: promisedAt ?? addClockMinutes(receivedAt, REQUEST_ANSWER_MINUTES) };
}

/**
 * When the callback is due after completion. Repairs: the same day (REP-6), or the next day
 * when finished after the day shift; everything else within 1 day (CMP-9, CBK-1).
 */
export function callbackDeadline(
  kind: TicketKind,
  completedAt: Date,
  cal: Pick<WorkCalendar, 'timeZone'>,
): DueDeadline {
  if (kind !== 'repair') return { kind: 'callback', dueAt: addClockMinutes(completedAt, CALLBACK_MINUTES) };
  const endOfToday = endOfLocalDay(completedAt, cal);
  const lateShift = localTime(completedAt, cal.timeZone) >= DAY_SHIFT_END;
  return { kind: 'callback', dueAt: lateShift ? endOfLocalDay(endOfToday, cal) : endOfToday };
}

/** CMP-6: not solved by the deadline → department manager; not solved that same day → project manager. */
export function sameDayEscalation(breachedAt: Date, cal: Pick<WorkCalendar, 'timeZone'>): DueDeadline {
  return { kind: 'same_day_escalation', dueAt: endOfLocalDay(breachedAt, cal) };
}

/** TKT-6: who may approve extending a deadline, by complaint level (CMP-6). */
export function extensionApproverRoles(level: ComplaintLevel | null): readonly string[] {
  switch (level) {
    case 'minor':
      return ['cs_supervisor', 'cs_manager', 'project_manager'];
    case 'important':
      return ['cs_manager', 'project_manager'];
    case 'major':
      return ['project_manager'];
    default:
      return ['cs_supervisor', 'cs_manager', 'project_manager'];
  }
}

/** A paused clock (waiting on the customer) moves every open deadline by the pause. */
export function shiftByPause(d: Date, pausedMinutes: number): Date {
  return addClockMinutes(d, pausedMinutes);
}
