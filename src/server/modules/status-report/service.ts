/**
 * STA-1 as a two-step workflow: the CS side draws the month's report up (prepared: the
 * snapshot is frozen), the project manager signs it and it is sent to security and the
 * cashier (sent). Signing an undrawn report, or touching a sent one, is refused. A sent
 * report is readable by everyone in the project (it was sent to them); a draft only by
 * those who make reports.
 */
import type { z } from '@hono/zod-openapi';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { canAccess, requireAccess } from '../../platform/access/require-access.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory, type DbOrTrx } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import {
  localDay,
  PROJECT_CLOCK_COLUMNS,
  projectClock,
  projectClockOf,
} from '../../platform/calendar/index.ts';
import {
  captureSignature,
  listSignatures,
  type SignatureBody,
} from '../../platform/signatures/signatures.ts';
import { notifyRoles } from '../../platform/notifications/index.ts';
import { computeStatusReport } from './compute.ts';
import type { ReportMonth, StatusReportData, StatusReportDto } from './contract.ts';
import { canPrepare, dueDate, isLate, isMonth, recentMonths, surveyDeadline } from './rules.ts';
import { reportsDb, type RDbOrTrx } from './tables.ts';

export const REPORT_ENTITY = 'status_report';
export const REPORT_RECIPIENTS = ['security', 'cashier'] as const;

export type { StatusReportDto } from './contract.ts';

function validMonth(month: string): void {
  if (!isMonth(month)) throw new AppError('VALIDATION', { fields: [{ path: 'month', key: 'field.format' }] });
}

async function reportRow(db: RDbOrTrx, projectId: string, month: string, lock: boolean) {
  const q = db
    .selectFrom('status_reports')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('month', '=', month);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

async function names(db: DbOrTrx, ids: (string | null)[]): Promise<Map<string, string>> {
  const list = ids.filter((x): x is string => !!x);
  if (!list.length) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['user_id', 'display_name'])
    .where('user_id', 'in', list)
    .execute();
  return new Map(rows.map((r) => [r.user_id, r.display_name]));
}

export async function getStatusReport(
  deps: Deps,
  actor: Actor,
  projectId: string,
  month: string,
): Promise<StatusReportDto> {
  requireAccess({ actor, permission: 'property.read', projectId });
  validMonth(month);
  const db = deps.db.k;
  const zone = (await projectClock(db, projectId)).timeZone;
  const now = deps.clock.now();
  const today = localDay(now, zone);
  const row = await reportRow(reportsDb(db), projectId, month, false);
  if (row?.state !== 'sent') requireAccess({ actor, permission: 'status.report', projectId });
  const who = await names(db, [row?.prepared_by ?? null, row?.signed_by ?? null]);
  const sig = row ? (await listSignatures(db, projectId, REPORT_ENTITY, row.report_id))[0] : undefined;
  return {
    month,
    state: (row?.state as StatusReportDto['state']) ?? 'none',
    dueDate: dueDate(month),
    surveyBy: surveyDeadline(month),
    late: isLate({ month, signedOn: row?.signed_at ? localDay(new Date(row.signed_at), zone) : null, today }),
    reportId: row?.report_id ?? null,
    preparedAt: row?.prepared_at ?? null,
    preparedByName: (row?.prepared_by && who.get(row.prepared_by)) || null,
    signedAt: row?.signed_at ?? null,
    signedByName: (row?.signed_by && who.get(row.signed_by)) || null,
    signature: sig ? { signerName: sig.signerName, documentId: sig.documentId, method: sig.method } : null,
    data: row
      ? (JSON.parse(row.data) as StatusReportData)
      : await computeStatusReport(db, projectId, month, zone, now),
  };
}

/**
 * The last twelve months with their state and the late flag (the report page's list) — from
 * the month the project started, so a new project is not shown a year of "late" reports.
 */
export async function listStatusReports(deps: Deps, actor: Actor, projectId: string): Promise<ReportMonth[]> {
  requireAccess({ actor, permission: 'status.report', projectId });
  const project = await deps.db.k
    .selectFrom('projects')
    .select([...PROJECT_CLOCK_COLUMNS, 'created_at'])
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  const zone = projectClockOf(deps.db.k, project).timeZone;
  const today = localDay(deps.clock.now(), zone);
  const started = localDay(new Date(project.created_at), zone).slice(0, 7);
  const months = recentMonths(today);
  const rows = await reportsDb(deps.db.k)
    .selectFrom('status_reports')
    .select(['month', 'state', 'signed_at', 'prepared_at'])
    .where('project_id', '=', projectId)
    .where('month', 'in', months)
    .execute();
  return months
    .filter((month) => month >= started || rows.some((r) => r.month === month))
    .map((month) => {
      const r = rows.find((x) => x.month === month);
      return {
        month,
        state: (r?.state ?? 'none') as StatusReportDto['state'],
        dueDate: dueDate(month),
        late: isLate({ month, signedOn: r?.signed_at ? localDay(new Date(r.signed_at), zone) : null, today }),
        preparedAt: r?.prepared_at ?? null,
        signedAt: r?.signed_at ?? null,
      };
    });
}

