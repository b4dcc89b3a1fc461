/**
 * A notification as a sentence (CMP-5 major/important complaints, CMP-6 escalations, TKT-3
 * late forwarding, REP-4 chase, CBK-1 overdue callback, REP-6 the 17:00 open list). Pure.
 */
import type { TFunction } from 'i18next';
import type { EnumGroup } from '../../app/labels.ts';
import type { Notification } from './types.ts';

const s = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/**
 * @example notificationText({ kind: 'complaint.major', number: 'TS…', params: { reason: 'five_customers' } }, t, label)
 *   // '重大投诉 TS…：同一事件已有 5 位客户投诉，自动升级为重大'
 */
export function notificationText(n: Pick<Notification, 'kind' | 'number' | 'params'>, t: TFunction, label: (g: EnumGroup, v: string) => string): string {
  const number = n.number ?? s(n.params.number);
  switch (n.kind) {
    case 'complaint.major':
      return t('notifications.complaintMajor', { number, reason: label('majorReason', s(n.params.reason) || 'classified') });
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
    case 'ticket.callback_overdue':
      return t('notifications.callbackOverdue', { number });
    case 'ticket.overdue':
      return t('notifications.overdue', { number, deadline: label('deadlineKind', s(n.params.deadline)) });
    case 'repair.daily_open_list':
      return t('notifications.dailyOpenList', { day: s(n.params.day), count: Number(n.params.count) || 0 });
    default:
      return t('notifications.other', { number });
  }
}

/** Major complaints and escalations are red in the list; the rest are reminders. */
export function isUrgentNotification(kind: string): boolean {
  return kind === 'complaint.major' || kind.startsWith('ticket.escalated');
}
