/** Every timer kind the product knows, collected from the modules. */
import type { TimerHandler } from './platform/timers/sweeper.ts';
import type { Deps } from './platform/http/context.ts';
import { DEADLINE_TIMER } from './modules/tickets/deadline-store.ts';
import { deadlineTimerHandler } from './modules/tickets/deadline-timer.ts';
import { DAILY_OPEN_LIST_TIMER, dailyOpenListHandler } from './modules/tickets/stats/daily-open-list.ts';
import { billingTimerHandlers } from './modules/billing/timers.ts';
import { STATUS_REPORT_TIMER, statusReportReminder } from './modules/status-report/reminder.ts';
import { DEPOSIT_DUE_TIMER, depositDueHandler, LEASE_REMINDER_TIMER, leaseReminderHandler } from './modules/occupancy/exit/index.ts';

export function timerHandlers(deps: Deps): Map<string, TimerHandler> {
  return new Map([
    [DEADLINE_TIMER, deadlineTimerHandler(deps)],
    [DAILY_OPEN_LIST_TIMER, dailyOpenListHandler],
    ...billingTimerHandlers(deps),
    [STATUS_REPORT_TIMER, statusReportReminder],
    [LEASE_REMINDER_TIMER, leaseReminderHandler],
    [DEPOSIT_DUE_TIMER, depositDueHandler],
  ]);
}
