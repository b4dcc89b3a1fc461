/** A project's working-day calendar: read a year, replace a year from an imported list. */
import { AppError } from '../../platform/errors.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory, type DbOrTrx } from '../../platform/history/record-history.ts';
import { parseCalendarText, type CalendarDay } from './calendar-rules.ts';
import { announce } from '../../platform/events/announce.ts';
import { replaceCalendarYear } from '../../platform/org/calendar-days.ts';

export async function getCalendarYear(
  db: DbOrTrx,
  actor: Actor,
  projectId: string,
  year: number,
): Promise<CalendarDay[]> {
  requireAccess({ actor, permission: 'project.read', projectId });
  return readCalendarYear(db, projectId, year);
}

export async function readCalendarYear(db: DbOrTrx, projectId: string, year: number): Promise<CalendarDay[]> {
  const rows = await db
    .selectFrom('calendar_days')
    .select(['day', 'kind', 'name'])
    .where('project_id', '=', projectId)
    .where('day', '>=', `${year}-01-01`)
    .where('day', '<=', `${year}-12-31`)
    .orderBy('day')
    .execute();
  return rows.map((r) => ({ day: r.day, kind: r.kind as CalendarDay['kind'], name: r.name }));
}

/** Replaces the year's exceptional days with the list; a bad line refuses the whole list. */
export async function importCalendarYear(
  deps: Deps,
  actor: Actor,
  projectId: string,
  year: number,
  text: string,
): Promise<CalendarDay[]> {
  requireAccess({ actor, permission: 'project.settings', projectId });
  const { days, problems } = parseCalendarText(text, year);
  if (problems.length) {
    throw new AppError('UNPROCESSABLE', {
      key: problems[0]!.key,
      params: problems[0]!.params,
      fields: problems.map((p) => ({ path: `text.line.${p.line}`, key: p.key, params: p.params })),
    });
  }
  const now = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const before = await readCalendarYear(trx, projectId, year);
    await replaceCalendarYear(trx, projectId, year, days, now);
    await recordHistory(trx, {
      projectId,
      entityType: 'calendar',
      entityId: `${projectId}:${year}`,
      action: 'imported',
      actor,
      at: now,
      before,
      after: days,
    });
  });
  await announce(deps, projectId, 'project.calendar.changed', String(year));
  return readCalendarYear(deps.db.k, projectId, year);
}
