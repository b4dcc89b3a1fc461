/**
 * Every change of a key is a step of the platform's runner (platform/workflow): permission,
 * the key locked, the transition table asked (rules.ts KEY_TRANSITIONS), the step's own checks
 * and writes, the new state, the movement and the history entry — one transaction, so a
 * refused step writes nothing.
 */
import { AppError } from '../../platform/errors.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import {
  runStep,
  runStepIn,
  type StepContext as RunnerContext,
  type StepEffect,
  type Workflow,
} from '../../platform/workflow/run-step.ts';
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

interface KeyEffect extends StepResult, StepEffect<KeyState> {
  movementId: string;
}

export function keyStateRefusal(state: string): AppError {
  return new AppError('ILLEGAL_TRANSITION', {
    key: 'key.state_forbids',
    params: { state: `key.state.${state}` },
    details: { state },
  });
}

const KEY_WORKFLOW: Workflow<KeyRow, KeyAction, KeyState, string, KeyEffect> = {
  entityType: 'key',
  idOf: (key) => key.key_id,
  permission: () => 'key.manage',
  lock: (trx, { dialect, projectId, id }) => lockKey(keysDb(trx), dialect, projectId, id),
  transition: (key, action) => nextKeyState(key.state as KeyState, action) ?? keyStateRefusal(key.state),
  async save(trx, { row, to, effect, actor, at }) {
    await setKeyState(keysDb(trx), row, to, effect.holder, at);
    await addMovement(keysDb(trx), row, { ...effect.movement }, actor, at, effect.movementId);
  },
  history: ({ row, step, to, effect }) => ({
    action: step,
    before: { state: row.state, holder: row.holder_name },
    after: { state: to, holder: effect.holder.name, movementId: effect.movementId },
  }),
};

/** The key's step as the runner's effect: the movement's id is chosen before the step files its signatures. */
function keyEffect(perform: (ctx: StepContext) => Promise<StepResult>) {
  return async ({ trx, row, at }: RunnerContext<KeyRow, KeyState>): Promise<KeyEffect> => {
    const movementId = newId(at.getTime());
    return { ...(await perform({ trx: keysDb(trx), key: row, now: at, movementId })), movementId };
  };
}

export async function keyStep(
  deps: Deps,
  actor: Actor,
  projectId: string,
  keyId: string,
  action: KeyAction,
  perform: (ctx: StepContext) => Promise<StepResult>,
): Promise<KeyDetailDto> {
  await runStep(deps, KEY_WORKFLOW, { actor, projectId, id: keyId, step: action }, keyEffect(perform));
  return keyDetail(deps.db.k, projectId, keyId);
}

/** The same step inside the caller's transaction (a handover handing its kept key back). */
export async function keyStepIn(
  trx: KDbOrTrx,
  dialect: Dialect,
  actor: Actor,
  projectId: string,
  keyId: string,
  action: KeyAction,
  now: Date,
  perform: (ctx: StepContext) => Promise<StepResult>,
): Promise<void> {
  await runStepIn(
    platformDb(trx),
    dialect,
    KEY_WORKFLOW,
    { actor, projectId, id: keyId, step: action, at: now },
    keyEffect(perform),
  );
}
