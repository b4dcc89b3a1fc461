/**
 * One way to ask "what time is it for this project": its name, its zone, its local day and
 * its working calendar. Dates a person sees or a rule counts in (a loan's due day, today's
 * list, a deadline) are the project's, never the server's (ARCHITECTURE "must hold" 4).
 */
import { notFound } from '../errors.ts';
import type { ProjectsTable } from '../db/schema.ts';
import type { DbOrTrx } from '../history/record-history.ts';
import { DEFAULT_TIME_ZONE, loadWorkCalendar } from './load-calendar.ts';
import type { WorkCalendar } from './working-time.ts';
import { localDay, localTime } from './zoned-time.ts';

export interface ProjectClock {
  projectId: string;
  name: string;
  timeZone: string;
  /** The project's local calendar day (YYYY-MM-DD) of an instant. */
  dayOf(at: Date): string;
  /** The project's local wall-clock time (HH:mm) of an instant. */
  timeOf(at: Date): string;
  /** The working calendar (hours and holidays), read on first use. */
  calendar(): Promise<WorkCalendar>;
}

/** What a clock is made of: a caller that reads the project row anyway selects these too. */
export const PROJECT_CLOCK_COLUMNS = ['project_id', 'name', 'time_zone'] as const;
export type ProjectClockRow = Pick<ProjectsTable, (typeof PROJECT_CLOCK_COLUMNS)[number]>;

/**
 * @example const pc = await projectClock(deps.db.k, projectId); const today = pc.dayOf(deps.clock.now());
 * Throws NOT_FOUND for an unknown project.
 */
export async function projectClock(db: DbOrTrx, projectId: string): Promise<ProjectClock> {
  const p = await db
    .selectFrom('projects')
    .select(PROJECT_CLOCK_COLUMNS)
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  if (!p) throw notFound('what.project');
  return projectClockOf(db, p);
}

/**
 * The clock of a project row the caller has already read (a timer's sweep over every active
 * project, a handler that also reads `active`): no query until the calendar is asked for.
 * @example for (const p of await db.selectFrom('projects').select(PROJECT_CLOCK_COLUMNS).execute()) projectClockOf(db, p).dayOf(now)
 */
export function projectClockOf(db: DbOrTrx, p: ProjectClockRow): ProjectClock {
  const timeZone = p.time_zone || DEFAULT_TIME_ZONE;
  let cal: Promise<WorkCalendar> | undefined;
  return {
    projectId: p.project_id,
    name: p.name,
    timeZone,
    dayOf: (at) => localDay(at, timeZone),
    timeOf: (at) => localTime(at, timeZone),
    calendar: () => (cal ??= loadWorkCalendar(db, p.project_id)),
  };
}
