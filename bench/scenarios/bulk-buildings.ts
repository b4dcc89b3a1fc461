/**
 * Bulk building creation (PRP-1): one POST creates a building and all its units with their
 * initial status history, in one transaction. Sequential, as an administrator sets up a
 * project building by building.
 */
import { withFreshDatabase } from '../lib/databases.ts';
import { seedDemoDatabase } from '../lib/seed.ts';
import { startBenchServer } from '../lib/server.ts';
import { api, expectStatus, login, projectId } from '../lib/http.ts';
import { sampleSequential } from '../lib/sample.ts';
import { fmtCount, fmtMs, fmtRate } from '../lib/stats.ts';
import { LATENCY_COLUMNS, type Scenario } from '../lib/scenario.ts';

const FLOORS = 20;
const UNITS_PER_FLOOR = 8;
const UNITS = FLOORS * UNITS_PER_FLOOR;

export const bulkBuildings: Scenario = {
  name: 'bulk-buildings',
  title: 'Bulk building creation',
  async run({ database, quick }) {
    const count = quick ? 3 : 100;
    return withFreshDatabase(database, async (url) => {
      await seedDemoDatabase(url);
      const server = await startBenchServer(url);
      try {
        const { baseUrl } = server;
        const session = await login(baseUrl, 'admin');
        const pid = projectId(session, 'CAMPUS');
        const run = await sampleSequential(
          `create ${count} buildings × ${UNITS} units`,
          { maxCount: count, maxSeconds: 240 },
          async (i) => {
            const code = `BENCH${String(i + 1).padStart(3, '0')}`;
            const body = {
              code,
              name: `压测楼 ${code}`,
              kind: 'office',
              floorsAbove: FLOORS,
              segments: [
                {
                  fromFloor: 1,
                  toFloor: FLOORS,
                  unitsPerFloor: UNITS_PER_FLOOR,
                  use: 'office',
                  buildingAreaM2: 120.5,
                },
              ],
            };
            const created = expectStatus(
              await api<{ unitCount: number }>(
                baseUrl,
                session,
                'POST',
                `/api/projects/${pid}/buildings`,
                body,
              ),
              201,
              `create building ${code}`,
            );
            if (created.unitCount !== UNITS)
              throw new Error(`building ${code} has ${created.unitCount} units, expected ${UNITS}`);
          },
        );
        if (run.count < count)
          throw new Error(`only ${run.count} of ${count} buildings created within the time bound`);
        return {
          about:
            `A real server on a fresh database with the demo company; the company admin POSTs /api/projects/:id/buildings ${count} times, one after another, ` +
            `each an office building of ${FLOORS} floors × ${UNITS_PER_FLOOR} units (${UNITS} units, each with its status-history entry, plus the audit history), in one transaction per request.`,
          columns: LATENCY_COLUMNS,
          rows: [
            [
              `POST building with ${UNITS} units`,
              fmtCount(run.count),
              `${fmtRate(run.perSecond)} buildings/s`,
              fmtMs(run.latency.p50),
              fmtMs(run.latency.p95),
              fmtMs(run.latency.p99),
              '—',
            ],
            [
              'units inserted',
              fmtCount(run.count * UNITS),
              `${fmtRate((run.count * UNITS) / run.seconds)} units/s`,
              '',
              '',
              '',
              '—',
            ],
          ],
          checks: [],
          notes: [
            `Percentiles are nearest-rank over ${count} requests: with requests sorted by time, p99 is number ${Math.ceil(0.99 * count)} of ${count}.`,
          ],
        };
      } finally {
        await server.stop();
      }
    });
  },
};
