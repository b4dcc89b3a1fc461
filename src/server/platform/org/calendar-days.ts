/** Writes to the platform's calendar_days table; the projects module's calendar screen calls it. */
import type { DbOrTrx } from '../history/record-history.ts';

/** Calendar rows are settings, not business records: the year's exceptional days are replaced as a whole. */
export async function replaceCalendarYear(
  db: DbOrTrx,
  projectId: string,
  year: number,
  days: readonly { day: string; kind: string; name: string }[],
  at: Date,
): Promise<void> {
  await db
    .deleteFrom('calendar_days')
    .where('project_id', '=', projectId)
    .where('day', '>=', `${year}-01-01`)
    .where('day', '<=', `${year}-12-31`)
    .execute();
  if (days.length) {
    await db
      .insertInto('calendar_days')
      .values(
        days.map((d) => ({
          project_id: projectId,
          day: d.day,
          kind: d.kind,
          name: d.name,
          updated_at: at.toISOString(),
        })),
      )
      .execute();
  }
}
