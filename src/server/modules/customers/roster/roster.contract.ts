/** The HTTP contract of the roster import (CUS-2): queries, bodies and answers. Pure zod (the browser imports it). */
import { z } from '@hono/zod-openapi';
import { ROSTER_FIELDS } from './roster-rules.ts';

export const IMPORT_STATUSES = ['previewed', 'committed', 'discarded'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const RosterUploadQuery = z.strictObject({ fileName: z.string().max(200).default('') });
export const RosterRowsQuery = z.strictObject({
  onlyProblems: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const RosterCommitBody = z
  .strictObject({ skipBadRows: z.boolean().default(false) })
  .openapi('RosterCommit');

export const ImportSummarySchema = z
  .object({
    importId: z.string(),
    fileName: z.string(),
    status: z.enum(IMPORT_STATUSES),
    totalRows: z.number(),
    badRows: z.number(),
    goodRows: z.number(),
    importedRows: z.number(),
    skippedRows: z.number(),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
    committedAt: z.string().nullable(),
  })
  .openapi('RosterImport');
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

const rosterField = z.enum(ROSTER_FIELDS);

export const PreviewRowSchema = z
  .object({
    row: z.number(),
    /** The cells as read; ID numbers and phones masked (CUS-3) unless that very cell has a problem to fix. */
    values: z.record(rosterField, z.string()),
    problems: z.array(
      z.object({
        field: rosterField.nullable(),
        column: z.string(),
        heading: z.string(),
        message: z.string(),
      }),
    ),
  })
  .openapi('RosterPreviewRow');
export type PreviewRow = z.infer<typeof PreviewRowSchema>;

export const PreviewPageSchema = z
  .object({ total: z.number(), rows: z.array(PreviewRowSchema) })
  .openapi('RosterPreviewPage');
