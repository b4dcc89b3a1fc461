/** What the app wires up: the routes and the monthly reminder timer (STA-1). */
export { statusReportRoutes } from './routes.ts';
export { ensureStatusReportTimers, STATUS_REPORT_TIMER, statusReportReminder } from './reminder.ts';
