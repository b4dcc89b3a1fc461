/**
 * One way to ask "what time is it for this project": its name, its zone, its local day and
 * its working calendar. Dates a person sees or a rule counts in (a loan's due day, today's
 * list, a deadline) are the project's, never the server's (ARCHITECTURE "must hold" 4).
 */
import { notFound } from '../errors.ts';
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

/**
 * @example const pc = await projectClock(deps.db.k, projectId); const today = pc.dayOf(deps.clock.now());
 * Throws NOT_FOUND for an unknown project.
 */
export async function projectClock(db: DbOrTrx, projectId: string): Promise<ProjectClock> {
  const p = await db.selectFrom('projects').select(['name', 'time_zone']).where('project_id', '=', projectId).executeTakeFirst();
  if (!p) throw notFound('what.project');
  const timeZone = p.time_zone || DEFAULT_TIME_ZONE;
  let cal: Promise<WorkCalendar> | undefined;
  return {
    projectId,
    name: p.name,
    timeZone,
    dayOf: (at) => localDay(at, timeZone),
    timeOf: (at) => localTime(at, timeZone),
    calendar: () => (cal ??= loadWorkCalendar(db, projectId)),
  };
}
