/**
 * The signatures of a handover or move-in as the printed form shows them: the pad's image
 * inline (print pages allow only data: images), a paper signature named as such — its scan
 * is in the archive, not on the form.
 */
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import type { SignatureDto } from '../../platform/signatures/signatures.ts';

export async function signatureImages(
  db: DbOrTrx,
  projectId: string,
  signatures: readonly SignatureDto[],
): Promise<Map<string, string>> {
  const ids = signatures.filter((s) => s.method === 'pad').map((s) => s.documentId);
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('documents')
    .select(['document_id', 'mime', 'data'])
    .where('project_id', '=', projectId)
    .where('document_id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [r.document_id, `data:${r.mime};base64,${Buffer.from(r.data).toString('base64')}`]),
  );
}
