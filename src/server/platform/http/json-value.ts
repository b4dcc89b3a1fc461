/**
 * Any JSON value, for the few answers whose shape is the record's own (a history entry's
 * before/after, a timeline event's data, a notification's parameters): the schema still
 * says "JSON" at every depth, so /api/docs has no blank and the response check refuses a
 * Date, a function or `undefined` slipping into an answer. Pure: contracts import it.
 */
import { z } from '@hono/zod-openapi';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const JsonValueSchema: z.ZodType<JsonValue> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.boolean(),
      z.null(),
      z.array(JsonValueSchema),
      z.record(z.string(), JsonValueSchema),
    ]),
  )
  .openapi('JsonValue');

/** An object of JSON values keyed by name. */
export const JsonObjectSchema = z.record(z.string(), JsonValueSchema);
