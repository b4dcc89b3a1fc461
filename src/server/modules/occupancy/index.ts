/** The occupancy module: handover, move-in, move-out and transfer (HND, MVI, MVO, TRF). */
import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { messages } from './messages.ts';
import {
  DEPOSIT_DUE_TIMER,
  depositDueHandler,
  ensureLeaseReminderTimers,
  LEASE_REMINDER_TIMER,
  leaseReminderHandler,
  moveOutTransferRoutes,
} from './exit/index.ts';
import { handoverRoutes } from './handover/routes.ts';
import { moveInRoutes } from './move-in/routes.ts';

export { moveOutForPass, type MoveOutForPass } from './exit/index.ts';

export const manifest: ModuleManifest = {
  name: 'occupancy',
  messages,
  tables: {
    owns: [
      'handovers',
      'lease_reminders',
      'move_in_fixtures',
      'move_in_readings',
      'move_ins',
      'move_outs',
      'rectification_items',
      'transfers',
    ],
    publishes: [],
  },
  routes: (deps) => [moveOutTransferRoutes(deps), handoverRoutes(deps), moveInRoutes(deps)],
  timerHandlers: () => [
    [LEASE_REMINDER_TIMER, leaseReminderHandler],
    [DEPOSIT_DUE_TIMER, depositDueHandler],
  ],
  // MVO-1: the daily 09:00 lease reminders.
  ensureTimers: (db, now) => ensureLeaseReminderTimers(db, now),
};
