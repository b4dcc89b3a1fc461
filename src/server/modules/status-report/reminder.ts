/**
 * STA-1 reminder: at 09:00 on the day before a month's report is due (the 2nd), whoever
 * makes and signs the report is told if it has not gone out yet. One self-rescheduling
 * timer per project and month (dedupe key = the month), so scheduling twice is harmless.
 */
import {
  addDays,
  instantAt,
  localDay,
  PROJECT_CLOCK_COLUMNS,
  projectClockOf,
} from '../../platform/calendar/index.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { scheduleTimer } from '../../platform/timers/schedule.ts';
import type { TimerHandler } from '../../platform/timers/sweeper.ts';
import { notifyRoles } from '../../platform/notifications/index.ts';
import { dueDate, nextMonth } from './rules.ts';
import { reportsDb } from './tables.ts';

export const STATUS_REPORT_TIMER = 'status_report.due_reminder';
const REMIND_AT = '09:00';

/** When the month's reminder fires: the day before its due date, 09:00 project time. */
export function reminderAt(month: string, timeZone: string): Date {
  return instantAt(addDays(dueDate(month), -1), REMIND_AT, timeZone);
}

async function scheduleReminder(
  db: DbOrTrx,
  projectId: string,
  month: string,
  timeZone: string,
  now: Date,
): Promise<void> {
  await scheduleTimer(db, {
    projectId,
    kind: STATUS_REPORT_TIMER,
    entityType: 'project',
    entityId: projectId,
    dedupeKey: month,
    dueAt: reminderAt(month, timeZone),
    payload: { month },
    now,
  });
}

/** The month whose reminder is still ahead: this month's, unless last month's has not fired yet. */
export function nextReminderMonth(now: Date, timeZone: string): string {
  const thisMonth = localDay(now, timeZone).slice(0, 7);
  const last = addDays(`${thisMonth}-01`, -1).slice(0, 7);
  return reminderAt(last, timeZone) > now ? last : thisMonth;
}

export const statusReportReminder: TimerHandler = async (trx, timer, now) => {
  const p = await trx
    .selectFrom('projects')
    .select([...PROJECT_CLOCK_COLUMNS, 'active'])
    .where('project_id', '=', timer.projectId)
    .executeTakeFirst();
  if (!p || p.active !== 1) return;
  const month = String(timer.payload.month);
  const report = await reportsDb(trx)
    .selectFrom('status_reports')
    .select('state')
    .where('project_id', '=', timer.projectId)
    .where('month', '=', month)
    .executeTakeFirst();
  if (report?.state !== 'sent') {
    await notifyRoles(trx, {
      projectId: timer.projectId,
      roles: ['cs_manager', 'project_manager'],
      kind: 'status_report.due',
      ticketId: null,
      params: { month, dueDate: dueDate(month), state: report?.state ?? 'none' },
      at: now,
    });
  }
  await scheduleReminder(trx, timer.projectId, nextMonth(month), projectClockOf(trx, p).timeZone, now);
};

/** Starts each active project's monthly chain (server start; a second call is a no-op). */
export async function ensureStatusReportTimers(db: DbOrTrx, now: Date): Promise<void> {
  const projects = await db
    .selectFrom('projects')
    .select(PROJECT_CLOCK_COLUMNS)
    .where('active', '=', 1)
    .execute();
  for (const p of projects) {
    const zone = projectClockOf(db, p).timeZone;
    await scheduleReminder(db, p.project_id, nextReminderMonth(now, zone), zone, now);
  }
}
