/**
 * What the occupancy workflows' answers share: a guided checklist's step statuses, a unit's
 * meters with their last reading (what a move-in, move-out or transfer reads), signatures.
 * Pure zod: the browser imports it; each area's contract (handover, move-in, exit) builds on it.
 */
import { z } from '@hono/zod-openapi';
import { SignatureRecordSchema } from '../../platform/signatures/signatures.contract.ts';

export { SignatureRecordSchema };

export const STEP_STATUSES = ['done', 'current', 'todo'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** Each step of a guided run with its status, in order (guided-steps.ts stepStatuses). */
export const stepList = <S extends readonly [string, ...string[]]>(steps: S) =>
  z.array(z.object({ step: z.enum(steps), status: z.enum(STEP_STATUSES) }));

/** A meter of the unit with its last reading (billing's unitMeters). */
export const UnitMeterSchema = z
  .object({
    meterId: z.string(),
    code: z.string(),
    kind: z.string(),
    buildingId: z.string(),
    unitId: z.string().nullable(),
    lastReading: z
      .object({
        readingId: z.string(),
        meterId: z.string(),
        readAt: z.string(),
        readDay: z.string(),
        valueCenti: z.number(),
        previousCenti: z.number(),
        consumptionCenti: z.number(),
        replacement: z.boolean(),
      })
      .nullable(),
  })
  .openapi('OccupancyMeter');
export type UnitMeter = z.infer<typeof UnitMeterSchema>;

/** The unit a run or a row is about, as every list and view names it. */
export const unitRef = { unitId: z.string(), unitCode: z.string(), buildingName: z.string() };

/** When a record was closed without completing, and why. */
export const ClosedSchema = z.object({ at: z.string(), reason: z.string() });
