/**
 * The HTTP shapes of a filed document and a captured signature (documents.ts, signatures.ts),
 * shown inside the archives and workflows that hold them. Pure zod: the browser imports it.
 */
import { z } from '@hono/zod-openapi';
import { singleLineText } from '../http/text-fields.ts';

/** A signature as captured: drawn on the pad, or a scan of the signed paper. */
export const SignatureBody = z
  .strictObject({
    signerName: singleLineText(60),
    method: z.enum(['pad', 'paper']),
    image: z
      .string()
      .max(400_000)
      .optional()
      .openapi({ description: 'pad: the drawn signature as a data:image/png;base64 URL' }),
    scanDocumentId: z
      .uuid()
      .optional()
      .openapi({ description: 'paper: the uploaded scan of the signed page (POST …/documents)' }),
  })
  .openapi('Signature');
export type SignatureInput = z.infer<typeof SignatureBody>;

export const DocumentSchema = z
  .object({
    documentId: z.string(),
    kind: z.string(),
    title: z.string(),
    mime: z.string(),
    size: z.number(),
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Document');
export type DocumentDto = z.infer<typeof DocumentSchema>;

export const SignatureRecordSchema = z
  .object({
    signatureId: z.string(),
    purpose: z.string(),
    signerName: z.string(),
    signerRole: z.string(),
    method: z.enum(['pad', 'paper']),
    documentId: z.string(),
    signedAt: z.string(),
    recordedBy: z.string().nullable(),
  })
  .openapi('SignatureRecord');
export type SignatureDto = z.infer<typeof SignatureRecordSchema>;
