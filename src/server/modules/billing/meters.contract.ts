/** Meters and the reading round (FEE-1) over HTTP. Pure: the browser imports it. */
import { z } from '@hono/zod-openapi';

export const Reading = z
  .object({ readingId: z.string(), meterId: z.string(), readAt: z.string(), readDay: z.string(), valueCenti: z.number(), previousCenti: z.number(), consumptionCenti: z.number(), replacement: z.boolean() })
  .openapi('MeterReading');
export type ReadingDto = z.infer<typeof Reading>;

export const Meter = z.object({ meterId: z.string(), code: z.string(), kind: z.string(), buildingId: z.string(), unitId: z.string().nullable(), lastReading: Reading.nullable() }).openapi('Meter');
export type MeterDto = z.infer<typeof Meter>;

/** A meter of the reading round, with its last reading flattened. */
export const MeterRowSchema = z
  .object({ meterId: z.string(), code: z.string(), kind: z.string(), unitId: z.string().nullable(), unitCode: z.string().nullable(), lastReadAt: z.string().nullable(), lastValueCenti: z.number().nullable(), lastConsumptionCenti: z.number().nullable() })
  .openapi('MeterRow');
export type MeterRow = z.infer<typeof MeterRowSchema>;
export const MeterList = z.array(MeterRowSchema).openapi('MeterList');

export const MetersQuery = z.strictObject({ buildingId: z.uuid() });
