/** Every timer kind of the billing module (its manifest hands them to the sweeper). */
import type { Deps } from '../../platform/http/context.ts';
import type { TimerHandler } from '../../platform/timers/sweeper.ts';
import { BOOKS_CHECK_TIMER, booksCheckHandler } from './books-check.ts';
import { DUE_REMINDER_TIMER, dueReminderHandler } from './reminders.ts';

export function billingTimerHandlers(deps: Deps): [string, TimerHandler][] {
  return [
    [DUE_REMINDER_TIMER, dueReminderHandler(deps)],
    [BOOKS_CHECK_TIMER, booksCheckHandler],
  ];
}
