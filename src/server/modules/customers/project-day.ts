/** The project's name, time zone and today (loans and printouts count in the project's local days). */
import { DEFAULT_TIME_ZONE, localDay } from '../../platform/calendar/index.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';

export async function projectDay(db: DbOrTrx, projectId: string, now: Date): Promise<{ name: string; timeZone: string; today: string }> {
  const p = await db.selectFrom('projects').select(['name', 'time_zone']).where('project_id', '=', projectId).executeTakeFirst();
  const timeZone = p?.time_zone || DEFAULT_TIME_ZONE;
  return { name: p?.name ?? '', timeZone, today: localDay(now, timeZone) };
}
