/**
 * Stored documents: scans of signed paper (ID copies, contracts, letters) and signature
 * images, kept in the database so a backup holds them. A scan is uploaded first (its own
 * request, raw bytes) and filed to what it belongs to when the workflow step that needs it
 * is recorded; a filed document is never moved to something else.
 */
import { AppError } from '../errors.ts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import type { Deps } from '../http/context.ts';
import type { DbOrTrx } from '../history/record-history.ts';
import { newId } from '../ids.ts';
import type { DocumentDto } from './signatures.contract.ts';

export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
export const DOCUMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** What the first bytes say the file is, whatever the request claimed. */
export function sniffDocument(bytes: Uint8Array): DocumentType | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (
    bytes[0] === 0x52 &&
    bytes[1] === 0x49 &&
    bytes[2] === 0x46 &&
    bytes[3] === 0x46 &&
    bytes[8] === 0x57 &&
    bytes[9] === 0x45
  )
    return 'image/webp';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
    return 'application/pdf';
  return null;
}

export type { DocumentDto } from './signatures.contract.ts';

/** Any member of the project may upload a scan (the clerk at the counter); reading is decided per entity by its module. */
export async function uploadDocument(
  deps: Deps,
  actor: Actor,
  projectId: string,
  bytes: Uint8Array,
  title: string,
): Promise<DocumentDto> {
  requireAccess({ actor, permission: 'project.read', projectId });
  const mime = sniffDocument(bytes);
  if (!mime)
    throw new AppError('UNPROCESSABLE', {
      key: 'document.type',
      fields: [{ path: 'body', key: 'document.type' }],
    });
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
  const now = deps.clock.now();
  const row = {
    project_id: projectId,
    document_id: newId(now.getTime()),
    kind: 'scan',
    title: title.slice(0, 120),
    mime,
    size: bytes.length,
    data: Buffer.from(bytes),
    entity_type: null,
    entity_id: null,
    created_by: actor.userId || null,
    created_at: now.toISOString(),
  };
  await deps.db.k.insertInto('documents').values(row).execute();
  return toDto(row);
}

function toDto(r: {
  document_id: string;
  kind: string;
  title: string;
  mime: string;
  size: number;
  entity_type: string | null;
  entity_id: string | null;
  created_at: string;
}): DocumentDto {
  return {
    documentId: r.document_id,
    kind: r.kind,
    title: r.title,
    mime: r.mime,
    size: Number(r.size),
    entityType: r.entity_type,
    entityId: r.entity_id,
    createdAt: r.created_at,
  };
}

/**
 * Files an uploaded scan to what it belongs to. Refused when it does not exist in the
 * project or already belongs to something else (a scan proves one thing).
 */
export async function fileDocument(
  trx: DbOrTrx,
  projectId: string,
  documentId: string,
  entityType: string,
  entityId: string,
  path = 'scanDocumentId',
): Promise<DocumentDto> {
  const d = await trx
    .selectFrom('documents')
    .select(['document_id', 'kind', 'title', 'mime', 'size', 'entity_type', 'entity_id', 'created_at'])
    .where('project_id', '=', projectId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  if (!d || d.kind !== 'scan')
    throw new AppError('UNPROCESSABLE', {
      key: 'document.missing',
      fields: [{ path, key: 'document.missing' }],
    });
  if (d.entity_id !== null && (d.entity_type !== entityType || d.entity_id !== entityId))
    throw new AppError('UNPROCESSABLE', {
      key: 'document.filed_elsewhere',
      fields: [{ path, key: 'document.filed_elsewhere' }],
    });
  if (d.entity_id === null) {
    await trx
      .updateTable('documents')
      .set({ entity_type: entityType, entity_id: entityId })
      .where('project_id', '=', projectId)
      .where('document_id', '=', documentId)
      .where('entity_id', 'is', null)
      .execute();
  }
  return toDto({ ...d, entity_type: entityType, entity_id: entityId });
}

export async function listDocuments(
  db: DbOrTrx,
  projectId: string,
  entityType: string,
  entityId: string,
): Promise<DocumentDto[]> {
  const rows = await db
    .selectFrom('documents')
    .select(['document_id', 'kind', 'title', 'mime', 'size', 'entity_type', 'entity_id', 'created_at'])
    .where('project_id', '=', projectId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('created_at')
    .execute();
  return rows.map(toDto);
}

/**
 * The bytes of a document. `canSee` is the owning module's rule for its entity (an owner's
 * ID copy needs the archivist's permission, CUS-3); an unfiled upload only its uploader sees.
 */
export async function readDocument(
  deps: Deps,
  actor: Actor,
  projectId: string,
  documentId: string,
  canSee: (entityType: string, entityId: string) => Promise<boolean>,
): Promise<{ mime: string; data: Uint8Array; title: string }> {
  requireAccess({ actor, permission: 'project.read', projectId });
  const d = await deps.db.k
    .selectFrom('documents')
    .select(['mime', 'data', 'title', 'entity_type', 'entity_id', 'created_by'])
    .where('project_id', '=', projectId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  if (!d) throw new AppError('NOT_FOUND', { params: { what: 'what.document' } });
  const allowed =
    d.entity_type && d.entity_id
      ? await canSee(d.entity_type, d.entity_id)
      : d.created_by === actor.userId || actor.isCompanyAdmin;
  if (!allowed) throw new AppError('FORBIDDEN', { params: { permission: 'document.read' } });
  return { mime: d.mime, data: d.data, title: d.title };
}
