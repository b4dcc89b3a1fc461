/**
 * The plan of one compiled query, as text for a report: SQLite's EXPLAIN QUERY PLAN drawn as
 * a tree, PostgreSQL's EXPLAIN (ANALYZE, BUFFERS) — which runs the query, so the plan shows
 * real row counts, timings and pages touched rather than estimates.
 */
import type { CompiledQuery } from 'kysely';
import type { Db } from '../../src/server/platform/db/connection.ts';

interface SqlitePlanRow {
  id: number;
  parent: number;
  detail: string;
}

function sqliteTree(rows: SqlitePlanRow[]): string {
  const depth = new Map<number, number>([[0, -1]]);
  return rows
    .map((r) => {
      const d = (depth.get(r.parent) ?? -1) + 1;
      depth.set(r.id, d);
      return `${'  '.repeat(d)}${r.detail}`;
    })
    .join('\n');
}

export async function explain(db: Db, query: CompiledQuery): Promise<string> {
  if (db.sqlite) {
    const rows = db.sqlite
      .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
      .all(...query.parameters) as SqlitePlanRow[];
    return sqliteTree(rows);
  }
  const res = await db.pool!.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, [
    ...query.parameters,
  ]);
  return res.rows.map((r) => r['QUERY PLAN']).join('\n');
}

/** Whether a plan reads through the named index (SQLite: "USING INDEX x", PostgreSQL: "Index Scan using x"). */
export function usesIndex(plan: string, index: string): boolean {
  return new RegExp(`\\b(?:USING (?:COVERING )?INDEX|using) ${index}\\b`).test(plan);
}

/** A plan as a fenced block for a report note. */
export function planBlock(title: string, query: CompiledQuery, plan: string): string {
  const params = query.parameters.length ? `\n-- parameters: ${JSON.stringify(query.parameters)}` : '';
  return `${title}\n\n\`\`\`sql\n${query.sql}${params}\n\`\`\`\n\n\`\`\`text\n${plan}\n\`\`\``;
}
