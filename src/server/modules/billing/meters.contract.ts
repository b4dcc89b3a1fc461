/** Meters and the reading round (FEE-1) over HTTP. Pure: the browser imports it. */
import { z } from '@hono/zod-openapi';
import { singleLineText } from '../../platform/http/text-fields.ts';

export const Reading = z
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
  .openapi('MeterReading');
export type ReadingDto = z.infer<typeof Reading>;

export const Meter = z
  .object({
    meterId: z.string(),
    code: z.string(),
    kind: z.string(),
    buildingId: z.string(),
    unitId: z.string().nullable(),
    lastReading: Reading.nullable(),
  })
  .openapi('Meter');
export type MeterDto = z.infer<typeof Meter>;

/** A meter of the reading round, with its last reading flattened. */
export const MeterRowSchema = z
  .object({
    meterId: z.string(),
    code: z.string(),
    kind: z.string(),
    unitId: z.string().nullable(),
    unitCode: z.string().nullable(),
    lastReadAt: z.string().nullable(),
    lastValueCenti: z.number().nullable(),
    lastConsumptionCenti: z.number().nullable(),
  })
  .openapi('MeterRow');
export type MeterRow = z.infer<typeof MeterRowSchema>;
export const MeterList = z.array(MeterRowSchema).openapi('MeterList');

/** A unit meter, or a shared-area (公摊) meter of a building. */
export const CreateMeterBody = z
  .strictObject({
    code: singleLineText(40),
    kind: z.enum(['electricity', 'water', 'gas']),
    unitId: z.uuid().optional().openapi({
      description: 'the unit it measures; leave out for a shared-area meter (公摊) of a building',
    }),
    buildingId: z.uuid().optional(),
  })
  .openapi('CreateMeter');
export const MetersQuery = z.strictObject({ buildingId: z.uuid() });
