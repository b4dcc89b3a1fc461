/**
 * HND-4: the rectification record (交接遗留问题整改记录表). Items stay open until engineering
 * closes them with what was done; the list of open items is the desk's and engineering's
 * follow-up. When the last item of a handover is closed, the key kept for the repairs goes
 * back to the owner, who signs for it — and leaves the key register as handed over.
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { canAccess, requireAccess } from '../../../platform/access/require-access.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { recordHistory } from '../../../platform/history/record-history.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { captureSignature } from '../../../platform/signatures/signatures.ts';
import { handKeptKeyBack } from '../../keys/index.ts';
import { requireOccupancyRead } from '../read-access.ts';
import { handoverStore, rectificationItems, type RectificationItemDto } from './repo.ts';
import { handoverDb } from './tables.ts';
import type { CloseItemBody, ReturnKeyBody } from './contract.ts';

/** The desk and the departments doing the repairs read the list. */
function requireItemsRead(actor: Actor, projectId: string): void {
  if (canAccess(actor, 'ticket.work', projectId)) return;
  requireOccupancyRead(actor, projectId);
}

export async function listRectification(
  deps: Deps,
  actor: Actor,
  projectId: string,
  q: { state?: 'open' | 'closed'; handoverId?: string },
): Promise<RectificationItemDto[]> {
  requireItemsRead(actor, projectId);
  return rectificationItems(deps.db.k, projectId, q);
}

/** Engineering (and whoever works tickets) closes an item with what was done; closed stays closed. */
export async function closeRectificationItem(
  deps: Deps,
  actor: Actor,
  projectId: string,
  itemId: string,
  input: z.infer<typeof CloseItemBody>,
): Promise<void> {
  requireAccess({ actor, permission: 'ticket.work', projectId });
  const at = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const db = handoverDb(trx);
    let q = db
      .selectFrom('rectification_items')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('item_id', '=', itemId);
    if (deps.db.dialect === 'postgres') q = q.forUpdate();
    const item = await q.executeTakeFirst();
    if (!item) throw notFound('what.rectification_item');
    if (item.state !== 'open') throw new AppError('CONFLICT', { key: 'rectification.already_closed' });
    await db
      .updateTable('rectification_items')
      .set({
        state: 'closed',
        closed_at: at.toISOString(),
        closed_by: actor.userId || null,
        close_note: input.note,
      })
      .where('project_id', '=', projectId)
      .where('item_id', '=', itemId)
      .execute();
    await recordHistory(trx, {
      projectId,
      entityType: 'handover',
      entityId: item.handover_id,
      action: 'rectification_closed',
      actor,
      at,
      after: { itemId, seq: item.seq, note: input.note },
    });
  });
}

/** The key kept for the repairs goes back once every item is closed; the owner signs for it (KEY-2). */
export async function returnKeptKey(
  deps: Deps,
  actor: Actor,
  projectId: string,
  handoverId: string,
  input: z.infer<typeof ReturnKeyBody>,
): Promise<void> {
  requireAccess({ actor, permission: 'occupancy.manage', projectId });
  const at = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const h = await handoverStore.lock(trx, deps.db.dialect, projectId, handoverId);
    if (!h) throw notFound('what.handover');
    if (h.keys_kept !== 1 || h.kept_key_returned_at)
      throw new AppError('CONFLICT', { key: 'handover.no_kept_key' });
    const open = await handoverDb(trx)
      .selectFrom('rectification_items')
      .select('item_id')
      .where('project_id', '=', projectId)
      .where('handover_id', '=', handoverId)
      .where('state', '=', 'open')
      .execute();
    if (open.length)
      throw new AppError('UNPROCESSABLE', { key: 'handover.items_open', params: { count: open.length } });
    const s = await captureSignature(trx, {
      projectId,
      entityType: 'handover',
      entityId: handoverId,
      purpose: 'handover.kept_key_returned',
      signerRole: 'owner',
      input: input.signature,
      actor,
      at,
      path: 'signature',
    });
    await handKeptKeyBack(
      trx,
      deps.db.dialect,
      actor,
      projectId,
      { unitId: h.unit_id, ownerId: h.customer_id, handoverId, signatureId: s.signatureId },
      at,
    );
    await handoverStore.save(trx, projectId, handoverId, {
      kept_key_returned_at: at.toISOString(),
      version: h.version + 1,
      updated_at: at.toISOString(),
    });
    await recordHistory(trx, {
      projectId,
      entityType: 'handover',
      entityId: handoverId,
      action: 'kept_key_returned',
      actor,
      at,
      after: { signature: s.signatureId },
    });
  });
}
