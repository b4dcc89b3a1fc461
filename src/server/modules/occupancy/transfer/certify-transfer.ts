/**
 * TRF-1: nothing of a transfer proceeds without the new title certificate (房屋产权证): its
 * number and its scan, filed to the transfer. Every later step requires this state first.
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { fileDocument } from '../../../platform/signatures/documents.ts';
import { occupancyDb, platformDb } from '../exit/tables.ts';
import { runStep } from '../exit/workflow.ts';
import { TRANSFER, loadTransfer, type TransferDto } from './repo.ts';
import type { CertifyBody } from './schema.ts';

export async function certifyTransfer(
  deps: Deps,
  actor: Actor,
  projectId: string,
  transferId: string,
  input: z.infer<typeof CertifyBody>,
): Promise<TransferDto> {
  await runStep(
    deps,
    actor,
    TRANSFER,
    { projectId, id: transferId, step: 'certify' },
    async ({ trx, at }) => {
      const doc = await fileDocument(
        platformDb(trx),
        projectId,
        input.scanDocumentId,
        'transfer',
        transferId,
        'scanDocumentId',
      );
      return {
        set: {
          certificate_no: input.certificateNo,
          certificate_document_id: doc.documentId,
          certified_at: at.toISOString(),
        },
        after: { certificateNo: input.certificateNo, documentId: doc.documentId },
      };
    },
  );
  return loadTransfer(occupancyDb(deps.db.k), projectId, transferId);
}
