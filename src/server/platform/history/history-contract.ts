/**
 * The HTTP shape of one history entry (record-history.ts `listHistory`), shared by every
 * route that shows a record's changes. Pure zod: the browser imports it.
 */
import { z } from '@hono/zod-openapi';
import { JsonValueSchema } from '../http/json-value.ts';

export const HistoryEntrySchema = z
  .object({
    entryId: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    action: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    at: z.string(),
    /** The record's fields before and after, as each workflow chose to note them. */
    before: JsonValueSchema.nullable(),
    after: JsonValueSchema.nullable(),
    note: z.string(),
  })
  .openapi('HistoryEntry');
