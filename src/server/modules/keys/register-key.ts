/**
 * KEY-1: a key enters the register (钥匙委托管理清册) with the next number, its unit, what kind
 * of key it is, the locked cabinet's slot, the keeper and who may collect it. An owner's key
 * is accepted only for a vacant unit.
 */
import type { z } from '@hono/zod-openapi';
import { AppError, unprocessable } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory, type DbOrTrx } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { nextCounterValue } from '../../platform/db/counters.ts';
import { unitBrief } from '../properties/index.ts';
import { customersByIds, unitParties } from '../customers/index.ts';
import { registrationRefusal } from './rules.ts';
import { addMovement, projectStaff } from './repo.ts';
import { keyDetail } from './read-keys.ts';
import type { KeyDetailDto, RegisterKeyBody } from './contract.ts';
import { keysDb, platformDb, type KDbOrTrx } from './tables.ts';

type Input = z.infer<typeof RegisterKeyBody>;

/** @example keyNumber(7) // 'K-0007' */
export const keyNumber = (n: number) => `K-${String(n).padStart(4, '0')}`;

async function entrustedList(
  trx: KDbOrTrx,
  projectId: string,
  input: Input,
  unitId: string,
): Promise<string[]> {
  if (input.kind !== 'entrusted') {
    if (input.entrustedBy) throw unprocessable('key.entruster_only_entrusted', {}, 'entrustedBy');
    return [...new Set(input.entrusted)];
  }
  if (!input.entrustedBy)
    throw new AppError('VALIDATION', { fields: [{ path: 'entrustedBy', key: 'field.required' }] });
  const owners = (await unitParties(platformDb(trx), projectId, unitId)).filter(
    (p) => p.relation === 'owner',
  );
  if (!owners.some((o) => o.customerId === input.entrustedBy))
    throw unprocessable('key.entruster_not_owner', {}, 'entrustedBy');
  return [...new Set([input.entrustedBy, ...input.entrusted])];
}

/** How the register is entered: the key desk (KEY-1), or a handover keeping a key for the repairs (HND-4). */
export interface RegisterVia {
  byHandover?: boolean;
  /** The request field a slot refusal names (the handover form calls it keyCabinetSlot). */
  slotPath?: string;
}

/** KEY-1 inside the caller's transaction (pass the transaction): checks, numbers and files the key. */
export async function addKeyToRegister(
  t: DbOrTrx,
  actor: Actor,
  projectId: string,
  input: Input,
  now: Date,
  via: RegisterVia = {},
): Promise<{ keyId: string; number: string }> {
  const keyId = newId(now.getTime());
  const slotPath = via.slotPath ?? 'cabinetSlot';
  const trx = keysDb(t);
  const unit = await unitBrief(t, projectId, input.unitId);
  if (!unit)
    throw new AppError('UNPROCESSABLE', {
      key: 'error.NOT_FOUND',
      params: { what: 'what.unit' },
      fields: [{ path: 'unitId', key: 'error.NOT_FOUND', params: { what: 'what.unit' } }],
    });
  const refusal = registrationRefusal(input.kind, unit.status, via.byHandover);
  if (refusal)
    throw unprocessable(refusal, { unit: unit.code, status: `unit_status.${unit.status}` }, 'kind');

  const keeperId = input.keeperId ?? actor.userId;
  if (!keeperId) throw new AppError('VALIDATION', { fields: [{ path: 'keeperId', key: 'field.required' }] });
  if (!(await projectStaff(trx, projectId, [keeperId])).has(keeperId))
    throw unprocessable('key.not_staff', {}, 'keeperId');

  const entrusted = await entrustedList(trx, projectId, input, unit.unitId);
  const known = await customersByIds(t, projectId, entrusted);
  const unknown = input.entrusted.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw unprocessable('key.unknown_customer', {}, `entrusted.${unknown}`);

  const taken = await trx
    .selectFrom('keys')
    .select('number')
    .where('project_id', '=', projectId)
    .where('cabinet_slot', '=', input.cabinetSlot)
    .where('state', 'in', ['in_cabinet', 'viewing', 'borrowed'])
    .executeTakeFirst();
  if (taken)
    throw new AppError('CONFLICT', {
      key: 'key.slot_taken',
      params: { slot: input.cabinetSlot, number: taken.number },
      fields: [
        { path: slotPath, key: 'key.slot_taken', params: { slot: input.cabinetSlot, number: taken.number } },
      ],
    });

  const number = keyNumber(await nextCounterValue(t, projectId, 'key'));
  const row = {
    project_id: projectId,
    key_id: keyId,
    number,
    unit_id: unit.unitId,
    kind: input.kind,
    cabinet_slot: input.cabinetSlot,
    state: 'in_cabinet',
    keeper_id: keeperId,
    entrusted_by: input.entrustedBy ?? null,
    holder_name: '',
    holder_user_id: null,
    note: input.note,
    created_at: now.toISOString(),
    created_by: actor.userId || null,
    updated_at: now.toISOString(),
    version: 1,
  };
  await trx.insertInto('keys').values(row).execute();
  if (entrusted.length) {
    await trx
      .insertInto('key_entrusted')
      .values(
        entrusted.map((customerId) => ({
          project_id: projectId,
          key_id: keyId,
          customer_id: customerId,
          created_at: now.toISOString(),
        })),
      )
      .execute();
  }
  await addMovement(trx, row, { kind: 'registered', detail: { cabinetSlot: input.cabinetSlot } }, actor, now);
  await recordHistory(t, {
    projectId,
    entityType: 'key',
    entityId: keyId,
    action: 'registered',
    actor,
    at: now,
    after: {
      number,
      unitId: unit.unitId,
      kind: input.kind,
      cabinetSlot: input.cabinetSlot,
      keeperId,
      entrusted,
    },
  });
  return { keyId, number };
}

export async function registerKey(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: Input,
): Promise<KeyDetailDto> {
  requireAccess({ actor, permission: 'key.manage', projectId });
  const now = deps.clock.now();
  const { keyId } = await deps.db.k
    .transaction()
    .execute((t) => addKeyToRegister(t, actor, projectId, input, now));
  return keyDetail(deps.db.k, projectId, keyId);
}
