/**
 * Reads a project's WorkCalendar (time zone, working hours, calendar_days exceptions) so the
 * pure functions in working-time.ts can run on it.
 */
import { notFound } from '../errors.ts';
import type { DbOrTrx } from '../history/record-history.ts';
import { assertWorkCalendar, type DayKind, type WorkCalendar, type WorkingPeriod } from './working-time.ts';

/** ARCHITECTURE "must hold" 4: a project without a zone is read in China Standard Time. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * The project's working calendar. Without `fromDay`/`toDay` every calendar_days row is read
 * (a few dozen a year), which is what deadline arithmetic should use: a deadline may run
 * past any range guessed in advance. With them, only exceptions in [fromDay, toDay].
 * Throws NOT_FOUND for an unknown project and a plain Error for stored settings that are
 * not a usable calendar (they are validated on write, so that means a corrupted row).
 * @example
 *   const cal = await loadWorkCalendar(deps.db.k, projectId);
 *   const due = addWorkingDays(receivedAt, 15, cal);
 */
export async function loadWorkCalendar(
  db: DbOrTrx,
  projectId: string,
  fromDay?: string,
  toDay?: string,
): Promise<WorkCalendar> {
  const project = await db
    .selectFrom('projects')
    .select(['time_zone', 'working_hours'])
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  if (!project) throw notFound('what.project');

  let query = db.selectFrom('calendar_days').select(['day', 'kind']).where('project_id', '=', projectId);
  if (fromDay !== undefined) query = query.where('day', '>=', fromDay);
  if (toDay !== undefined) query = query.where('day', '<=', toDay);
  const rows = await query.orderBy('day').execute();

  const exceptions = new Map<string, DayKind>();
  for (const r of rows) {
    if (r.kind !== 'holiday' && r.kind !== 'workday')
      throw new Error(`calendar_days ${projectId} ${r.day}: unknown kind "${r.kind}"`);
    exceptions.set(r.day, r.kind);
  }
  const cal: WorkCalendar = {
    timeZone: project.time_zone || DEFAULT_TIME_ZONE,
    periods: parsePeriods(projectId, project.working_hours),
    exceptions,
  };
  try {
    assertWorkCalendar(cal);
  } catch (e) {
    throw new Error(`Project ${projectId} has unusable calendar settings: ${(e as Error).message}`);
  }
  return cal;
}

function parsePeriods(projectId: string, json: string): WorkingPeriod[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error(`Project ${projectId} has unreadable working_hours: ${json.slice(0, 80)}`);
  }
  if (!Array.isArray(value)) throw new Error(`Project ${projectId} working_hours is not a list of periods`);
  return value.map((p: { start?: unknown; end?: unknown }) => ({
    start: String(p?.start),
    end: String(p?.end),
  }));
}
