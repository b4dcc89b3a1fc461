/** Every timer kind the product knows, collected from the modules. */
import type { TimerHandler } from './platform/timers/sweeper.ts';
import type { Deps } from './platform/http/context.ts';

export function timerHandlers(_deps: Deps): Map<string, TimerHandler> {
  // Modules add their kinds here as they gain deadlines (tickets' SLA, fee reminders, …).
  return new Map();
}
