/**
 * Per-project sequences (ticket, pass and key numbers) in the counters table: bump the row,
 * or create it at 1. Call inside the transaction that uses the number, so a rolled-back step
 * leaves no gap.
 */
import { sql } from 'kysely';
import type { DbOrTrx } from '../history/record-history.ts';

/** @example await nextCounterValue(trx, projectId, 'pass:2026') // 1, 2, 3 … */
export async function nextCounterValue(db: DbOrTrx, projectId: string, scope: string): Promise<number> {
  const bumped = await db
    .updateTable('counters')
    .set({ value: sql`value + 1` })
    .where('project_id', '=', projectId)
    .where('scope', '=', scope)
    .returning('value')
    .executeTakeFirst();
  if (bumped) return bumped.value;
  await db
    .insertInto('counters')
    .values({ project_id: projectId, scope, value: 1 })
    .onConflict((oc) => oc.columns(['project_id', 'scope']).doUpdateSet({ value: sql`counters.value + 1` }))
    .execute();
  return (
    await db
      .selectFrom('counters')
      .select('value')
      .where('project_id', '=', projectId)
      .where('scope', '=', scope)
      .executeTakeFirstOrThrow()
  ).value;
}
