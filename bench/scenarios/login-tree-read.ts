/**
 * Login and the unit tree: sequential logins (their cost is scrypt, by design), then the
 * two reads the property screens make all day — the building list with status counts and
 * one building's floors with all its units — under concurrent load from 10 connections.
 */
import { withFreshDatabase } from '../lib/databases.ts';
import { seedDemoDatabase } from '../lib/seed.ts';
import { startBenchServer } from '../lib/server.ts';
import { api, authHeaders, expectStatus, login, projectId } from '../lib/http.ts';
import { sampleSequential } from '../lib/sample.ts';
import { loadTest, type LoadResult } from '../lib/load.ts';
import { fmtCount, fmtMs, fmtRate } from '../lib/stats.ts';
import { LATENCY_COLUMNS, type Scenario } from '../lib/scenario.ts';

/** Building 1 of the demo campus: floors 1–3 one unit each, 4–20 eight each. */
const TREE_BUILDING = { project: 'CAMPUS', code: '1', units: 139 };
const CONNECTIONS = 10;

function loadRow(label: string, r: LoadResult): string[] {
  return [
    label,
    fmtCount(r.requests),
    `${fmtRate(r.reqPerSec)} req/s`,
    fmtMs(r.latency.p50),
    fmtMs(r.latency.p95),
    fmtMs(r.latency.p99),
    '—',
  ];
}

export const loginTreeRead: Scenario = {
  name: 'login-tree-read',
  title: 'Login and unit tree read',
  async run({ database, quick }) {
    const logins = quick ? 10 : 300;
    const seconds = quick ? 1 : 10;
    return withFreshDatabase(database, async (url) => {
      await seedDemoDatabase(url);
      const server = await startBenchServer(url);
      try {
        const { baseUrl } = server;
        const loginRun = await sampleSequential(
          'sequential logins (clerk)',
          { maxCount: logins, maxSeconds: 120 },
          () => login(baseUrl, 'clerk'),
        );
        const session = await login(baseUrl, 'clerk');
        const pid = projectId(session, TREE_BUILDING.project);
        const buildings = expectStatus(
          await api<{ buildingId: string; code: string }[]>(
            baseUrl,
            session,
            'GET',
            `/api/projects/${pid}/buildings`,
          ),
          200,
          'list buildings',
        );
        const building = buildings.find((b) => b.code === TREE_BUILDING.code);
        if (!building) throw new Error(`building ${TREE_BUILDING.code} missing from the demo`);
        const floorsPath = `/api/projects/${pid}/buildings/${building.buildingId}/floors`;
        const tree = expectStatus(
          await api<{ floors: { units: unknown[] }[] }>(baseUrl, session, 'GET', floorsPath),
          200,
          'floors',
        );
        const unitCount = tree.floors.reduce((n, f) => n + f.units.length, 0);
        if (unitCount !== TREE_BUILDING.units)
          throw new Error(
            `building ${TREE_BUILDING.code} has ${unitCount} units, expected ${TREE_BUILDING.units}`,
          );

        const headers = authHeaders(session);
        const list = await loadTest({
          label: 'GET buildings (10 connections)',
          url: `${baseUrl}/api/projects/${pid}/buildings`,
          headers,
          connections: CONNECTIONS,
          seconds,
        });
        const floors = await loadTest({
          label: 'GET floors of building 1 (10 connections)',
          url: `${baseUrl}${floorsPath}`,
          headers,
          connections: CONNECTIONS,
          seconds,
        });
        return {
          about:
            `A real server (startServer, in its own process, request logging on) on a fresh database with the demo company. ${logins} sequential POST /api/auth/login as the front-desk clerk, ` +
            `then autocannon for ${seconds} s each with ${CONNECTIONS} connections and the clerk's session cookie: the CAMPUS building list (${buildings.length} buildings with unit counts by status) ` +
            `and building 1's floors (${TREE_BUILDING.units} units in 20 floors).`,
          columns: LATENCY_COLUMNS,
          rows: [
            [
              `POST /api/auth/login (sequential)`,
              fmtCount(loginRun.count),
              `${fmtRate(loginRun.perSecond)} logins/s`,
              fmtMs(loginRun.latency.p50),
              fmtMs(loginRun.latency.p95),
              fmtMs(loginRun.latency.p99),
              '—',
            ],
            loadRow('GET /api/projects/:id/buildings', list),
            loadRow('GET …/buildings/:bid/floors (139 units)', floors),
          ],
          checks: [],
          notes: [
            'Login time is dominated by scrypt (N=16384, r=8, p=1) verifying the password, on purpose: it is what makes stolen hashes expensive to crack. Login is once per shift, not per request.',
            'The login rate limiter counts only failed attempts, so these successful logins are never throttled.',
            `Latencies of the load tests are per response as the client saw them, with ${CONNECTIONS} requests in flight; the load generator runs in another process on the same 2 cores.`,
          ],
        };
      } finally {
        await server.stop();
      }
    });
  },
};
