/**
 * A signature as HTTP carries it: the body a signing step takes and the record an answer
 * shows. Pure zod, so module contracts (and the browser) can use it; signatures.ts stores it.
 */
import { z } from '@hono/zod-openapi';
import { singleLineText } from '../http/text-fields.ts';

export const SignatureBody = z
  .strictObject({
    signerName: singleLineText(60),
    method: z.enum(['pad', 'paper']),
    image: z.string().max(400_000).optional().openapi({ description: 'pad: the drawn signature as a data:image/png;base64 URL' }),
    scanDocumentId: z.uuid().optional().openapi({ description: 'paper: the uploaded scan of the signed page (POST …/documents)' }),
  })
  .openapi('Signature');

/** A signature on a record, as listSignatures returns it. */
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
