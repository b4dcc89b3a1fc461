/**
 * The unit a handover or move-in works on, with its area, use, the building's owner party
 * and the project's time zone. Inside a workflow's transaction pass the dialect to lock it
 * (FOR UPDATE on PostgreSQL; SQLite's one writer already serialises), so two runs cannot
 * start on one unit at once.
 */
import type { Dialect } from '../../platform/db/connection.ts';
import { DEFAULT_TIME_ZONE } from '../../platform/calendar/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';

export async function loadUnit(
  trx: DbOrTrx,
  projectId: string,
  unitId: string,
  lock?: Dialect,
  path = 'unitId',
) {
  let q = trx
    .selectFrom('units as u')
    .innerJoin('projects as p', 'p.project_id', 'u.project_id')
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .select([
      'u.unit_id',
      'u.code',
      'u.status',
      'u.use',
      'u.building_id',
      'u.building_area_centi_m2',
      'u.inner_area_centi_m2',
      'b.owner_party',
      'p.time_zone',
    ])
    .where('u.project_id', '=', projectId)
    .where('u.unit_id', '=', unitId);
  if (lock === 'postgres') q = q.forUpdate('u');
  const unit = await q.executeTakeFirst();
  if (!unit)
    throw new AppError('UNPROCESSABLE', {
      key: 'error.NOT_FOUND',
      params: { what: 'what.unit' },
      fields: [{ path, key: 'error.NOT_FOUND', params: { what: 'what.unit' } }],
    });
  return {
    ...unit,
    building_area_centi_m2: Number(unit.building_area_centi_m2),
    inner_area_centi_m2: Number(unit.inner_area_centi_m2),
    time_zone: unit.time_zone || DEFAULT_TIME_ZONE,
  };
}

export type WorkflowUnit = Awaited<ReturnType<typeof loadUnit>>;
