/**
 * Signatures on the occupancy workflows (HND, MVO, REL, KEY, TRF): who signed, in which
 * role, for what, how and when. Signed on screen (the pad's PNG is stored) or on paper
 * (the scan, uploaded first, is filed with it). Insert-only: there is no function that
 * changes or removes one — a wrong signature is answered by the workflow, not by an edit.
 */
import { AppError } from '../errors.ts';
import type { Actor } from '../access/actor.ts';
import type { DbOrTrx } from '../history/record-history.ts';
import { newId } from '../ids.ts';
import { fileDocument } from './documents.ts';
import type { SignatureDto, SignatureInput } from './signatures.contract.ts';

export const MAX_SIGNATURE_BYTES = 256 * 1024;
const PNG_DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/;

export { SignatureBody, type SignatureDto, type SignatureInput } from './signatures.contract.ts';

/** A PNG data URL's bytes, or null when it is not one (or not a PNG inside). */
export function decodePngDataUrl(url: string): Uint8Array | null {
  const m = PNG_DATA_URL.exec(url);
  if (!m) return null;
  const bytes = new Uint8Array(Buffer.from(m[1]!, 'base64'));
  return bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47 ? bytes : null;
}

export interface CaptureSignature {
  projectId: string;
  entityType: string;
  entityId: string;
  purpose: string;
  /** The role the signer signs in: owner, tenant, carrier, clerk, engineering, security, contractor… */
  signerRole: string;
  input: SignatureInput;
  actor: Actor;
  at: Date;
  /** Where the signature sits in the request body, for field errors (e.g. 'signatures.0'). */
  path?: string;
}

export async function captureSignature(trx: DbOrTrx, s: CaptureSignature): Promise<SignatureDto> {
  const path = s.path ? `${s.path}.` : '';
  let documentId: string;
  if (s.input.method === 'pad') {
    const bytes = s.input.image ? decodePngDataUrl(s.input.image) : null;
    if (!bytes)
      throw new AppError('UNPROCESSABLE', {
        key: 'signature.image_required',
        fields: [{ path: `${path}image`, key: 'signature.image_required' }],
      });
    if (bytes.length > MAX_SIGNATURE_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
    documentId = newId(s.at.getTime());
    await trx
      .insertInto('documents')
      .values({
        project_id: s.projectId,
        document_id: documentId,
        kind: 'signature',
        title: `${s.purpose} ${s.input.signerName}`.slice(0, 120),
        mime: 'image/png',
        size: bytes.length,
        data: Buffer.from(bytes),
        entity_type: s.entityType,
        entity_id: s.entityId,
        created_by: s.actor.userId || null,
        created_at: s.at.toISOString(),
      })
      .execute();
  } else {
    if (!s.input.scanDocumentId)
      throw new AppError('UNPROCESSABLE', {
        key: 'signature.scan_required',
        fields: [{ path: `${path}scanDocumentId`, key: 'signature.scan_required' }],
      });
    documentId = (
      await fileDocument(
        trx,
        s.projectId,
        s.input.scanDocumentId,
        s.entityType,
        s.entityId,
        `${path}scanDocumentId`,
      )
    ).documentId;
  }
  const row = {
    project_id: s.projectId,
    signature_id: newId(s.at.getTime()),
    entity_type: s.entityType,
    entity_id: s.entityId,
    purpose: s.purpose,
    signer_name: s.input.signerName,
    signer_role: s.signerRole,
    method: s.input.method,
    document_id: documentId,
    signed_at: s.at.toISOString(),
    recorded_by: s.actor.userId || null,
  };
  await trx.insertInto('signatures').values(row).execute();
  return toDto(row);
}

function toDto(r: {
  signature_id: string;
  purpose: string;
  signer_name: string;
  signer_role: string;
  method: string;
  document_id: string;
  signed_at: string;
  recorded_by: string | null;
}): SignatureDto {
  return {
    signatureId: r.signature_id,
    purpose: r.purpose,
    signerName: r.signer_name,
    signerRole: r.signer_role,
    method: r.method as 'pad' | 'paper',
    documentId: r.document_id,
    signedAt: r.signed_at,
    recordedBy: r.recorded_by,
  };
}

export async function listSignatures(
  db: DbOrTrx,
  projectId: string,
  entityType: string,
  entityId: string,
): Promise<SignatureDto[]> {
  const rows = await db
    .selectFrom('signatures')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('signed_at')
    .orderBy('signature_id')
    .execute();
  return rows.map(toDto);
}

/** The purposes still unsigned among `required` (a step that needs three signatures, REL-5). */
export function missingSignatures(have: { purpose: string }[], required: readonly string[]): string[] {
  const signed = new Set(have.map((h) => h.purpose));
  return required.filter((p) => !signed.has(p));
}
