/**
 * Before a step makes a customer archive outside its own transaction (the customers module
 * opens its own), the scans the step will file are checked first, with the same refusal
 * fileDocument gives — so a scan that is missing or filed elsewhere does not leave an
 * archive behind for nothing.
 */
import { AppError } from '../../platform/errors.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';

export async function requireScans(
  db: DbOrTrx,
  projectId: string,
  entity: { type: string; id: string },
  scans: { documentId: string; path: string }[],
): Promise<void> {
  for (const s of scans) {
    const d = await db
      .selectFrom('documents')
      .select(['kind', 'entity_type', 'entity_id'])
      .where('project_id', '=', projectId)
      .where('document_id', '=', s.documentId)
      .executeTakeFirst();
    if (!d || d.kind !== 'scan')
      throw new AppError('UNPROCESSABLE', {
        key: 'document.missing',
        fields: [{ path: s.path, key: 'document.missing' }],
      });
    if (d.entity_id !== null && (d.entity_type !== entity.type || d.entity_id !== entity.id))
      throw new AppError('UNPROCESSABLE', {
        key: 'document.filed_elsewhere',
        fields: [{ path: s.path, key: 'document.filed_elsewhere' }],
      });
  }
}
