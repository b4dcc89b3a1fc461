/**
 * STA-1: the month's property status — per building, how many units are in each status
 * (PRP-2) at the end of the month (or now, while the month runs), and every status change
 * during the month with the workflow that made it. Read from the unit status history, which
 * only the workflows write.
 */
import { instantAt } from '../../platform/calendar/index.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { UNIT_STATUSES } from '../properties/index.ts';
import { statusChangesSince, unitsOfProject } from '../properties/index.ts';
import { dueDate, nextMonth, statusAt } from './rules.ts';
import type { StatusCounts, StatusReportData } from './contract.ts';

export type { StatusCounts, StatusReportData } from './contract.ts';

function emptyCounts(): StatusCounts {
  return Object.fromEntries([...UNIT_STATUSES.map((s) => [s, 0]), ['total', 0]]) as StatusCounts;
}

export async function computeStatusReport(
  db: DbOrTrx,
  projectId: string,
  month: string,
  timeZone: string,
  now: Date,
): Promise<StatusReportData> {
  const start = instantAt(`${month}-01`, '00:00', timeZone);
  const end = instantAt(`${nextMonth(month)}-01`, '00:00', timeZone);
  const asOf = new Date(Math.min(now.getTime(), end.getTime() - 1));
  const asOfIso = asOf.toISOString();
  const units = (await unitsOfProject(db, projectId)).filter((u) => u.createdAt <= asOfIso);
  const changes = await statusChangesSince(db, projectId, start.toISOString());
  const later = new Map<string, { fromStatus: string | null }[]>();
  for (const c of changes) if (c.at > asOfIso) later.set(c.unitId, [...(later.get(c.unitId) ?? []), c]);

  const byBuilding = new Map<string, StatusReportData['buildings'][number]>();
  const totals = emptyCounts();
  for (const u of units) {
    const status = statusAt(u.status, later.get(u.unitId) ?? []) as keyof StatusCounts | null;
    if (!status || !(status in totals)) continue;
    const b = byBuilding.get(u.buildingId) ?? {
      buildingId: u.buildingId,
      code: u.buildingCode,
      name: u.buildingName,
      counts: emptyCounts(),
    };
    byBuilding.set(u.buildingId, b);
    b.counts[status]++;
    b.counts.total++;
    totals[status]++;
    totals.total++;
  }
  const unitById = new Map(units.map((u) => [u.unitId, u]));
  return {
    month,
    asOf: asOfIso,
    dueDate: dueDate(month),
    buildings: [...byBuilding.values()],
    totals,
    changes: changes
      .filter((c) => c.at <= asOfIso && unitById.has(c.unitId))
      .map((c) => ({
        unitCode: unitById.get(c.unitId)!.code,
        buildingName: unitById.get(c.unitId)!.buildingName,
        fromStatus: c.fromStatus,
        toStatus: c.toStatus,
        workflow: c.workflow,
        reason: c.reason,
        actorName: c.actorName,
        at: c.at,
      })),
  };
}
