/**
 * HND-4 meets KEY-1/KEY-2: the one key a handover keeps for the repairs is a key in our
 * custody like any other, so it goes into the register (kind `rectification`, 整改留存钥匙)
 * in the handover's own transaction — numbered, in a cabinet slot, the owner on its list.
 * Engineering borrows it with the keeper's consent (KEY-4) like any key. It leaves the
 * register only through the handover's kept-key return, when every rectification item is
 * closed and the owner signs; the key desk cannot hand it out on its own.
 */
import type { Actor } from '../../platform/access/actor.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import { AppError } from '../../platform/errors.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { customersByIds } from '../customers/index.ts';
import { keyStepIn } from './key-step.ts';
import { addKeyToRegister } from './register-key.ts';
import { keysDb } from './tables.ts';

export interface KeptKey {
  keyId: string;
  number: string;
  cabinetSlot: string;
  state: string;
}

/** The handover's kept key enters the register; the person handing over is its keeper. */
export async function keepKeyForRepairs(
  t: DbOrTrx,
  actor: Actor,
  projectId: string,
  k: { unitId: string; ownerId: string | null; cabinetSlot: string },
  now: Date,
): Promise<KeptKey> {
  const input = {
    unitId: k.unitId,
    kind: 'rectification' as const,
    cabinetSlot: k.cabinetSlot,
    entrusted: k.ownerId ? [k.ownerId] : [],
    note: '',
  };
  const { keyId, number } = await addKeyToRegister(t, actor, projectId, input, now, {
    byHandover: true,
    slotPath: 'keyCabinetSlot',
  });
  return { keyId, number, cabinetSlot: k.cabinetSlot, state: 'in_cabinet' };
}

/** The unit's most recent key kept for repairs, or null (handovers that kept none). */
export async function keptKeyOf(db: DbOrTrx, projectId: string, unitId: string): Promise<KeptKey | null> {
  const row = await keysDb(db)
    .selectFrom('keys')
    .select(['key_id', 'number', 'cabinet_slot', 'state'])
    .where('project_id', '=', projectId)
    .where('unit_id', '=', unitId)
    .where('kind', '=', 'rectification')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row
    ? { keyId: row.key_id, number: row.number, cabinetSlot: row.cabinet_slot, state: row.state }
    : null;
}

/**
 * The kept key goes back to the owner: it must be in the cabinet (not lent to engineering
 * or out for a viewing). The owner's signature was taken by the handover; the movement
 * points at it.
 */
export async function handKeptKeyBack(
  t: DbOrTrx,
  dialect: Dialect,
  actor: Actor,
  projectId: string,
  k: { unitId: string; ownerId: string | null; handoverId: string; signatureId: string },
  now: Date,
): Promise<void> {
  const kept = await keptKeyOf(t, projectId, k.unitId);
  if (!kept || kept.state === 'handed_over' || kept.state === 'lost') return;
  if (kept.state !== 'in_cabinet')
    throw new AppError('UNPROCESSABLE', {
      key: 'key.kept_key_out',
      params: { number: kept.number, state: `key.state.${kept.state}` },
    });
  const owner = k.ownerId ? (await customersByIds(t, projectId, [k.ownerId])).get(k.ownerId) : undefined;
  const name = owner?.name ?? '';
  await keyStepIn(keysDb(t), dialect, actor, projectId, kept.keyId, 'issue', now, async () => ({
    holder: { name, userId: null },
    movement: {
      kind: 'issued',
      personName: name,
      customerId: k.ownerId,
      detail: { handoverId: k.handoverId, signatureId: k.signatureId },
    },
  }));
}
