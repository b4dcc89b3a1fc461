/**
 * KEY-2: a key handed to an owner (or a person the owner entrusted): only the entitled
 * person, identity checked against the archive, the handover finished, and the collector's
 * signature. An irregular collection approved by the project manager and the company
 * (KEY-4) stands in for the entitlement, never for the identity check or the signature.
 */
import type { z } from '@hono/zod-openapi';
import { AppError, unprocessable } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { captureSignature } from '../../platform/signatures/signatures.ts';
import { maskIdNumber } from '../customers/index.ts';
import { customersByIds } from '../customers/index.ts';
import { unitBrief } from '../properties/index.ts';
import { handoverStanding } from './handover.ts';
import { collectRefusal, type KeyKind, type KeyState } from './rules.ts';
import { MOVEMENT_ENTITY } from './read-keys.ts';
import { keyStep } from './key-step.ts';
import type { IssueKeyBody, KeyDetailDto } from './contract.ts';
import { platformDb, type KDbOrTrx } from './tables.ts';

type Input = z.infer<typeof IssueKeyBody>;

/** An approved owner_collect request of this key for this customer, marked used; false when none given. */
async function useApprovedRequest(
  trx: KDbOrTrx,
  projectId: string,
  keyId: string,
  input: Input,
  now: Date,
): Promise<boolean> {
  if (!input.requestId) return false;
  const r = await trx
    .selectFrom('key_requests')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('request_id', '=', input.requestId)
    .executeTakeFirst();
  if (!r || r.key_id !== keyId || r.kind !== 'owner_collect' || r.customer_id !== input.customerId)
    throw unprocessable('key.request_mismatch', {}, 'requestId');
  if (r.state !== 'approved')
    throw unprocessable('key.request_not_approved', { state: `key.request_state.${r.state}` }, 'requestId');
  await trx
    .updateTable('key_requests')
    .set({ state: 'issued', updated_at: now.toISOString() })
    .where('project_id', '=', projectId)
    .where('request_id', '=', r.request_id)
    .execute();
  return true;
}

export async function issueKey(
  deps: Deps,
  actor: Actor,
  projectId: string,
  keyId: string,
  input: Input,
): Promise<KeyDetailDto> {
  return keyStep(deps, actor, projectId, keyId, 'issue', async ({ trx, key, now, movementId }) => {
    const db = platformDb(trx);
    const customer = (await customersByIds(db, projectId, [input.customerId])).get(input.customerId);
    if (!customer) throw unprocessable('key.unknown_customer', {}, 'customerId');
    const unit = (await unitBrief(db, projectId, key.unit_id))!;
    const entrusted = await trx
      .selectFrom('key_entrusted')
      .select('customer_id')
      .where('project_id', '=', projectId)
      .where('key_id', '=', key.key_id)
      .execute();
    const approvedIrregular = await useApprovedRequest(trx, projectId, key.key_id, input, now);
    const refusal = collectRefusal({
      keyKind: key.kind as KeyKind,
      keyState: key.state as KeyState,
      entrustedCount: entrusted.length,
      onEntrustedList: entrusted.some((e) => e.customer_id === input.customerId),
      handover: await handoverStanding(db, projectId, unit, input.customerId),
      approvedIrregular,
      archiveIdNumber: customer.idNumber,
      typedIdNumber: input.idNumber,
    });
    if (refusal) {
      const path = refusal.startsWith('key.id_') ? 'idNumber' : 'customerId';
      throw new AppError('UNPROCESSABLE', {
        key: refusal,
        params: { name: customer.name, unit: unit.code },
        fields: [{ path, key: refusal, params: { name: customer.name, unit: unit.code } }],
      });
    }
    await captureSignature(db, {
      projectId,
      entityType: MOVEMENT_ENTITY,
      entityId: movementId,
      purpose: 'key.collector',
      signerRole: 'owner',
      input: input.signature,
      actor,
      at: now,
      path: 'signature',
    });
    return {
      holder: { name: customer.name, userId: null },
      movement: {
        kind: 'issued',
        personName: customer.name,
        customerId: input.customerId,
        idNumberMasked: maskIdNumber(input.idNumber),
        requestId: input.requestId ?? null,
        detail: { irregular: approvedIrregular },
        note: input.note,
      },
    };
  });
}
