/**
 * Durable timers: a deadline or reminder is a row with due_at, written in the same
 * transaction as the business change that caused it, so it can neither be lost nor fire
 * for a change that was rolled back. Scheduling the same (kind, dedupe_key) twice is a no-op.
 */
import type { DbOrTrx } from '../history/record-history.ts';
import { likeStartsWith } from '../db/like.ts';
import { newId } from '../ids.ts';

export interface TimerInput {
  projectId: string;
  kind: string;
  entityType: string;
  entityId: string;
  /** Defaults to entityId: one timer of a kind per entity. */
  dedupeKey?: string;
  dueAt: Date;
  payload?: Record<string, unknown>;
  now: Date;
}

export async function scheduleTimer(db: DbOrTrx, t: TimerInput): Promise<void> {
  await db
    .insertInto('timers')
    .values({
      project_id: t.projectId,
      timer_id: newId(t.now.getTime()),
      kind: t.kind,
      entity_type: t.entityType,
      entity_id: t.entityId,
      dedupe_key: t.dedupeKey ?? t.entityId,
      due_at: t.dueAt.toISOString(),
      payload_json: JSON.stringify(t.payload ?? {}),
      status: 'pending',
      attempts: 0,
      claimed_by: null,
      claimed_until: null,
      fired_at: null,
      last_error: null,
      created_at: t.now.toISOString(),
    })
    .onConflict((oc) => oc.columns(['project_id', 'kind', 'dedupe_key']).doNothing())
    .execute();
}

/** Cancels pending timers of an entity (optionally of one kind); fired ones stay as record. */
export async function cancelTimers(
  db: DbOrTrx,
  projectId: string,
  entityId: string,
  kind?: string,
): Promise<void> {
  let q = db
    .updateTable('timers')
    .set({ status: 'cancelled' })
    .where('project_id', '=', projectId)
    .where('entity_id', '=', entityId)
    .where('status', '=', 'pending');
  if (kind) q = q.where('kind', '=', kind);
  await q.execute();
}

/**
 * Cancels pending timers of a kind whose dedupe key starts with a prefix: a caller that
 * versions its keys ('id@due' when a deadline moves) cancels every version at once.
 */
export async function cancelTimersByKeyPrefix(
  db: DbOrTrx,
  projectId: string,
  kind: string,
  keyPrefix: string,
): Promise<void> {
  await db
    .updateTable('timers')
    .set({ status: 'cancelled' })
    .where('project_id', '=', projectId)
    .where('kind', '=', kind)
    .where(likeStartsWith('dedupe_key', keyPrefix))
    .where('status', '=', 'pending')
    .execute();
}
