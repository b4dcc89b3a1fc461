/** Every timer kind of the billing and parking modules, for src/server/timer-handlers.ts. */
import type { Deps } from '../../platform/http/context.ts';
import type { TimerHandler } from '../../platform/timers/sweeper.ts';
import { BOOKS_CHECK_TIMER, booksCheckHandler } from './books-check.ts';
import { DUE_REMINDER_TIMER, dueReminderHandler } from './reminders.ts';
import { RENTAL_EXPIRY_TIMER, rentalExpiryHandler, WEEKLY_REGISTER_TIMER, weeklyRegisterHandler } from '../parking/index.ts';

export function billingTimerHandlers(deps: Deps): [string, TimerHandler][] {
  return [
    [DUE_REMINDER_TIMER, dueReminderHandler(deps)],
    [BOOKS_CHECK_TIMER, booksCheckHandler],
    [RENTAL_EXPIRY_TIMER, rentalExpiryHandler],
    [WEEKLY_REGISTER_TIMER, weeklyRegisterHandler],
  ];
}
