/** What the app wires up: the routes and the monthly reminder timer (STA-1). */
export { statusReportRoutes } from './routes.ts';
export { ensureStatusReportTimers, STATUS_REPORT_TIMER, statusReportReminder } from './reminder.ts';

import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { messages } from './messages.ts';
import { statusReportRoutes } from './routes.ts';
import { ensureStatusReportTimers, STATUS_REPORT_TIMER, statusReportReminder } from './reminder.ts';

export const manifest: ModuleManifest = {
  name: 'status-report',
  messages,
  tables: { owns: ['status_reports'], publishes: [] },
  routes: (deps) => [statusReportRoutes(deps)],
  timerHandlers: () => [[STATUS_REPORT_TIMER, statusReportReminder]],
  // STA-1: the monthly reminder.
  ensureTimers: (db, now) => ensureStatusReportTimers(db, now),
};
