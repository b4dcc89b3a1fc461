/** The tickets module: intake, repairs, complaints, callbacks, the desk and its reports (TKT, REP, CMP, CBK, REQ, RPT). */
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { messages } from './messages.ts';
import { ticketRoutes } from './routes.ts';
import { deskRoutes } from './desk-routes.ts';
import { ticketReportRoutes } from './stats/routes.ts';
import { DEADLINE_TIMER } from './deadline-store.ts';
import { deadlineTimerHandler } from './deadline-timer.ts';
import {
  DAILY_OPEN_LIST_TIMER,
  dailyOpenListHandler,
  ensureDailyListTimers,
} from './stats/daily-open-list.ts';

export const manifest: ModuleManifest = {
  name: 'tickets',
  messages,
  tables: {
    owns: [
      'tickets',
      'ticket_events',
      'ticket_deadlines',
      'ticket_callbacks',
      'attachments',
      'customer_visits',
      'service_prices',
      'dispatch_state',
    ],
    publishes: ['tickets'],
  },
  routes: (deps) => [ticketRoutes(deps), deskRoutes(deps), ticketReportRoutes(deps)],
  timerHandlers: (deps) => [
    [DEADLINE_TIMER, deadlineTimerHandler(deps)],
    [DAILY_OPEN_LIST_TIMER, dailyOpenListHandler],
  ],
  // REP-6: the 17:00 list of open repairs.
  ensureTimers: (db, now) => ensureDailyListTimers(db, now),
};
