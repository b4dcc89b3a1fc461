/**
 * Records the SQL the app's own code runs: a Kysely plugin that compiles each query as it
 * passes, so a scenario can EXPLAIN exactly what listQueue or sweepOnce sent — parameters
 * included — instead of a hand-written copy that drifts from src/.
 */
import type { CompiledQuery, Kysely, KyselyPlugin } from 'kysely';
import type { Database } from '../../src/server/platform/db/schema.ts';

export interface SqlCapture {
  /** Use in place of the original; queries run as before and are recorded. */
  kysely: Kysely<Database>;
  queries: CompiledQuery[];
}

export function captureSql(k: Kysely<Database>): SqlCapture {
  const queries: CompiledQuery[] = [];
  const executor = k.getExecutor();
  const plugin: KyselyPlugin = {
    transformQuery({ node, queryId }) {
      queries.push(executor.compileQuery(node, queryId));
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { kysely: k.withPlugin(plugin), queries };
}
