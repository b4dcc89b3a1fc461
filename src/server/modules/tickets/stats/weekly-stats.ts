/**
 * The weekly service-desk report (部门周汇报表, RPT-1): complaints (CMP-10), requests and
 * suggestions (REQ-3), callbacks (CBK-2) and repairs, for one project and one local week —
 * Monday to Sunday in the project's time zone; the last complete week unless asked for a
 * week ('2026-W47') or a from/to range of local days.
 *
 * Tickets are counted by when they were received, except completions, callbacks and
 * rework, which are counted by when they happened. One query path for SQLite and PostgreSQL.
 */
import { AppError } from '../../../platform/errors.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { localDay } from '../../../platform/calendar/index.ts';
import { getProject } from '../../projects/index.ts';
import { isRangeProblem, MAX_RANGE_DAYS, reportDays, type RangeInput } from './stats-rules.ts';
import { utcBounds, type WeekWindow } from './week-window.ts';
import { complaintSection, type ComplaintSection } from './week-complaints.ts';
import { requestSection, type RequestSection } from './week-requests.ts';
import { callbackSection, type CallbackSection } from './week-callbacks.ts';
import { repairSection, type RepairSection } from './week-repairs.ts';
import type { WeeklyReport } from './stats.contract.ts';

export type { WeeklyReport } from './stats.contract.ts';

/**
 * @example
 *   const r = await weeklyStats(deps, actor, projectId, { week: '2026-W47' });
 *   r.complaints.repeat.count; r.callbacks.total.satisfactionRate; r.repairs.paidFen;
 */
export async function weeklyStats(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: RangeInput,
): Promise<WeeklyReport> {
  requireAccess({ actor, permission: 'ticket.stats', projectId });
  const project = await getProject(deps.db.k, actor, projectId);
  const now = deps.clock.now();
  const days = reportDays(input, localDay(now, project.timeZone));
  if (isRangeProblem(days)) {
    throw new AppError('UNPROCESSABLE', {
      key: days.key,
      params: { max: MAX_RANGE_DAYS },
      fields: [{ path: days.path, key: days.key, params: { max: MAX_RANGE_DAYS } }],
    });
  }
  const bounds = utcBounds(days, project.timeZone);
  const w: WeekWindow = { db: deps.db.k, projectId, ...bounds, now };
  // One section after another: one pooled connection per report, however many are asked for at once.
  return {
    project: { projectId, code: project.code, name: project.name, timeZone: project.timeZone },
    range: { ...days, ...bounds },
    generatedAt: now.toISOString(),
    complaints: await complaintSection(w),
    requests: await requestSection(w),
    callbacks: await callbackSection(w),
    repairs: await repairSection(w),
  };
}
