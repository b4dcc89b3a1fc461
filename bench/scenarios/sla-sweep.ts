/**
 * The SLA sweep (TKT-5): what firing one due deadline timer costs, with the real handlers,
 * at two sizes of the open workload — the data set as generated (~2 % of tickets open), then
 * with ten times as many open tickets, all with pending timers that are not due. The sweeper
 * finds due timers through the timers_due index (status, due_at), so the per-timer cost
 * should not move; the claim query's plan at both sizes shows whether it does use the index.
 */
import { sql, type CompiledQuery } from 'kysely';
import { sweepOnce, type SweeperOptions } from '../../src/server/platform/timers/sweeper.ts';
import { timerHandlers } from '../../src/server/timer-handlers.ts';
import type { Deps } from '../../src/server/platform/http/context.ts';
import { withFreshDatabase } from '../lib/databases.ts';
import { closeDeps, openBenchDeps, seedDemoWithProgress } from '../lib/seed.ts';
import { datasetRows, datasetSize, describeDataset, loadTicketDataset } from '../lib/ticket-dataset.ts';
import { armDueTimers } from '../lib/due-timers.ts';
import { reopenTickets } from '../lib/reopen-tickets.ts';
import { seededRandom } from '../lib/seeded-random.ts';
import { captureSql } from '../lib/capture-sql.ts';
import { explain, planBlock, usesIndex } from '../lib/explain.ts';
import { sampleSequential, type Sampled } from '../lib/sample.ts';
import { fmtCount, fmtMs, fmtRate } from '../lib/stats.ts';
import { mark, TARGETS } from '../lib/targets.ts';
import { LATENCY_COLUMNS, type Scenario } from '../lib/scenario.ts';

const MORE_OPEN = 10;
/** "About the same": the per-timer median may differ by this factor before it counts as growth. */
const SAME_COST = 1.5;
const INDEX = 'timers_due';

interface Phase {
  label: string;
  openTickets: number;
  pendingTimers: number;
  /** Timers that had fallen due by themselves before the phase, fired untimed. */
  drained: number;
  fired: Sampled;
  claim: CompiledQuery;
  claimPlan: string;
}

