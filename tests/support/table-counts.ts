/**
 * Rows per table of the whole database: a test that sends many refused requests compares
 * the counts before and after to show that none of them wrote anything.
 */
import { sql } from 'kysely';
import type { Deps } from '../../src/server/platform/http/context.ts';

export async function tableCounts(deps: Deps): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of await deps.db.k.introspection.getTables()) {
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(t.name)}`.execute(
      deps.db.k,
    );
    out[t.name] = Number(r.rows[0]?.n ?? 0);
  }
  return out;
}
