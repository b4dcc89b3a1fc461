/**
 * Meter readings taken by a workflow step (MVO-3 move-out inspection, TRF-1 settlement at
 * the handover date): every meter of the unit read since `since`, each reading written to
 * the billing module in the step's transaction so the final bill uses it.
 */
import { AppError } from '../../../platform/errors.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Dialect } from '../../../platform/db/connection.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import { recordReadingIn, unitMeters } from '../../billing/index.ts';
import { billingDb } from '../../billing/index.ts';
import { unreadMeters } from './rules.ts';

export interface StepReading {
  meterId: string;
  code: string;
  kind: string;
  valueCenti: number;
  previousCenti: number;
  consumptionCenti: number;
  readAt: string;
}

export async function readUnitMeters(
  db: DbOrTrx,
  dialect: Dialect,
  o: {
    projectId: string;
    unitId: string;
    readings: { meterId: string; valueCenti: number }[];
    since: string;
    actor: Actor;
    at: Date;
    errorKey: string;
  },
): Promise<StepReading[]> {
  const bdb = billingDb(db);
  const meters = await unitMeters(bdb, o.projectId, o.unitId);
  const known = new Set(meters.map((m) => m.meterId));
  const stranger = o.readings.findIndex((r) => !known.has(r.meterId));
  if (stranger >= 0)
    throw new AppError('UNPROCESSABLE', {
      key: 'occupancy.meter_not_of_unit',
      fields: [{ path: `readings.${stranger}.meterId`, key: 'occupancy.meter_not_of_unit' }],
    });
  const readSince = meters
    .filter((m) => m.lastReading && m.lastReading.readAt >= o.since)
    .map((m) => m.meterId);
  const missing = unreadMeters(
    meters.map((m) => m.meterId),
    [...readSince, ...o.readings.map((r) => r.meterId)],
  );
  if (missing.length) {
    const codes = meters
      .filter((m) => missing.includes(m.meterId))
      .map((m) => m.code)
      .join('、');
    throw new AppError('UNPROCESSABLE', {
      key: o.errorKey,
      params: { meters: codes },
      fields: [{ path: 'readings', key: o.errorKey, params: { meters: codes } }],
    });
  }
  const out: StepReading[] = [];
  for (const [i, r] of o.readings.entries()) {
    const reading = await recordReadingIn(bdb, dialect, {
      projectId: o.projectId,
      meterId: r.meterId,
      input: { readAt: o.at.toISOString(), valueCenti: r.valueCenti },
      actor: o.actor,
      now: o.at,
      path: `readings.${i}`,
    });
    const m = meters.find((x) => x.meterId === r.meterId)!;
    out.push({
      meterId: m.meterId,
      code: m.code,
      kind: m.kind,
      valueCenti: reading.valueCenti,
      previousCenti: reading.previousCenti,
      consumptionCenti: reading.consumptionCenti,
      readAt: reading.readAt,
    });
  }
  return out;
}
