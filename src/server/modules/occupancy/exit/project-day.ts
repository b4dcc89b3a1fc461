/** The project's local day of an instant (ARCHITECTURE 4: shown in the project's zone). */
import { DEFAULT_TIME_ZONE, localDay } from '../../../platform/calendar/index.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';

export async function projectZone(db: DbOrTrx, projectId: string): Promise<string> {
  const p = await db.selectFrom('projects').select('time_zone').where('project_id', '=', projectId).executeTakeFirst();
  return p?.time_zone || DEFAULT_TIME_ZONE;
}

export async function projectDay(db: DbOrTrx, projectId: string, at: Date): Promise<string> {
  return localDay(at, await projectZone(db, projectId));
}
