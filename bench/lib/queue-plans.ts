/**
 * The queue's SQL, its plans and its cost in the database: runs listQueue
 * (src/server/modules/tickets/queue.ts) in this process as the given user, with each query
 * string the route would parse, records the two statements it sends to `tickets` (count,
 * then page), EXPLAINs them and times each on its own — the database's share of a request.
 */
import type { CompiledQuery } from 'kysely';
import type { Deps } from '../../src/server/platform/http/context.ts';
import { listQueue } from '../../src/server/modules/tickets/queue.ts';
import { QueueQuery } from '../../src/server/modules/tickets/contract.ts';
import { actorOf } from './actor.ts';
import { captureSql } from './capture-sql.ts';
import { explain } from './explain.ts';
import { median } from './stats.ts';

export interface QueuePlan {
  count: CompiledQuery;
  page: CompiledQuery;
  countPlan: string;
  pagePlan: string;
  /** Median time of the statement alone, run RUNS times in a row through Kysely. */
  countMs: number;
  pageMs: number;
}

const RUNS = 21;

async function medianMs(deps: Deps, query: CompiledQuery): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await deps.db.k.executeQuery(query);
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function queuePlans(
  deps: Deps,
  username: string,
  projectId: string,
  queryStrings: string[],
): Promise<QueuePlan[]> {
  const actor = await actorOf(deps.db.k, username);
  const plans: QueuePlan[] = [];
  for (const qs of queryStrings) {
    const capture = captureSql(deps.db.k);
    const filters = QueueQuery.parse(Object.fromEntries(new URLSearchParams(qs)));
    await listQueue({ ...deps, db: { ...deps.db, k: capture.kysely } }, actor, projectId, filters);
    const onTickets = capture.queries.filter((q) => /\bfrom "tickets"/i.test(q.sql));
    const count = onTickets.find((q) => /count\(\*\)/i.test(q.sql));
    const page = onTickets.find((q) => /\border by\b/i.test(q.sql));
    if (!count || !page)
      throw new Error(
        `listQueue(${qs}) no longer sends a count and a page query to tickets:\n${onTickets.map((q) => q.sql).join('\n')}`,
      );
    plans.push({
      count,
      page,
      countPlan: await explain(deps.db, count),
      pagePlan: await explain(deps.db, page),
      countMs: await medianMs(deps, count),
      pageMs: await medianMs(deps, page),
    });
  }
  return plans;
}