/** Draw the month's report up (again, while unsigned): the snapshot is frozen as of now or the month's end. */
export async function prepareStatusReport(
  deps: Deps,
  actor: Actor,
  projectId: string,
  month: string,
): Promise<StatusReportDto> {
  requireAccess({ actor, permission: 'status.report', projectId });
  validMonth(month);
  const now = deps.clock.now();
  await deps.db.k.transaction().execute(async (t) => {
    const trx = reportsDb(t);
    const zone = (await projectClock(t, projectId)).timeZone;
    if (!canPrepare(month, localDay(now, zone)))
      throw new AppError('UNPROCESSABLE', { key: 'status_report.future_month', params: { month } });
    const row = await reportRow(trx, projectId, month, deps.db.dialect === 'postgres');
    if (row?.state === 'sent')
      throw new AppError('ILLEGAL_TRANSITION', { key: 'status_report.already_sent', params: { month } });
    const data = await computeStatusReport(t, projectId, month, zone, now);
    const reportId = row?.report_id ?? newId(now.getTime());
    const values = {
      state: 'prepared',
      as_of: data.asOf,
      data: JSON.stringify(data),
      prepared_by: actor.userId || null,
      prepared_at: now.toISOString(),
    };
    if (row)
      await trx
        .updateTable('status_reports')
        .set({ ...values, version: row.version + 1 })
        .where('project_id', '=', projectId)
        .where('report_id', '=', row.report_id)
        .execute();
    else
      await trx
        .insertInto('status_reports')
        .values({
          project_id: projectId,
          report_id: reportId,
          month,
          ...values,
          signed_by: null,
          signed_at: null,
          version: 1,
        })
        .execute();
    await recordHistory(t, {
      projectId,
      entityType: 'status_report',
      entityId: reportId,
      action: 'prepared',
      actor,
      at: now,
      after: { month, asOf: data.asOf, totals: data.totals, changes: data.changes.length },
    });
  });
  return getStatusReport(deps, actor, projectId, month);
}

/** Only a project manager of the project signs the report (项目经理签阅). */
function requireProjectManager(actor: Actor, projectId: string): void {
  requireAccess({ actor, permission: 'status.report', projectId });
  if (!actor.isCompanyAdmin && !(actor.roles.get(projectId) ?? []).includes('project_manager'))
    throw new AppError('FORBIDDEN', { key: 'status_report.pm_only' });
}

/** The project manager signs; the report goes to security and the cashier. */
export async function signStatusReport(
  deps: Deps,
  actor: Actor,
  projectId: string,
  month: string,
  signature: z.infer<typeof SignatureBody>,
): Promise<StatusReportDto> {
  requireProjectManager(actor, projectId);
  validMonth(month);
  const now = deps.clock.now();
  await deps.db.k.transaction().execute(async (t) => {
    const trx = reportsDb(t);
    const row = await reportRow(trx, projectId, month, deps.db.dialect === 'postgres');
    if (!row)
      throw new AppError('ILLEGAL_TRANSITION', { key: 'status_report.not_prepared', params: { month } });
    if (row.state === 'sent')
      throw new AppError('ILLEGAL_TRANSITION', { key: 'status_report.already_sent', params: { month } });
    await captureSignature(t, {
      projectId,
      entityType: REPORT_ENTITY,
      entityId: row.report_id,
      purpose: 'status_report.project_manager',
      signerRole: 'project_manager',
      input: signature,
      actor,
      at: now,
      path: 'signature',
    });
    await trx
      .updateTable('status_reports')
      .set({
        state: 'sent',
        signed_by: actor.userId || null,
        signed_at: now.toISOString(),
        version: row.version + 1,
      })
      .where('project_id', '=', projectId)
      .where('report_id', '=', row.report_id)
      .execute();
    await notifyRoles(t, {
      projectId,
      roles: REPORT_RECIPIENTS,
      kind: 'status_report.sent',
      ticketId: null,
      params: { month },
      at: now,
    });
    await recordHistory(t, {
      projectId,
      entityType: 'status_report',
      entityId: row.report_id,
      action: 'signed_and_sent',
      actor,
      at: now,
      before: { state: row.state },
      after: { state: 'sent', to: REPORT_RECIPIENTS },
    });
  });
  return getStatusReport(deps, actor, projectId, month);
}

/** Who may see the signature image of a report: as the report itself. */
export function canSeeReport(actor: Actor, projectId: string): boolean {
  return canAccess(actor, 'property.read', projectId);
}
