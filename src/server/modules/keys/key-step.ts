/**
 * The one path every change of a key takes: permission, the key locked, the state machine
 * asked (rules.ts nextKeyState), the step's own checks and writes, the new state, the
 * movement and the history entry — one transaction, so a refused step writes nothing.
 */
import { AppError } from '../../platform/errors.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { nextKeyState, type KeyAction, type KeyState } from './rules.ts';
import { addMovement, lockKey, setKeyState, type KeyRow, type MovementInput } from './repo.ts';
import { keyDetail } from './read-keys.ts';
import type { KeyDetailDto } from './contract.ts';
import { keysDb, platformDb, type KDbOrTrx } from './tables.ts';

export interface StepContext {
  trx: KDbOrTrx;
  key: KeyRow;
  now: Date;
  /** The id the movement will have: signatures are filed under it. */
  movementId: string;
}

export interface StepResult {
  holder: { name: string; userId: string | null };
  movement: MovementInput;
}

export function keyStateRefusal(state: string): AppError {
  return new AppError('ILLEGAL_TRANSITION', { key: 'key.state_forbids', params: { state: `key.state.${state}` }, details: { state } });
}

export async function keyStep(deps: Deps, actor: Actor, projectId: string, keyId: string, action: KeyAction, perform: (ctx: StepContext) => Promise<StepResult>): Promise<KeyDetailDto> {
  requireAccess({ actor, permission: 'key.manage', projectId });
  const now = deps.clock.now();
  await deps.db.k.transaction().execute((t) => keyStepIn(keysDb(t), deps.db.dialect, actor, projectId, keyId, action, now, perform));
  return keyDetail(deps.db.k, projectId, keyId);
}

/** The same step inside the caller's transaction (a handover handing its kept key back). */
export async function keyStepIn(trx: KDbOrTrx, dialect: Dialect, actor: Actor, projectId: string, keyId: string, action: KeyAction, now: Date, perform: (ctx: StepContext) => Promise<StepResult>): Promise<void> {
  const key = await lockKey(trx, dialect, projectId, keyId);
  const to = nextKeyState(key.state as KeyState, action);
  if (!to) throw keyStateRefusal(key.state);
  const movementId = newId(now.getTime());
  const r = await perform({ trx, key, now, movementId });
  await setKeyState(trx, key, to, r.holder, now);
  await addMovement(trx, key, { ...r.movement }, actor, now, movementId);
  await recordHistory(platformDb(trx), { projectId, entityType: 'key', entityId: keyId, action, actor, at: now, before: { state: key.state, holder: key.holder_name }, after: { state: to, holder: r.holder.name, movementId } });
}
