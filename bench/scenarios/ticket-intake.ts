/**
 * Ticket intake (TKT-1) on a desk with history: the real server on a database holding the
 * generated tickets, the front-desk clerk recording urgent repairs — first one after another
 * (a clerk on the phone), then from 10 connections at once (a busy morning, several desks).
 * The ≥ 50 % target is measured against the raw INSERT rate of `tickets` itself on the same
 * database in the same run (raw-ticket-insert.ts): the fairer baseline than raw-baseline's
 * `units` rows, whose number a scenario cannot see anyway.
 */
import { randomUUID } from 'node:crypto';
import { withFreshDatabase } from '../lib/databases.ts';
import { closeDeps, openBenchDeps, seedDemoWithProgress } from '../lib/seed.ts';
import { startBenchServer } from '../lib/server.ts';
import { authHeaders, login, projectId, type Session } from '../lib/http.ts';
import { sampleSequential, type Bounds } from '../lib/sample.ts';
import { loadTestPost } from '../lib/load-post.ts';
import {
  datasetRows,
  datasetSize,
  describeDataset,
  loadTicketDataset,
  projectRefs,
} from '../lib/ticket-dataset.ts';
import { measureRawTicketInserts } from '../lib/raw-ticket-insert.ts';
import { fmtCount, fmtMs, fmtRate, type LatencySummary } from '../lib/stats.ts';
import { mark, TARGETS } from '../lib/targets.ts';
import { LATENCY_COLUMNS, type Scenario } from '../lib/scenario.ts';

const CONNECTIONS = 10;
const P99_TARGET_MS = 20;
const RATIO_TARGET = 0.5;

/** An urgent repair phoned in for a unit of building 1, as the clerk's intake form sends it. */
function intakeBody(unitIds: string[], n: number) {
  return {
    kind: 'repair',
    channel: 'phone',
    customerName: '压测客户',
    contactPhone: '13800000000',
    unitId: unitIds[n % unitIds.length],
    description: '卫生间水管漏水，地面有积水',
    urgency: 'urgent',
  };
}

async function postIntake(
  url: string,
  session: Session,
  body: unknown,
  idemKey: string,
): Promise<{ status: number; ticket: { ticketId: string; number: string } }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      ...authHeaders(session, true),
      'content-type': 'application/json',
      'idempotency-key': idemKey,
    },
    body: JSON.stringify(body),
  });
  const ticket = (await res.json()) as { ticketId: string; number: string };
  return { status: res.status, ticket };
}

function latencyCells(l: LatencySummary): string[] {
  return [fmtMs(l.p50), fmtMs(l.p95), fmtMs(l.p99)];
}

const pct = (r: number) => `${(r * 100).toFixed(0)} %`;

/** Demo company, data set and the raw baseline, in this process before the server opens the database. */
async function prepareDatabase(url: string, size: number, rawBounds: Bounds) {
  const deps = await openBenchDeps(url);
  try {
    await seedDemoWithProgress(deps);
    const dataset = await loadTicketDataset(deps, size);
    const refs = await projectRefs(deps.db.k);
    const raw = await measureRawTicketInserts(deps.db, refs, rawBounds);
    const building = await deps.db.k
      .selectFrom('buildings')
      .select('building_id')
      .where('project_id', '=', refs.projectId)
      .where('code', '=', '1')
      .executeTakeFirstOrThrow();
    const units = await deps.db.k
      .selectFrom('units')
      .select('unit_id')
      .where('project_id', '=', refs.projectId)
      .where('building_id', '=', building.building_id)
      .execute();
    return { dataset, raw, unitIds: units.map((u) => u.unit_id) };
  } finally {
    await closeDeps(deps);
  }
}

