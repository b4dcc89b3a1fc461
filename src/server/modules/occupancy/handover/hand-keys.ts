/**
 * HND-4: the keys, the owner handbook (业主手册) and the renovation handbook (装修手册) are
 * handed over. What is still wrong with the unit goes on the rectification record
 * (交接遗留问题整改记录表) as items engineering closes one by one; while any remain, one key
 * may be kept for the repairs — only with the owner's consent. The kept key goes into the key
 * register (kind 整改留存) in the same transaction, in the cabinet slot the clerk names.
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { newId } from '../../../platform/ids.ts';
import { keepKeyForRepairs } from '../../keys/index.ts';
import { recordStep } from '../record-step.ts';
import { handoverStore } from './repo.ts';
import { keysProblems } from './rules.ts';
import { handoverDb } from './tables.ts';
import type { HandKeysBody } from './contract.ts';

export type HandKeys = z.infer<typeof HandKeysBody>;

export async function handKeys(
  deps: Deps,
  actor: Actor,
  projectId: string,
  handoverId: string,
  input: HandKeys,
) {
  return recordStep(
    deps,
    handoverStore,
    { actor, projectId, id: handoverId, step: 'keys' },
    async ({ trx, run, at }) => {
      const problems = keysProblems({ ...input, rectificationItems: input.rectificationItems.length });
      if (problems.length) throw new AppError('UNPROCESSABLE', { key: problems[0]!.key, fields: problems });
      if (input.rectificationItems.length) {
        await handoverDb(trx)
          .insertInto('rectification_items')
          .values(
            input.rectificationItems.map((item, i) => ({
              project_id: projectId,
              item_id: newId(at.getTime()),
              handover_id: handoverId,
              unit_id: run.unit_id,
              seq: i + 1,
              description: item.description,
              location: item.location,
              state: 'open',
              created_at: at.toISOString(),
              created_by: actor.userId || null,
              closed_at: null,
              closed_by: null,
              close_note: '',
            })),
          )
          .execute();
      }
      const kept = input.keyKept ? 1 : 0;
      const keptKey = kept
        ? await keepKeyForRepairs(
            trx,
            actor,
            projectId,
            { unitId: run.unit_id, ownerId: run.customer_id, cabinetSlot: input.keyCabinetSlot },
            at,
          )
        : null;
      return {
        patch: {
          keys_handed: input.keysHanded,
          keys_kept: kept,
          key_consent: input.ownerConsent && kept ? 1 : 0,
          owner_handbook: 1,
          renovation_handbook: 1,
          keys_at: at.toISOString(),
        },
        history: {
          keysHanded: input.keysHanded,
          keysKept: kept,
          ownerConsent: input.ownerConsent,
          keptKey: keptKey?.number ?? null,
          rectificationItems: input.rectificationItems.map((i) => i.description),
        },
      };
    },
  );
}
