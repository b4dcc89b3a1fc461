/** The key register and one key with its movements, signatures and requests (KEY-1..4). */
import type { Actor } from '../../platform/access/actor.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import { shownPhone } from '../../platform/access/personal-data.ts';
import type { Deps } from '../../platform/http/context.ts';
import { notFound } from '../../platform/errors.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { listedParty, unitParties, type UnitParty } from '../customers/index.ts';
import { keyDtos, requestDtos } from './repo.ts';
import type { KeyDetailDto, KeyDto, KeyRequestDto } from './contract.ts';
import { keysDb } from './tables.ts';
import type { JsonValue } from '../../platform/http/json-value.ts';

export const MOVEMENT_ENTITY = 'key_movement';

export async function listKeys(
  deps: Deps,
  actor: Actor,
  projectId: string,
  filter: { unitId?: string; state?: string; q?: string },
): Promise<KeyDto[]> {
  requireAccess({ actor, permission: 'key.manage', projectId });
  return keyDtos(keysDb(deps.db.k), projectId, filter);
}

/** Requests waiting for a decision or to be handed out, newest first (the approvers' list). */
export async function listKeyRequests(
  deps: Deps,
  actor: Actor,
  projectId: string,
  state?: string,
): Promise<KeyRequestDto[]> {
  requireAccess({ actor, permission: 'key.manage', projectId });
  return requestDtos(keysDb(deps.db.k), projectId, { state });
}

export async function keyDetail(db: DbOrTrx, projectId: string, keyId: string): Promise<KeyDetailDto> {
  const k = keysDb(db);
  const [key] = await keyDtos(k, projectId, { keyIds: [keyId] });
  if (!key) throw notFound('what.key');
  const movements = await k
    .selectFrom('key_movements as m')
    .leftJoin('users as u', 'u.user_id', 'm.actor_id')
    .selectAll('m')
    .select('u.display_name')
    .where('m.project_id', '=', projectId)
    .where('m.key_id', '=', keyId)
    .orderBy('m.at')
    .orderBy('m.movement_id')
    .execute();
  const signatures = movements.length
    ? await db
        .selectFrom('signatures')
        .select([
          'signature_id',
          'entity_id',
          'signer_name',
          'signer_role',
          'method',
          'document_id',
          'signed_at',
        ])
        .where('project_id', '=', projectId)
        .where('entity_type', '=', MOVEMENT_ENTITY)
        .where(
          'entity_id',
          'in',
          movements.map((m) => m.movement_id),
        )
        .execute()
    : [];
  return {
    ...key,
    movements: movements.map((m) => ({
      movementId: m.movement_id,
      kind: m.kind,
      personName: m.person_name,
      customerId: m.customer_id,
      userId: m.user_id,
      idNumberMasked: m.id_number_masked,
      requestId: m.request_id,
      detail: maskedDetail(JSON.parse(m.detail) as Record<string, JsonValue>),
      note: m.note,
      at: m.at,
      actorName: m.display_name ?? null,
      signatures: signatures
        .filter((s) => s.entity_id === m.movement_id)
        .map((s) => ({
          signatureId: s.signature_id,
          signerName: s.signer_name,
          signerRole: s.signer_role,
          method: s.method,
          documentId: s.document_id,
          signedAt: s.signed_at,
        })),
    })),
    requests: await requestDtos(k, projectId, { keyId }),
  };
}

/** CUS-3: a viewing's visitor phone is kept whole for the record but shown masked in the register. */
function maskedDetail(detail: Record<string, JsonValue>): Record<string, JsonValue> {
  return typeof detail.viewerPhone === 'string'
    ? { ...detail, viewerPhone: shownPhone(detail.viewerPhone, 'masked') }
    : detail;
}

export async function getKey(
  deps: Deps,
  actor: Actor,
  projectId: string,
  keyId: string,
): Promise<KeyDetailDto> {
  requireAccess({ actor, permission: 'key.manage', projectId });
  return keyDetail(deps.db.k, projectId, keyId);
}

/** The people of a unit, to pick the entrusting owner, the persons entrusted and the collector (KEY-1, KEY-2); archive IDs are not shown. */
export async function keyParties(
  deps: Deps,
  actor: Actor,
  projectId: string,
  unitId: string,
): Promise<Omit<UnitParty, 'idNumber'>[]> {
  requireAccess({ actor, permission: 'key.manage', projectId });
  // CUS-3: who may entrust or collect, with their numbers masked (a list).
  return (await unitParties(deps.db.k, projectId, unitId)).map(listedParty);
}
