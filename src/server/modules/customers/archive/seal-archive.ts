/**
 * CUS-5: a moved-out tenant's archive is sealed (封存) — from then on it can be read and lent
 * but not changed. The move-out workflow seals it as its last step (closeArchive); the
 * archivist can seal one by hand, with the reason.
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { closeArchive } from '../archive-fields.ts';
import { getArchive } from './customer-archive.ts';
import type { ArchiveDetail, SealBody } from './archive.contract.ts';

export async function sealArchive(
  deps: Deps,
  actor: Actor,
  projectId: string,
  customerId: string,
  input: z.infer<typeof SealBody>,
): Promise<ArchiveDetail> {
  requireAccess({ actor, permission: 'archive.manage', projectId });
  const at = deps.clock.now();
  await deps.db.k
    .transaction()
    .execute((trx) =>
      closeArchive(trx, { projectId, customerId, state: 'sealed', actor, at, reason: input.reason }),
    );
  return getArchive(deps, actor, projectId, customerId);
}
