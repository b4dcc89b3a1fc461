/** The HTTP contract of owner-data exports (CUS-3): bodies and answers. Pure zod (the browser imports it). */
import { z } from '@hono/zod-openapi';
import { singleLineText } from '../../../platform/http/text-fields.ts';
import { EXPORT_STATES } from './export-rules.ts';

export const ExportRequestBody = z
  .strictObject({
    buildingId: z
      .uuid()
      .nullable()
      .default(null)
      .openapi({ description: 'one building, or null for the whole project' }),
    purpose: z.string().trim().min(4).max(200),
    recipient: singleLineText(100, { min: 2 }).openapi({
      description: 'who outside the company receives the data',
    }),
  })
  .openapi('ExportRequest');
export const DecisionBody = z
  .strictObject({ note: z.string().trim().max(200).default('') })
  .openapi('ExportDecision');
export const RefusalBody = z
  .strictObject({ note: z.string().trim().min(2).max(200) })
  .openapi('ExportRefusal');

export const ExportSchema = z
  .object({
    exportId: z.string(),
    buildingId: z.string().nullable(),
    buildingName: z.string().nullable(),
    purpose: z.string(),
    recipient: z.string(),
    state: z.enum(EXPORT_STATES),
    requestedBy: z.string().nullable(),
    requestedByName: z.string().nullable(),
    requestedAt: z.string(),
    decidedByName: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string(),
    expiresAt: z.string().nullable(),
    downloadedAt: z.string().nullable(),
    rowCount: z.number().nullable(),
  })
  .openapi('OwnerExport');
export type ExportDto = z.infer<typeof ExportSchema>;
