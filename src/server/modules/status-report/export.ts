/**
 * STA-1 on paper and in Excel: the counts per building and status, then the month's changes;
 * the print carries the preparer, the project manager's signature and the copies line
 * (抄报安保部、收费员). Both read the same report (the frozen snapshot once drawn up).
 */
import ExcelJS from 'exceljs';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { projectClock } from '../../platform/calendar/index.ts';
import { localDateTime } from '../../platform/print/format.ts';
import { html, printPage } from '../../platform/print/html.ts';
import { UNIT_STATUSES } from '../properties/index.ts';
import type { StatusCounts } from './compute.ts';
import { reportLabels } from './labels.ts';
import { getStatusReport, type StatusReportDto } from './service.ts';

function countRows(r: StatusReportDto, L: ReturnType<typeof reportLabels>): (string | number)[][] {
  const row = (name: string, c: StatusCounts) => [name, ...UNIT_STATUSES.map((s) => c[s]), c.total];
  return [...r.data.buildings.map((b) => row(b.name, b.counts)), row(L.allBuildings, r.data.totals)];
}

function changeRows(r: StatusReportDto, L: ReturnType<typeof reportLabels>, zone: string): string[][] {
  return r.data.changes.map((c) => [
    c.unitCode,
    c.buildingName,
    c.fromStatus ? (L.statuses[c.fromStatus] ?? c.fromStatus) : '',
    L.statuses[c.toStatus] ?? c.toStatus,
    L.workflows[c.workflow] ?? c.workflow,
    c.reason,
    localDateTime(c.at, zone),
    c.actorName ?? '',
  ]);
}

async function load(deps: Deps, actor: Actor, projectId: string, month: string) {
  const report = await getStatusReport(deps, actor, projectId, month);
  const p = await projectClock(deps.db.k, projectId);
  return { report, projectName: p.name, zone: p.timeZone };
}

export async function statusReportXlsx(
  deps: Deps,
  actor: Actor,
  projectId: string,
  month: string,
  locale: Locale,
): Promise<{ filename: string; body: Buffer }> {
  const { report, projectName, zone } = await load(deps, actor, projectId, month);
  const L = reportLabels(locale);
  const wb = new ExcelJS.Workbook();
  const counts = wb.addWorksheet(L.sheetCounts);
  counts.addRow([`${projectName} ${L.title}`]).font = { bold: true, size: 14 };
  counts.addRow([L.month, month, L.asOf, localDateTime(report.data.asOf, zone), L.dueDate, report.dueDate]);
  counts.addRow([L.building, ...UNIT_STATUSES.map((s) => L.statuses[s]), L.total]).font = { bold: true };
  for (const r of countRows(report, L)) counts.addRow(r);
  counts.columns.forEach((c) => (c.width = 14));
  const changes = wb.addWorksheet(L.sheetChanges);
  changes.addRow([L.unit, L.building, L.from, L.to, L.workflow, L.reason, L.at, L.by]).font = { bold: true };
  for (const r of changeRows(report, L, zone)) changes.addRow(r);
  changes.columns.forEach((c) => (c.width = 16));
  return { filename: `property-status-${month}.xlsx`, body: Buffer.from(await wb.xlsx.writeBuffer()) };
}

export async function printStatusReport(
  deps: Deps,
  actor: Actor,
  projectId: string,
  month: string,
  locale: Locale,
): Promise<string> {
  const { report, projectName, zone } = await load(deps, actor, projectId, month);
  const L = reportLabels(locale);
  const sigImage = report.signature
    ? await deps.db.k
        .selectFrom('documents')
        .select(['mime', 'data'])
        .where('project_id', '=', projectId)
        .where('document_id', '=', report.signature.documentId)
        .executeTakeFirst()
    : undefined;
  const sig =
    sigImage?.mime === 'image/png'
      ? html`<img src="${`data:image/png;base64,${Buffer.from(sigImage.data).toString('base64')}`}" alt="${report.signature?.signerName ?? ''}" style="max-height:16mm">`
      : '';
  const changes = changeRows(report, L, zone);
  const body = html`<h1>${L.title}</h1>
<p class="sub">${projectName} · ${month}${report.state === 'sent' ? '' : ` · ${L.draft}`}${report.late ? ` · ${L.late}` : ''}</p>
<div class="meta"><span>${L.asOf}: ${localDateTime(report.data.asOf, zone)}</span><span>${L.surveyBy}: ${report.surveyBy}</span><span>${L.dueDate}: ${report.dueDate}</span></div>
<table><tr><th>${L.building}</th>${UNIT_STATUSES.map((s) => html`<th class="num">${L.statuses[s]}</th>`)}<th class="num">${L.total}</th></tr>
${countRows(report, L).map(([name, ...n]) => html`<tr><td>${name}</td>${n.map((x) => html`<td class="num">${x}</td>`)}</tr>`)}</table>
<h2 style="font-size:12pt;margin:5mm 0 2mm">${L.sheetChanges}</h2>
<table><tr>${[L.unit, L.building, L.from, L.to, L.workflow, L.reason, L.at, L.by].map((h) => html`<th>${h}</th>`)}</tr>
${changes.length ? changes.map((r) => html`<tr>${r.map((x) => html`<td>${x}</td>`)}</tr>`) : html`<tr><td colspan="8">${L.noChanges}</td></tr>`}</table>
<div class="sign"><span>${L.preparedBy}: ${report.preparedByName ?? ''}</span><span>${L.signedBy}: ${sig} ${report.signedByName ?? ''} ${report.signedAt ? localDateTime(report.signedAt, zone) : ''}</span></div>
<p class="foot">${L.copyTo}</p>`;
  return printPage({ lang: locale, title: `${L.title} ${month}`, printLabel: L.print, body });
}
