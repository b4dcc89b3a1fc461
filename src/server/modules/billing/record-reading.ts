/**
 * Meters and their readings (FEE-1 energy; HND-6/MVO-3 readings at move-in and move-out).
 * A reading is stored with the previous reading and the consumption worked out at the
 * time, so a bill can always show how it got its number. A reading lower than the last
 * one is refused unless it is marked as a meter replacement; a reading in the future or
 * out of order is refused too.
 */
import { z } from '@hono/zod-openapi';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { localDay, projectClock } from '../../platform/calendar/index.ts';
import { newId } from '../../platform/ids.ts';
import { localDateTime, twoDecimals } from '../../platform/print/format.ts';
import { requireBilling } from './access.ts';
import { requireUnit } from './lookups.ts';
import { consumptionOf } from './rules.ts';
import { billingDb, type BDbOrTrx } from './tables.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import { instantField, DATE_WINDOWS } from '../../platform/http/date-fields.ts';
import type { AnyDb } from '../../platform/db/module-db.ts';
import type { CreateMeterBody, MeterDto, ReadingDto } from './meters.contract.ts';

export type { MeterDto, ReadingDto };

export const RecordReadingBody = z
  .strictObject({
    readAt: instantField(DATE_WINDOWS.event),
    valueCenti: z
      .number()
      .int()
      .min(0)
      .openapi({ description: 'meter reading in hundredths (12345.67 kWh = 1234567)' }),
    replacement: z
      .strictObject({
        oldFinalCenti: z.number().int().min(0),
        newStartCenti: z.number().int().min(0).default(0),
      })
      .optional(),
  })
  .openapi('RecordReading');

export async function createMeter(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof CreateMeterBody>,
): Promise<MeterDto> {
  requireBilling(actor, 'price.manage', projectId);
  const db = billingDb(deps.db.k);
  let buildingId = input.buildingId;
  if (input.unitId) buildingId = (await requireUnit(db, projectId, input.unitId)).building_id;
  if (!buildingId)
    throw new AppError('VALIDATION', { fields: [{ path: 'buildingId', key: 'field.required' }] });
  const b = await db
    .selectFrom('buildings')
    .select('building_id')
    .where('project_id', '=', projectId)
    .where('building_id', '=', buildingId)
    .executeTakeFirst();
  if (!b)
    throw new AppError('UNPROCESSABLE', {
      key: 'error.NOT_FOUND',
      params: { what: 'what.building' },
      fields: [{ path: 'buildingId', key: 'error.NOT_FOUND', params: { what: 'what.building' } }],
    });
  const now = deps.clock.now();
  const meterId = newId(now.getTime());
  await db
    .insertInto('meters')
    .values({
      project_id: projectId,
      meter_id: meterId,
      code: input.code,
      kind: input.kind,
      building_id: buildingId,
      unit_id: input.unitId ?? null,
      created_at: now.toISOString(),
    })
    .execute();
  return {
    meterId,
    code: input.code,
    kind: input.kind,
    buildingId,
    unitId: input.unitId ?? null,
    lastReading: null,
  };
}

function toReading(r: {
  reading_id: string;
  meter_id: string;
  read_at: string;
  read_day: string;
  value_centi: number;
  previous_centi: number;
  consumption_centi: number;
  replacement: number;
}): ReadingDto {
  return {
    readingId: r.reading_id,
    meterId: r.meter_id,
    readAt: r.read_at,
    readDay: String(r.read_day),
    valueCenti: Number(r.value_centi),
    previousCenti: Number(r.previous_centi),
    consumptionCenti: Number(r.consumption_centi),
    replacement: r.replacement === 1,
  };
}

