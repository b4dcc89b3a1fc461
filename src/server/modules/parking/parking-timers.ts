/**
 * PRK-4 timers: the register goes to the garage cashier every Monday at 08:00 project time
 * (a self-rescheduling weekly timer per project), and each rental is reminded seven days
 * before it ends, to the CS desk and the cashier.
 */
import {
  addDays,
  instantAt,
  isoWeekday,
  localDay,
  PROJECT_CLOCK_COLUMNS,
  projectClock,
  projectClockOf,
} from '../../platform/calendar/index.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { scheduleTimer } from '../../platform/timers/schedule.ts';
import type { TimerHandler } from '../../platform/timers/sweeper.ts';
import { notifyRoles } from '../../platform/notifications/index.ts';
import { EXPIRY_NOTICE_DAYS, registerRows } from './register.ts';
import { parkingDb, type PDbOrTrx } from './tables.ts';

export const WEEKLY_REGISTER_TIMER = 'parking.weekly_register';
export const RENTAL_EXPIRY_TIMER = 'parking.rental_expiry';
export const REGISTER_TIME = '08:00';
const EXPIRY_TIME = '09:00';

export async function scheduleExpiryReminder(
  db: PDbOrTrx,
  projectId: string,
  rentalId: string,
  endDay: string,
  now: Date,
): Promise<void> {
  const { timeZone } = await projectClock(db, projectId);
  await scheduleTimer(db, {
    projectId,
    kind: RENTAL_EXPIRY_TIMER,
    entityType: 'parking_rental',
    entityId: rentalId,
    dueAt: instantAt(addDays(endDay, -EXPIRY_NOTICE_DAYS), EXPIRY_TIME, timeZone),
    payload: { endDay },
    now,
  });
}

export const rentalExpiryHandler: TimerHandler = async (trx0, timer, now) => {
  const r = await parkingDb(trx0)
    .selectFrom('parking_rentals')
    .select(['plate', 'end_day'])
    .where('project_id', '=', timer.projectId)
    .where('rental_id', '=', timer.entityId)
    .executeTakeFirst();
  if (!r) return;
  await notifyRoles(trx0, {
    projectId: timer.projectId,
    roles: ['cs_clerk', 'cashier'],
    kind: 'parking.expiring',
    ticketId: null,
    params: { plate: r.plate, endDay: String(r.end_day) },
    at: now,
  });
};

/** The first Monday on or after `from` whose 08:00 is still ahead of `now`. */
export function nextRegisterDay(from: string, now: Date, timeZone: string): string {
  let day = addDays(from, (8 - isoWeekday(from)) % 7);
  while (instantAt(day, REGISTER_TIME, timeZone) <= now) day = addDays(day, 7);
  return day;
}

async function scheduleRegister(
  db: DbOrTrx,
  projectId: string,
  day: string,
  timeZone: string,
  now: Date,
): Promise<void> {
  await scheduleTimer(db, {
    projectId,
    kind: WEEKLY_REGISTER_TIMER,
    entityType: 'project',
    entityId: projectId,
    dedupeKey: day,
    dueAt: instantAt(day, REGISTER_TIME, timeZone),
    payload: { day },
    now,
  });
}

export const weeklyRegisterHandler: TimerHandler = async (trx0, timer, now) => {
  const trx = parkingDb(trx0);
  const p = await trx
    .selectFrom('projects')
    .select([...PROJECT_CLOCK_COLUMNS, 'active'])
    .where('project_id', '=', timer.projectId)
    .executeTakeFirst();
  if (!p || p.active !== 1) return;
  const { timeZone } = projectClockOf(trx0, p);
  const day = String(timer.payload.day);
  const rows = await registerRows(trx, timer.projectId, day, timeZone);
  await notifyRoles(trx0, {
    projectId: timer.projectId,
    roles: ['cashier'],
    kind: 'parking.register',
    ticketId: null,
    params: { count: rows.length, day },
    at: now,
  });
  await scheduleRegister(
    trx0,
    timer.projectId,
    nextRegisterDay(addDays(day, 1), now, timeZone),
    timeZone,
    now,
  );
};

/** Starts each active project's Monday chain (server start; a second call is a no-op). */
export async function ensureParkingTimers(db: DbOrTrx, now: Date): Promise<void> {
  const projects = await db
    .selectFrom('projects')
    .select(PROJECT_CLOCK_COLUMNS)
    .where('active', '=', 1)
    .execute();
  for (const p of projects) {
    const { timeZone } = projectClockOf(db, p);
    await scheduleRegister(
      db,
      p.project_id,
      nextRegisterDay(localDay(now, timeZone), now, timeZone),
      timeZone,
      now,
    );
  }
}