export const ticketIntake: Scenario = {
  name: 'ticket-intake',
  title: 'Ticket intake on a loaded desk',
  async run({ database, quick }) {
    const size = datasetSize(database.kind, quick);
    const seconds = quick ? 1 : 10;
    const rawBounds: Bounds = quick
      ? { maxCount: 500, maxSeconds: 0.3 }
      : { maxCount: 30_000, maxSeconds: 4 };
    const sequentialBounds: Bounds = quick
      ? { maxCount: 30, maxSeconds: 1 }
      : { maxCount: 2_000, maxSeconds: 8 };
    return withFreshDatabase(database, async (url) => {
      const { dataset, raw, unitIds } = await prepareDatabase(url, size, rawBounds);
      const server = await startBenchServer(url);
      try {
        const { baseUrl } = server;
        const session = await login(baseUrl, 'clerk');
        const intakeUrl = `${baseUrl}/api/projects/${projectId(session, 'CAMPUS')}/tickets`;
        // The key really deduplicates: a double submit returns the first ticket with 200.
        const key = randomUUID();
        const first = await postIntake(intakeUrl, session, intakeBody(unitIds, 0), key);
        const again = await postIntake(intakeUrl, session, intakeBody(unitIds, 0), key);
        if (first.status !== 201 || again.status !== 200 || again.ticket.ticketId !== first.ticket.ticketId) {
          throw new Error(
            `intake idempotency: expected 201 then 200 with the same ticket, got ${first.status} ${JSON.stringify(first.ticket).slice(0, 200)} then ${again.status}`,
          );
        }

        const sequential = await sampleSequential(
          'POST intake, one clerk (sequential)',
          sequentialBounds,
          async (i) => {
            const r = await postIntake(intakeUrl, session, intakeBody(unitIds, i), randomUUID());
            if (r.status !== 201)
              throw new Error(
                `intake: expected HTTP 201, got ${r.status} ${JSON.stringify(r.ticket).slice(0, 300)}`,
              );
          },
        );
        const concurrent = await loadTestPost({
          label: `POST intake (${CONNECTIONS} connections)`,
          url: intakeUrl,
          headers: authHeaders(session, true),
          body: (n) => intakeBody(unitIds, n),
          connections: CONNECTIONS,
          seconds,
          expect: 201,
        });

        const seqRatio = sequential.perSecond / raw.perSecond;
        const concRatio = concurrent.reqPerSec / raw.perSecond;
        const seqP99Met = sequential.latency.p99 < P99_TARGET_MS;
        const concP99Met = concurrent.latency.p99 < P99_TARGET_MS;
        const ratioMet = concRatio >= RATIO_TARGET;
        return {
          about:
            `A real server (own process) on a fresh database with the demo company and ${fmtCount(dataset.tickets)} generated tickets. Before it starts, the raw INSERT rate of \`tickets\` is measured in the same database ` +
            `(single-row INSERTs of an intake-shaped row through the driver, prepared, each its own transaction, one connection; deleted again afterwards). Then the front-desk clerk POSTs /api/projects/:id/tickets — ` +
            `an urgent repair for a unit of building 1, a new Idempotency-Key each time, CSRF header from login — first sequentially (up to ${fmtCount(sequentialBounds.maxCount)} or ${sequentialBounds.maxSeconds} s), ` +
            `then with autocannon from ${CONNECTIONS} connections for ${seconds} s. Every response must be 201 Created.`,
          columns: LATENCY_COLUMNS,
          rows: [
            ...datasetRows(dataset),
            [
              'raw INSERT into tickets, own transaction',
              fmtCount(raw.count),
              `${fmtRate(raw.perSecond)} rows/s`,
              ...latencyCells(raw.latency),
              'baseline for intake ≥ 50 %',
            ],
            [
              'POST intake, sequential',
              fmtCount(sequential.count),
              `${fmtRate(sequential.perSecond)} req/s`,
              ...latencyCells(sequential.latency),
              `p99 < ${P99_TARGET_MS} ms ${mark(seqP99Met)}`,
            ],
            [
              `POST intake, ${CONNECTIONS} connections`,
              fmtCount(concurrent.requests),
              `${fmtRate(concurrent.reqPerSec)} req/s`,
              ...latencyCells(concurrent.latency),
              `p99 < ${P99_TARGET_MS} ms ${mark(concP99Met)}`,
            ],
            [
              'intake rate ÷ raw INSERT rate',
              '',
              `${pct(concRatio)} (${CONNECTIONS} conn.), ${pct(seqRatio)} (seq.)`,
              '',
              '',
              '',
              `≥ 50 % ${mark(ratioMet)}`,
            ],
          ],
          checks: [
            {
              target: TARGETS.intakeP99,
              measured: `p99 ${fmtMs(sequential.latency.p99)} ms sequential`,
              met: seqP99Met,
            },
            {
              target: TARGETS.intakeP99,
              measured: `p99 ${fmtMs(concurrent.latency.p99)} ms with ${CONNECTIONS} connections`,
              met: concP99Met,
            },
            {
              target: TARGETS.intakeVsRaw,
              measured: `${pct(concRatio)} (${fmtRate(concurrent.reqPerSec)} req/s with ${CONNECTIONS} connections vs ${fmtRate(raw.perSecond)} raw INSERTs/s into tickets; sequential ${pct(seqRatio)})`,
              met: ratioMet,
            },
          ],
          notes: [
            describeDataset(dataset),
            'One intake is a whole request: session and CSRF check, the Idempotency-Key lookup, the project calendar, the unit, the day counter, the ticket row, its timeline entry, the 10-minute forwarding deadline with its timer, next_due_at, ' +
              'then the saved ticket read back with names for the response, and a live event published (PostgreSQL: NOTIFY). The raw baseline is one INSERT per transaction, so the ratio is the price of all of that.',
            'The ≥ 50 % check uses the 10-connection rate, the most intake the server delivered; the baseline is the raw INSERT rate into `tickets` measured above (raw-baseline’s `units` number is in its own section, for reference).',
            `Sequential latencies are per request as a single client saw them; the ${CONNECTIONS}-connection ones include queueing inside the server, with the load generator on the same 2 cores.`,
          ],
        };
      } finally {
        await server.stop();
      }
    });
  },
};
