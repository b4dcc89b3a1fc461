/**
 * The key going out with staff and coming back: a viewing (KEY-3: the key stays in the
 * escort's hands — staff open the door; the viewer is logged, never the holder), a return to
 * the cabinet, and a loss (KEY-4: attributed to whoever held it, else to the keeper).
 */
import type { z } from '@hono/zod-openapi';
import { unprocessable } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { lossAttribution, type KeyState } from './rules.ts';
import { projectStaff } from './repo.ts';
import { keyStep } from './key-step.ts';
import type { KeyDetailDto, LostBody, NoteBody, ViewingBody } from './contract.ts';

export async function startViewing(
  deps: Deps,
  actor: Actor,
  projectId: string,
  keyId: string,
  input: z.infer<typeof ViewingBody>,
): Promise<KeyDetailDto> {
  return keyStep(deps, actor, projectId, keyId, 'view', async ({ trx }) => {
    const escort = (await projectStaff(trx, projectId, [input.escortId])).get(input.escortId);
    if (!escort) throw unprocessable('key.escort_not_staff', {}, 'escortId');
    return {
      holder: { name: escort, userId: input.escortId },
      movement: {
        kind: 'viewing',
        personName: escort,
        userId: input.escortId,
        detail: { viewerName: input.viewerName, viewerPhone: input.viewerPhone },
        note: input.note,
      },
    };
  });
}

export async function returnKey(
  deps: Deps,
  actor: Actor,
  projectId: string,
  keyId: string,
  input: z.infer<typeof NoteBody>,
): Promise<KeyDetailDto> {
  return keyStep(deps, actor, projectId, keyId, 'return', async ({ key }) => ({
    holder: { name: '', userId: null },
    movement: {
      kind: 'returned',
      personName: key.holder_name,
      userId: key.holder_user_id,
      detail: { from: key.state, cabinetSlot: key.cabinet_slot },
      note: input.note,
    },
  }));
}

export async function loseKey(
  deps: Deps,
  actor: Actor,
  projectId: string,
  keyId: string,
  input: z.infer<typeof LostBody>,
): Promise<KeyDetailDto> {
  return keyStep(deps, actor, projectId, keyId, 'lose', async ({ trx, key }) => {
    const keeperName =
      (
        await trx
          .selectFrom('users')
          .select('display_name')
          .where('user_id', '=', key.keeper_id)
          .executeTakeFirst()
      )?.display_name ?? '';
    const blame = lossAttribution(
      key.state as KeyState,
      { userId: key.holder_user_id, name: key.holder_name },
      { userId: key.keeper_id, name: keeperName },
    );
    return {
      holder: { name: '', userId: null },
      movement: {
        kind: 'lost',
        personName: blame.name,
        userId: blame.userId,
        detail: { attributedTo: blame.name, basis: blame.basis, from: key.state, keeper: keeperName },
        note: input.note,
      },
    };
  });
}
