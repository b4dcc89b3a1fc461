/**
 * The meter-reading round (FEE-1 energy): a building's meters with their unit and last
 * reading, in the order the reader walks them (shared meters first, then by unit code).
 */
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { requireBilling } from './access.ts';
import { billingDb } from './tables.ts';
import type { MeterRow } from './meters.contract.ts';

export type { MeterRow };

export async function listMeters(
  deps: Deps,
  actor: Actor,
  projectId: string,
  buildingId: string,
): Promise<MeterRow[]> {
  requireBilling(actor, 'billing.read', projectId);
  const db = billingDb(deps.db.k);
  const latest = db
    .selectFrom('meter_readings')
    .select(['meter_id'])
    .select((eb) => eb.fn.max('read_at').as('read_at'))
    .where('project_id', '=', projectId)
    .groupBy('meter_id')
    .as('lr');
  const rows = await db
    .selectFrom('meters as m')
    .leftJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'm.project_id').onRef('u.unit_id', '=', 'm.unit_id'),
    )
    .leftJoin(latest, (j) => j.onRef('lr.meter_id', '=', 'm.meter_id'))
    .leftJoin('meter_readings as r', (j) =>
      j
        .onRef('r.project_id', '=', 'm.project_id')
        .onRef('r.meter_id', '=', 'm.meter_id')
        .onRef('r.read_at', '=', 'lr.read_at'),
    )
    .select([
      'm.meter_id',
      'm.code',
      'm.kind',
      'm.unit_id',
      'u.code as unit_code',
      'r.read_at',
      'r.value_centi',
      'r.consumption_centi',
    ])
    .where('m.project_id', '=', projectId)
    .where('m.building_id', '=', buildingId)
    .orderBy((eb) => eb.case().when('m.unit_id', 'is', null).then(0).else(1).end())
    .orderBy('u.code')
    .orderBy('m.code')
    .execute();
  return rows.map((r) => ({
    meterId: r.meter_id,
    code: r.code,
    kind: r.kind,
    unitId: r.unit_id,
    unitCode: r.unit_code ?? null,
    lastReadAt: r.read_at ?? null,
    lastValueCenti: r.value_centi === null || r.value_centi === undefined ? null : Number(r.value_centi),
    lastConsumptionCenti:
      r.consumption_centi === null || r.consumption_centi === undefined ? null : Number(r.consumption_centi),
  }));
}
