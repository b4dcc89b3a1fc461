/**
 * MVO-1: one month before a lease ends the CS assistants are reminded to ask leasing about
 * renewal or move-out. A daily job per project (09:00 project time, self-rescheduling)
 * finds tenant leases ending within a month; each lease end is reminded once — the
 * lease_reminders row is inserted with ON CONFLICT DO NOTHING and only a new row notifies,
 * so a job that runs twice (or on two servers) reminds nobody twice, and a day the server
 * was down is caught up the next day.
 */
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import {
  addDays,
  instantAt,
  localDay,
  PROJECT_CLOCK_COLUMNS,
  projectClock,
  projectClockOf,
} from '../../../platform/calendar/index.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import { scheduleTimer } from '../../../platform/timers/schedule.ts';
import type { TimerHandler } from '../../../platform/timers/sweeper.ts';
import { notifyRoles } from '../../../platform/notifications/index.ts';
import { reminderHorizon } from './rules.ts';
import { occupancyDb, type ODbOrTrx } from './tables.ts';
import { requireAnyAccess } from './workflow.ts';
import type { EndingLease } from './contract.ts';

export type { EndingLease };

export const LEASE_REMINDER_TIMER = 'occupancy.lease_reminders';
export const LEASE_REMINDER_TIME = '09:00';

/** Tenant leases ending between `today` and one month later, soonest first, with their reminder and open move-out. */
export async function leasesEnding(db: ODbOrTrx, projectId: string, today: string): Promise<EndingLease[]> {
  const rows = await db
    .selectFrom('customer_units as cu')
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'cu.project_id').onRef('c.customer_id', '=', 'cu.customer_id'),
    )
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'cu.project_id').onRef('u.unit_id', '=', 'cu.unit_id'),
    )
    .leftJoin('lease_reminders as r', (j) =>
      j
        .onRef('r.project_id', '=', 'cu.project_id')
        .onRef('r.customer_id', '=', 'cu.customer_id')
        .onRef('r.unit_id', '=', 'cu.unit_id')
        .onRef('r.lease_end', '=', 'cu.lease_end'),
    )
    .leftJoin('move_outs as m', (j) =>
      j
        .onRef('m.project_id', '=', 'cu.project_id')
        .onRef('m.customer_id', '=', 'cu.customer_id')
        .onRef('m.unit_id', '=', 'cu.unit_id')
        .on('m.state', 'not in', ['completed', 'cancelled']),
    )
    .select([
      'cu.customer_id',
      'c.name',
      'cu.unit_id',
      'u.code',
      'cu.lease_end',
      'r.reminded_at',
      'm.move_out_id',
    ])
    .where('cu.project_id', '=', projectId)
    .where('cu.relation', '=', 'tenant')
    .where('cu.lease_end', '>=', today)
    .where('cu.lease_end', '<=', reminderHorizon(today))
    .orderBy('cu.lease_end')
    .orderBy('u.code')
    .execute();
  return rows.map((r) => ({
    customerId: r.customer_id,
    customerName: r.name,
    unitId: r.unit_id,
    unitCode: r.code,
    leaseEnd: String(r.lease_end),
    remindedAt: r.reminded_at ?? null,
    moveOutId: r.move_out_id ?? null,
  }));
}

export async function listLeasesEnding(deps: Deps, actor: Actor, projectId: string): Promise<EndingLease[]> {
  requireAnyAccess(actor, projectId, ['occupancy.manage']);
  const db = occupancyDb(deps.db.k);
  return leasesEnding(db, projectId, (await projectClock(deps.db.k, projectId)).dayOf(deps.clock.now()));
}

/** Reminds every lease of the project due for it and not reminded yet; returns how many were new. */
export async function remindEndingLeases(
  db: DbOrTrx,
  projectId: string,
  today: string,
  now: Date,
): Promise<number> {
  const o = occupancyDb(db);
  let count = 0;
  for (const l of await leasesEnding(o, projectId, today)) {
    if (l.remindedAt) continue;
    const inserted = await o
      .insertInto('lease_reminders')
      .values({
        project_id: projectId,
        customer_id: l.customerId,
        unit_id: l.unitId,
        lease_end: l.leaseEnd,
        reminded_at: now.toISOString(),
      })
      .onConflict((oc) => oc.columns(['project_id', 'customer_id', 'unit_id', 'lease_end']).doNothing())
      .returning('customer_id')
      .execute();
    if (inserted.length === 0) continue;
    await notifyRoles(db, {
      projectId,
      roles: ['cs_clerk'],
      kind: 'lease.ending',
      ticketId: null,
      params: { customer: l.customerName, unit: l.unitCode, leaseEnd: l.leaseEnd },
      at: now,
    });
    count++;
  }
  return count;
}

/** The first day whose 09:00 is still ahead of `now`. */
function nextRunDay(from: string, now: Date, timeZone: string): string {
  let day = from;
  while (instantAt(day, LEASE_REMINDER_TIME, timeZone) <= now) day = addDays(day, 1);
  return day;
}

async function scheduleRun(
  db: DbOrTrx,
  projectId: string,
  day: string,
  timeZone: string,
  now: Date,
): Promise<void> {
  await scheduleTimer(db, {
    projectId,
    kind: LEASE_REMINDER_TIMER,
    entityType: 'project',
    entityId: projectId,
    dedupeKey: day,
    dueAt: instantAt(day, LEASE_REMINDER_TIME, timeZone),
    payload: { day },
    now,
  });
}

export const leaseReminderHandler: TimerHandler = async (trx, timer, now) => {
  const p = await trx
    .selectFrom('projects')
    .select([...PROJECT_CLOCK_COLUMNS, 'active'])
    .where('project_id', '=', timer.projectId)
    .executeTakeFirst();
  if (!p || p.active !== 1) return;
  const { timeZone } = projectClockOf(trx, p);
  const day = String(timer.payload.day);
  await remindEndingLeases(
    trx,
    timer.projectId,
    localDay(now, timeZone) > day ? localDay(now, timeZone) : day,
    now,
  );
  await scheduleRun(trx, timer.projectId, nextRunDay(addDays(day, 1), now, timeZone), timeZone, now);
};

/** Starts each active project's daily chain (server start; a second call is a no-op). */
export async function ensureLeaseReminderTimers(db: DbOrTrx, now: Date): Promise<void> {
  const projects = await db
    .selectFrom('projects')
    .select(PROJECT_CLOCK_COLUMNS)
    .where('active', '=', 1)
    .execute();
  for (const p of projects) {
    const { timeZone } = projectClockOf(db, p);
    await scheduleRun(db, p.project_id, nextRunDay(localDay(now, timeZone), now, timeZone), timeZone, now);
  }
}