async function countOpen(
  deps: Deps,
  projectId: string,
): Promise<{ openTickets: number; pendingTimers: number }> {
  const t = await deps.db.k
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('project_id', '=', projectId)
    .where('is_open', '=', 1)
    .executeTakeFirstOrThrow();
  const p = await deps.db.k
    .selectFrom('timers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return { openTickets: Number(t.n), pendingTimers: Number(p.n) };
}

/**
 * Makes `count` + 1 timers due and fires them one sweepOnce (batch 1) at a time. The first,
 * unmeasured, runs through a recording Kysely to capture the claim query, which is then
 * EXPLAINed while the other `count` are still due; those `count` are timed one by one.
 */
async function firePhase(
  deps: Deps,
  projectId: string,
  label: string,
  count: number,
  seed: number,
): Promise<Phase> {
  const options: SweeperOptions = {
    db: deps.db,
    clock: deps.clock,
    logger: deps.logger,
    handlers: timerHandlers(deps),
    workerId: 'bench-sweep',
    batch: 1,
  };
  // Deadlines of the data set that fell due since it was generated would otherwise be fired among
  // (and before) the armed ones: fire them first, untimed. Later ones fall due after the armed ones.
  const drained = await sweepOnce({ ...options, batch: 10_000 });
  const armed = await armDueTimers(deps.db.k, projectId, count + 1, deps.clock.now(), seededRandom(seed));
  const sizes = await countOpen(deps, projectId);
  const capture = captureSql(deps.db.k);
  if ((await sweepOnce({ ...options, db: { ...deps.db, k: capture.kysely } })) !== 1)
    throw new Error(`${label}: the first armed timer did not fire`);
  const claim = capture.queries.find((q) => /\bfrom "timers"/i.test(q.sql) && /^\s*select/i.test(q.sql));
  if (!claim)
    throw new Error(
      `${label}: sweepOnce sent no SELECT on timers:\n${capture.queries.map((q) => q.sql).join('\n')}`,
    );
  const claimPlan = await explain(deps.db, claim);
  const fired = await sampleSequential(
    `fire ${fmtCount(count)} due timers (${label})`,
    { maxCount: count, maxSeconds: 300 },
    async (i) => {
      if ((await sweepOnce(options)) !== 1)
        throw new Error(`${label}: no due timer left after ${i} of ${count}`);
    },
  );
  const stillOpen = await deps.db.k
    .selectFrom('ticket_deadlines')
    .select('deadline_id')
    .where('project_id', '=', projectId)
    .where('deadline_id', 'in', armed)
    .where('status', '!=', 'breached')
    .execute();
  if (stillOpen.length > 0)
    throw new Error(
      `${label}: ${stillOpen.length} of the ${armed.length} due deadlines were not breached by the sweep`,
    );
  return { label, ...sizes, drained, fired, claim, claimPlan };
}

function phaseRow(p: Phase): string[] {
  const l = p.fired.latency;
  return [
    `sweepOnce per due timer, ${p.label}: ${fmtCount(p.openTickets)} open tickets, ${fmtCount(p.pendingTimers)} pending timers`,
    fmtCount(p.fired.count),
    `${fmtRate(p.fired.perSecond)} timers/s`,
    fmtMs(l.p50),
    fmtMs(l.p95),
    fmtMs(l.p99),
    '—',
  ];
}

export const slaSweep: Scenario = {
  name: 'sla-sweep',
  title: 'SLA sweep at two sizes of open work',
  async run({ database, quick }) {
    const size = datasetSize(database.kind, quick);
    // Bounded by the open deadlines the data set has to spare (~1.5 % of the tickets).
    const due = quick ? 40 : database.kind === 'postgres' ? 2_000 : 1_000;
    return withFreshDatabase(database, async (url) => {
      const deps = await openBenchDeps(url);
      try {
        await seedDemoWithProgress(deps);
        const dataset = await loadTicketDataset(deps, size);
        const base = await firePhase(deps, dataset.projectId, 'as generated', due, 1);
        const reopenT0 = performance.now();
        await reopenTickets(deps, dataset.projectId, (MORE_OPEN - 1) * base.openTickets, seededRandom(2));
        await sql`ANALYZE`.execute(deps.db.k);
        const reopenSeconds = (performance.now() - reopenT0) / 1000;
        const busy = await firePhase(deps, dataset.projectId, `${MORE_OPEN}× open`, due, 3);

        const ratio = busy.fired.latency.p50 / base.fired.latency.p50;
        const indexed = usesIndex(base.claimPlan, INDEX) && usesIndex(busy.claimPlan, INDEX);
        const met = indexed && ratio <= SAME_COST;
        return {
          about:
            `sweepOnce (src/server/platform/timers/sweeper.ts) in this process with the real handler map (timerHandlers(deps), deps from openDeps), on a fresh database with the demo company and ${fmtCount(dataset.tickets)} generated tickets. ` +
            `${fmtCount(due)} random open deadlines with pending timers are moved into the last hour, then fired with one sweepOnce(batch 1) call each — claim, 'ticket.deadline' handler (breach, notifications, ticket update, timeline entry), done mark, commit — and each call is timed. ` +
            `Then ${fmtCount((MORE_OPEN - 1) * base.openTickets)} closed tickets are reopened with deadlines and pending timers that are not due (${MORE_OPEN}× the open tickets), statistics refreshed, and the same is done with another ${fmtCount(due)} due timers.`,
          columns: LATENCY_COLUMNS,
          rows: [
            ...datasetRows(dataset),
            phaseRow(base),
            [
              `reopen ${fmtCount((MORE_OPEN - 1) * base.openTickets)} tickets with future deadlines, ANALYZE`,
              fmtCount((MORE_OPEN - 1) * base.openTickets),
              `${reopenSeconds.toFixed(1)} s`,
              '',
              '',
              '',
              '—',
            ],
            phaseRow(busy),
            [
              'per-timer median, busy ÷ as generated',
              '',
              `${ratio.toFixed(2)}×`,
              '',
              '',
              '',
              `≤ ${SAME_COST}× and ${INDEX} used ${mark(met)}`,
            ],
          ],
          checks: [
            {
              target: TARGETS.slaSweep,
              measured: `p50 per timer ${fmtMs(base.fired.latency.p50)} ms at ${fmtCount(base.openTickets)} open vs ${fmtMs(busy.fired.latency.p50)} ms at ${fmtCount(busy.openTickets)} open (${ratio.toFixed(2)}×); claim query ${indexed ? `uses ${INDEX}` : `does not use ${INDEX}`}`,
              met,
            },
          ],
          notes: [
            describeDataset(dataset),
            `The first due timer of each phase is fired through a recording Kysely (not timed) to capture the claim query sweepOnce sends; its plan is taken while the other ${fmtCount(due)} are still due. ` +
              `Verified afterwards: every moved deadline is breached. Deadlines of the data set that had fallen due by themselves were fired first, untimed (${base.drained} and ${busy.drained}). A timer's cost includes its notifications and, on PostgreSQL, the commit's WAL flush and the NOTIFY to other servers.`,
            planBlock(
              `Claim query, ${base.label} (${fmtCount(base.pendingTimers)} pending timers):`,
              base.claim,
              base.claimPlan,
            ),
            planBlock(
              `Claim query, ${busy.label} (${fmtCount(busy.pendingTimers)} pending timers):`,
              busy.claim,
              busy.claimPlan,
            ),
          ],
        };
      } finally {
        await closeDeps(deps);
      }
    });
  },
};
