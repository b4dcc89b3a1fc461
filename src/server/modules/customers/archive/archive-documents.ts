/**
 * Signed documents in an archive (CUS-1): a scan uploaded first (POST …/documents) is filed
 * to the customer's archive or to a record. Who may read them is this module's rule
 * (registered with the platform): a customer's scans (ID copies, contracts) only the
 * archivist's permission (CUS-3); a record's scans those who keep or open archives.
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { canAccess, requireAccess } from '../../../platform/access/require-access.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { recordHistory } from '../../../platform/history/record-history.ts';
import { fileDocument, type DocumentDto } from '../../../platform/signatures/documents.ts';
import { documentReaders } from '../../../platform/signatures/readers.ts';
import { requireWritableArchive } from '../archive-fields.ts';
import { ENTITY_TYPE, lockSubject, type SubjectType } from './subjects.ts';
import type { FileDocumentBody } from './archive.contract.ts';

export function registerArchiveReaders(): void {
  documentReaders.register(ENTITY_TYPE.customer, async (_deps, actor, projectId) =>
    canAccess(actor, 'archive.open', projectId),
  );
  documentReaders.register(
    ENTITY_TYPE.record,
    async (_deps, actor, projectId) =>
      canAccess(actor, 'archive.open', projectId) || canAccess(actor, 'archive.manage', projectId),
  );
}

/** Files an uploaded scan; a sealed customer archive takes nothing more (CUS-5). */
export async function fileArchiveDocument(
  deps: Deps,
  actor: Actor,
  projectId: string,
  subject: { type: SubjectType; id: string },
  input: z.infer<typeof FileDocumentBody>,
): Promise<DocumentDto> {
  requireAccess({ actor, permission: 'archive.manage', projectId });
  const at = deps.clock.now();
  return deps.db.k.transaction().execute(async (trx) => {
    if (subject.type === 'customer') await requireWritableArchive(trx, projectId, subject.id);
    else await lockSubject(trx, { projectId, type: subject.type, id: subject.id, forUpdate: false });
    const doc = await fileDocument(
      trx,
      projectId,
      input.documentId,
      ENTITY_TYPE[subject.type],
      subject.id,
      'documentId',
    );
    await recordHistory(trx, {
      projectId,
      entityType: ENTITY_TYPE[subject.type],
      entityId: subject.id,
      action: 'document_filed',
      actor,
      at,
      after: { documentId: doc.documentId, title: doc.title },
    });
    return doc;
  });
}