async function lastReading(db: BDbOrTrx, projectId: string, meterId: string): Promise<ReadingDto | null> {
  const r = await db
    .selectFrom('meter_readings')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('meter_id', '=', meterId)
    .orderBy('read_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? toReading(r) : null;
}

/** A meter with its last reading: what the cashier sees before typing the next one. */
export async function getMeter(
  deps: Deps,
  actor: Actor,
  projectId: string,
  meterId: string,
): Promise<MeterDto> {
  requireBilling(actor, 'billing.read', projectId);
  const db = billingDb(deps.db.k);
  const m = await db
    .selectFrom('meters')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('meter_id', '=', meterId)
    .executeTakeFirst();
  if (!m) throw new AppError('NOT_FOUND', { params: { what: 'what.meter' } });
  return {
    meterId: m.meter_id,
    code: m.code,
    kind: m.kind,
    buildingId: m.building_id,
    unitId: m.unit_id,
    lastReading: await lastReading(db, projectId, meterId),
  };
}

export async function recordReading(
  deps: Deps,
  actor: Actor,
  projectId: string,
  meterId: string,
  input: z.infer<typeof RecordReadingBody>,
): Promise<ReadingDto> {
  requireBilling(actor, 'billing.collect', projectId);
  const now = deps.clock.now();
  return billingDb(deps.db.k)
    .transaction()
    .execute((trx) => recordReadingIn(trx, deps.db.dialect, { projectId, meterId, input, actor, now }));
}

export interface RecordReadingIn {
  projectId: string;
  meterId: string;
  input: z.infer<typeof RecordReadingBody>;
  actor: Actor;
  now: Date;
  /** Where the reading sits in the request body, for field errors (e.g. 'readings.0'). */
  path?: string;
}

/**
 * recordReading inside the caller's transaction: the readings a move-out inspection (MVO-3)
 * or a transfer's settlement (TRF-1) takes are committed with the step that signs them.
 */
export async function recordReadingIn(on: AnyDb, dialect: Dialect, o: RecordReadingIn): Promise<ReadingDto> {
  const trx = billingDb(on);
  const { projectId, meterId, input, actor, now } = o;
  const p = o.path ? `${o.path}.` : '';
  const readAt = new Date(input.readAt);
  if (readAt.getTime() > now.getTime())
    throw new AppError('UNPROCESSABLE', {
      key: 'reading.future',
      fields: [{ path: `${p}readAt`, key: 'reading.future' }],
    });
  let mq = trx
    .selectFrom('meters')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('meter_id', '=', meterId);
  // Two readings of one meter at once must not both take the same previous reading.
  if (dialect === 'postgres') mq = mq.forUpdate();
  const meter = await mq.executeTakeFirst();
  if (!meter) throw new AppError('NOT_FOUND', { params: { what: 'what.meter' } });
  const last = await lastReading(trx, projectId, meterId);
  const { timeZone } = await projectClock(trx, projectId);
  if (last && last.readAt >= readAt.toISOString()) {
    // Messages show the last reading's time as the project's clock shows it.
    const at = localDateTime(last.readAt, timeZone);
    throw new AppError('UNPROCESSABLE', {
      key: 'reading.not_latest',
      params: { at },
      fields: [{ path: `${p}readAt`, key: 'reading.not_latest', params: { at } }],
    });
  }
  // The first reading (move-in, HND-6) is the baseline: nothing consumed yet.
  const previous = last?.valueCenti ?? input.valueCenti;
  const replacement = input.replacement
    ? { oldFinal: input.replacement.oldFinalCenti, newStart: input.replacement.newStartCenti }
    : undefined;
  const c = consumptionOf({ previous, value: input.valueCenti, replacement });
  if (!c.ok) {
    const path = c.reason === 'replacement_final_below_previous' ? 'replacement.oldFinalCenti' : 'valueCenti';
    // Readings are hundredths of a unit; people read them with two decimals (1012345 → 10123.45).
    const shown = { previous: twoDecimals(previous) };
    throw new AppError('UNPROCESSABLE', {
      key: `reading.${c.reason}`,
      params: shown,
      fields: [{ path: `${p}${path}`, key: `reading.${c.reason}`, params: shown }],
    });
  }
  const row = {
    project_id: projectId,
    reading_id: newId(now.getTime()),
    meter_id: meterId,
    read_at: readAt.toISOString(),
    read_day: localDay(readAt, timeZone),
    value_centi: input.valueCenti,
    previous_centi: previous,
    consumption_centi: c.consumption,
    replacement: replacement ? 1 : 0,
    old_final_centi: replacement?.oldFinal ?? null,
    new_start_centi: replacement?.newStart ?? null,
    recorded_by: actor.userId || null,
    created_at: now.toISOString(),
  };
  await trx.insertInto('meter_readings').values(row).execute();
  return toReading(row);
}

/** The meters of a unit with their last reading: what a move-out inspection (MVO-3) or a transfer (TRF-1) reads. */
export async function unitMeters(on: AnyDb, projectId: string, unitId: string): Promise<MeterDto[]> {
  const db = billingDb(on);
  const meters = await db
    .selectFrom('meters')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('unit_id', '=', unitId)
    .orderBy('code')
    .execute();
  return Promise.all(
    meters.map(async (m) => ({
      meterId: m.meter_id,
      code: m.code,
      kind: m.kind,
      buildingId: m.building_id,
      unitId: m.unit_id,
      lastReading: await lastReading(db, projectId, m.meter_id),
    })),
  );
}
