/**
 * REP-6: "at 17:00 the open and un-returned work orders of the day are listed for the
 * department head" — the manual's 当日早班人员下午5:00下班前检查当日报修, 维修服务单未返回及未处理的
 * 整理后报部门负责人. The day's repairs are those received that local day; a repair is on the
 * list while it is open, which includes one done but not yet called back.
 *
 * A durable timer per project fires at 17:00 project time, notifies the engineering
 * department head and schedules the next day's; ensureDailyListTimers starts the chain.
 */
import {
  addDays,
  instantAt,
  localDay,
  PROJECT_CLOCK_COLUMNS,
  projectClockOf,
} from '../../../platform/calendar/index.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import { scheduleTimer } from '../../../platform/timers/schedule.ts';
import type { TimerHandler } from '../../../platform/timers/sweeper.ts';
import { getProject } from '../../projects/index.ts';
import { notifyRoles } from '../../../platform/notifications/index.ts';
import type { TicketState } from '../states.ts';
import { utcBounds } from './week-window.ts';
import type { DailyOpenList, OpenReason } from './stats.contract.ts';

export type { DailyOpenItem, DailyOpenList, OpenReason } from './stats.contract.ts';

export const DAILY_OPEN_LIST_TIMER = 'tickets.daily_open_list';
/** When the list is drawn up, project-local (the early shift's end, REP-6). */
export const DAILY_LIST_TIME = '17:00';
export const DAILY_LIST_NOTIFICATION = 'repair.daily_open_list';

/** Why a work order is still on the list — the step it is waiting for. */

const REASONS: Partial<Record<TicketState, OpenReason>> = {
  new: 'not_forwarded',
  forwarded: 'not_picked_up',
  in_progress: 'in_progress',
  resolved: 'not_confirmed',
  callback: 'not_called_back',
};

/** The day's repairs still open, in the order they came in. */
export async function computeDailyOpenList(
  db: DbOrTrx,
  projectId: string,
  day: string,
  timeZone: string,
): Promise<DailyOpenList> {
  const { start, end } = utcBounds({ from: day, to: day }, timeZone);
  const rows = await db
    .selectFrom('tickets as t')
    .leftJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 't.project_id').onRef('u.unit_id', '=', 't.unit_id'),
    )
    .leftJoin('users as a', 'a.user_id', 't.assignee_id')
    .select([
      't.ticket_id',
      't.number',
      'u.code',
      't.public_area',
      't.customer_name',
      't.description',
      't.urgency',
      't.state',
      'a.display_name',
      't.received_at',
      't.next_due_at',
    ])
    .where('t.project_id', '=', projectId)
    .where('t.kind', '=', 'repair')
    .where('t.is_open', '=', 1)
    .where('t.received_at', '>=', start)
    .where('t.received_at', '<', end)
    .orderBy('t.received_at')
    .orderBy('t.number')
    .execute();
  const items = rows.map((r) => ({
    ticketId: r.ticket_id,
    number: r.number,
    unitCode: r.code,
    publicArea: r.public_area,
    customerName: r.customer_name,
    description: r.description,
    urgency: r.urgency,
    state: r.state as TicketState,
    reason: REASONS[r.state as TicketState] ?? 'in_progress',
    assigneeName: r.display_name,
    receivedAt: r.received_at,
    nextDueAt: r.next_due_at,
  }));
  return { day, count: items.length, items };
}

/** The list for a local day (default today), for the department head and the desk. */
export async function dailyOpenList(
  deps: Deps,
  actor: Actor,
  projectId: string,
  day: string | undefined,
): Promise<DailyOpenList> {
  requireAccess({ actor, permission: 'ticket.stats', projectId });
  const project = await getProject(deps.db.k, actor, projectId);
  return computeDailyOpenList(
    deps.db.k,
    projectId,
    day ?? localDay(deps.clock.now(), project.timeZone),
    project.timeZone,
  );
}

/**
 * The first local day from `notBefore` on whose 17:00 is still ahead of `now`. A server
 * that was down past some 17:00s resumes with the next one instead of firing a backlog.
 */
export function nextListDay(notBefore: string, now: Date, timeZone: string): string {
  let day = notBefore;
  while (instantAt(day, DAILY_LIST_TIME, timeZone) <= now) day = addDays(day, 1);
  return day;
}

async function scheduleListFor(
  db: DbOrTrx,
  projectId: string,
  day: string,
  timeZone: string,
  now: Date,
): Promise<void> {
  // Dedupe key = the day: however often this runs, one list per project per day.
  await scheduleTimer(db, {
    projectId,
    kind: DAILY_OPEN_LIST_TIMER,
    entityType: 'project',
    entityId: projectId,
    dedupeKey: day,
    dueAt: instantAt(day, DAILY_LIST_TIME, timeZone),
    payload: { day },
    now,
  });
}

/** Fires at 17:00: the engineering department head gets the count, then tomorrow's timer is set. */
export const dailyOpenListHandler: TimerHandler = async (trx, timer, now) => {
  const p = await trx
    .selectFrom('projects')
    .select([...PROJECT_CLOCK_COLUMNS, 'active'])
    .where('project_id', '=', timer.projectId)
    .executeTakeFirst();
  // An archived project stops its chain; nothing to tell anyone.
  if (!p || p.active !== 1) return;
  const project = projectClockOf(trx, p);
  const day = String(timer.payload.day);
  const list = await computeDailyOpenList(trx, timer.projectId, day, project.timeZone);
  const engineering = await trx
    .selectFrom('departments')
    .select('department_id')
    .where('project_id', '=', timer.projectId)
    .where('code', '=', 'engineering')
    .executeTakeFirst();
  // Without the department, notifyRoles would reach every department's head: tell nobody instead.
  if (engineering) {
    await notifyRoles(trx, {
      projectId: timer.projectId,
      roles: ['department_head'],
      departmentId: engineering.department_id,
      kind: DAILY_LIST_NOTIFICATION,
      ticketId: null,
      params: { count: list.count, day },
      at: now,
    });
  }
  await scheduleListFor(
    trx,
    timer.projectId,
    nextListDay(addDays(day, 1), now, project.timeZone),
    project.timeZone,
    now,
  );
};

/**
 * Schedules the next 17:00 list of every active project (call at server start; safe to call
 * again — the per-day dedupe key makes a second call a no-op).
 * @example await ensureDailyListTimers(deps.db.k, deps.clock.now());
 */
export async function ensureDailyListTimers(db: DbOrTrx, now: Date): Promise<void> {
  const projects = await db
    .selectFrom('projects')
    .select(PROJECT_CLOCK_COLUMNS)
    .where('active', '=', 1)
    .execute();
  for (const p of projects) {
    const { timeZone } = projectClockOf(db, p);
    await scheduleListFor(
      db,
      p.project_id,
      nextListDay(localDay(now, timeZone), now, timeZone),
      timeZone,
      now,
    );
  }
}
