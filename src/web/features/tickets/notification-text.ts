/**
 * A notification as a sentence (TKT-3/REP-2 work given to me, CMP-2 a complaint to classify,
 * CMP-5 major/important complaints, CMP-6 escalations, TKT-3 late forwarding, REP-4 chase, CBK-1 overdue callback, REP-6 the 17:00 open list, and the
 * reminders of fees, parking, leases, move-in/out, release passes and the status report). Pure.
 */
import type { TFunction } from 'i18next';
import type { EnumGroup } from '../../app/labels.ts';
import type { Notification } from './types.ts';
import { formatYuan } from './money.ts';

const s = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/**
 * @example notificationText({ kind: 'complaint.major', number: 'TS…', params: { reason: 'five_customers' } }, t, label)
 *   // '重大投诉 TS…：同一事件已有 5 位客户投诉，自动升级为重大'
 */
export function notificationText(
  n: Pick<Notification, 'kind' | 'number' | 'params'>,
  t: TFunction,
  label: (g: EnumGroup, v: string) => string,
  time: (iso: string) => string = (iso) => iso,
): string {
  const number = n.number ?? s(n.params.number);
  switch (n.kind) {
    case 'ticket.assigned_urgent':
      return t('notifications.assignedUrgent', { number, place: s(n.params.place) });
    case 'ticket.assigned':
      return t(n.params.reassigned ? 'notifications.reassigned' : 'notifications.assigned', {
        number,
        place: s(n.params.place),
        kind: label('ticketKind', s(n.params.ticketKind)),
      });
    case 'complaint.to_classify':
      return t('notifications.toClassify', {
        number,
        place: s(n.params.place),
        time: time(s(n.params.forwardBy)),
      });
    case 'complaint.major':
      return t('notifications.complaintMajor', {
        number,
        reason: label('majorReason', s(n.params.reason) || 'classified'),
      });
    case 'complaint.important':
      return t('notifications.complaintImportant', { number });
    case 'ticket.escalated_department':
      return t('notifications.escalatedDepartment', { number });
    case 'ticket.escalated_project':
      return t('notifications.escalatedProject', { number });
    case 'ticket.forward_late':
      return t('notifications.forwardLate', { number });
    case 'ticket.chase_needed':
      return t('notifications.chaseNeeded', { number });
    case 'ticket.chased':
      return t('notifications.chased', { number, count: Number(n.params.count) || 1 });
    case 'ticket.callback_overdue':
      return t('notifications.callbackOverdue', { number });
    case 'ticket.overdue':
      return t('notifications.overdue', { number, deadline: label('deadlineKind', s(n.params.deadline)) });
    case 'repair.daily_open_list':
      return t('notifications.dailyOpenList', { day: s(n.params.day), count: Number(n.params.count) || 0 });
    case 'fee.unpaid_list':
    case 'fee.second_notice':
      // The bell passes the list's figures as they are now (NotificationBell); none left means all were paid since.
      if (n.params.count === 0) return t('notifications.unpaidCleared', { dueDate: s(n.params.dueDate) });
      return t(n.kind === 'fee.unpaid_list' ? 'notifications.unpaidList' : 'notifications.secondNotice', {
        dueDate: s(n.params.dueDate),
        count: Number(n.params.count) || 0,
        total: formatYuan(Number(n.params.total) || 0),
      });
    case 'fee.adjustment_requested':
    case 'fee.adjustment_approved':
    case 'fee.adjustment_rejected': {
      const key =
        n.kind === 'fee.adjustment_requested'
          ? 'notifications.adjustmentRequested'
          : n.kind === 'fee.adjustment_approved'
            ? 'notifications.adjustmentApproved'
            : 'notifications.adjustmentRejected';
      const what = t(
        s(n.params.adjustment) === 'reversal'
          ? 'notifications.adjustmentWhat.reversal'
          : 'notifications.adjustmentWhat.deduction',
      );
      return t(key, {
        what,
        by: s(n.params.by),
        unit: s(n.params.unit),
        amount: formatYuan(Math.abs(Number(n.params.amount) || 0)),
        reason: s(n.params.reason),
        note: s(n.params.note),
      });
    }
    case 'fee.low_balance':
      return t('notifications.lowBalance', { meterNo: s(n.params.meterNo), balance: s(n.params.balance) });
    case 'fee.books_unbalanced':
      return t('notifications.booksUnbalanced', { day: s(n.params.day), problems: s(n.params.problems) });
    case 'parking.expiring':
      return t('notifications.parkingExpiring', { plate: s(n.params.plate), endDay: s(n.params.endDay) });
    case 'parking.register':
      return t('notifications.parkingRegister', { count: Number(n.params.count) || 0 });
    case 'lease.ending':
      return t('notifications.leaseEnding', {
        customer: s(n.params.customer),
        unit: s(n.params.unit),
        leaseEnd: s(n.params.leaseEnd),
      });
    case 'move_in.notice':
      return t('notifications.moveInNotice', {
        tenant: s(n.params.tenant),
        unit: s(n.params.unit),
        day: s(n.params.day),
      });
    case 'move_out.scheduled':
      return t('notifications.moveOutScheduled', {
        customer: s(n.params.customer),
        unit: s(n.params.unit),
        day: s(n.params.day),
      });
    case 'move_out.deposit_overdue':
      return t('notifications.depositOverdue', {
        customer: s(n.params.customer),
        unit: s(n.params.unit),
        dueOn: s(n.params.dueOn),
      });
    case 'pass.flagged':
      return t('notifications.passFlagged', { unit: s(n.params.unit) });
    case 'status_report.due':
      return t('notifications.statusReportDue', { month: s(n.params.month), dueDate: s(n.params.dueDate) });
    case 'status_report.sent':
      return t('notifications.statusReportSent', { month: s(n.params.month) });
    default:
      return t('notifications.other', { number });
  }
}

/**
 * Where clicking a notification leads: its ticket; the billing page's adjustments or unpaid
 * list for the money notices; the repair queue for the other reminders.
 * @example notificationPath({ kind: 'fee.adjustment_requested', ticketId: null }, 'p1') // '/p/p1/billing?tab=adjustments'
 */
export function notificationPath(n: Pick<Notification, 'kind' | 'ticketId'>, projectId: string): string {
  if (n.ticketId) return `/p/${projectId}/tickets/${n.ticketId}`;
  if (n.kind.startsWith('fee.adjustment_')) return `/p/${projectId}/billing?tab=adjustments`;
  if (n.kind === 'fee.unpaid_list' || n.kind === 'fee.second_notice')
    return `/p/${projectId}/billing?tab=unpaid`;
  return `/p/${projectId}/tickets?kind=repair`;
}

/** Urgent repairs given to me (REP-2), major complaints and escalations are red in the list; the rest are reminders. */
export function isUrgentNotification(kind: string): boolean {
  return (
    kind === 'ticket.assigned_urgent' || kind === 'complaint.major' || kind.startsWith('ticket.escalated')
  );
}
