/** What the database holds in a project: a refused request must leave these unchanged. */
import type { Kysely } from 'kysely';
import type { TestContext } from '../harness.ts';

/** The project-scoped tables the refusal tests count. */
export type CountedTable =
  | 'customers'
  | 'customer_units'
  | 'documents'
  | 'handovers'
  | 'history'
  | 'keys'
  | 'key_movements'
  | 'key_requests'
  | 'move_ins'
  | 'move_in_fixtures'
  | 'move_in_readings'
  | 'notifications'
  | 'passes'
  | 'rectification_items'
  | 'signatures'
  | 'status_reports';

/** How many rows a table holds in the project. */
export async function countRows(ctx: TestContext, table: CountedTable, projectId: string): Promise<number> {
  // The table name is a variable, so Kysely's typed schema cannot check it: every counted table has a project_id.
  const k = ctx.deps.db.k as unknown as Kysely<Record<CountedTable, { project_id: string }>>;
  const r = await k
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The actions recorded in an entity's history, oldest first. */
export async function historyActions(
  ctx: TestContext,
  projectId: string,
  entityType: string,
  entityId: string,
): Promise<string[]> {
  const rows = await ctx.deps.db.k
    .selectFrom('history')
    .select('action')
    .where('project_id', '=', projectId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('at')
    .orderBy('entry_id')
    .execute();
  return rows.map((r) => r.action);
}
