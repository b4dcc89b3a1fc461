/**
 * The weekly report as an .xlsx workbook (CMP-10, REQ-3, CBK-2; spreadsheets are exceljs
 * per ARCHITECTURE): one sheet per section, each titled 周报 with the project and the week,
 * headers in Chinese (English with lang=en), rates as percentages, money in yuan with two
 * decimals computed from integer fen.
 */
import ExcelJS from 'exceljs';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { COMPLAINT_COLUMNS, type RangeInput } from './stats-rules.ts';
import { fenToYuan, localDateTime } from '../../../platform/print/format.ts';
import { reportLabels, type ReportLabels } from './report-labels.ts';
import { weeklyStats, type WeeklyReport } from './weekly-stats.ts';

const PERCENT = '0.0%';
const YUAN = '0.00';

type Cell = string | number | null;

function titled(
  wb: ExcelJS.Workbook,
  name: string,
  r: WeeklyReport,
  L: ReportLabels,
  width: number,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.addRow([L.title(r.project.name, r.range.label, r.range.from, r.range.to)]);
  ws.mergeCells(1, 1, 1, width);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.addRow([`${L.generated}: ${localDateTime(r.generatedAt, r.project.timeZone)}`]);
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 22 : 14));
  return ws;
}

function header(ws: ExcelJS.Worksheet, cells: string[]): void {
  const row = ws.addRow(cells);
  row.font = { bold: true };
  row.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }));
}

function heading(ws: ExcelJS.Worksheet, text: string): void {
  ws.addRow([]);
  ws.addRow([text]).font = { bold: true };
}

/** A rate cell: a percentage, or '—' when there was nothing to rate. */
function rateCell(row: ExcelJS.Row, col: number, value: number | null): void {
  const cell = row.getCell(col);
  cell.value = value ?? '—';
  if (value !== null) cell.numFmt = PERCENT;
}

function complaintsSheet(wb: ExcelJS.Workbook, r: WeeklyReport, L: ReportLabels): void {
  const c = r.complaints;
  const ws = titled(wb, L.sheet.complaints, r, L, 7);
  heading(ws, L.complaintsHeading);
  header(ws, [L.type, ...COMPLAINT_COLUMNS.map((k) => L.column[k]), L.column.total]);
  for (const row of c.matrix)
    ws.addRow([L.types[row.type], ...COMPLAINT_COLUMNS.map((k) => row[k]), row.total]);
  ws.addRow([L.column.total, ...COMPLAINT_COLUMNS.map((k) => c.totals[k]), c.totals.total]).font = {
    bold: true,
  };
  ws.addRow([L.cancelledNote, c.cancelled]);

  heading(ws, L.onTimeHeading);
  header(ws, [L.level, L.met, L.breached, L.pending, L.onTimeRate]);
  for (const o of c.onTime)
    rateCell(ws.addRow([L.column[o.level], o.met, o.breached, o.pending]), 5, o.onTimeRate);

  heading(ws, L.repeatHeading(c.repeat.count));
  header(ws, [L.number, L.customer, L.phone, L.receivedAt, L.previous]);
  for (const i of c.repeat.items) {
    const row = ws.addRow([
      i.number,
      i.customerName,
      i.phone,
      localDateTime(i.receivedAt, r.project.timeZone),
      i.previous.map((p) => p.number).join('、'),
    ]);
    // Highlighted, as CMP-10 asks.
    row.eachCell(
      (cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } }),
    );
  }
}

function keyValueSheet(
  wb: ExcelJS.Workbook,
  name: string,
  r: WeeklyReport,
  L: ReportLabels,
  rows: [string, Cell, string?][],
): void {
  const ws = titled(wb, name, r, L, 2);
  ws.getColumn(1).width = 28;
  ws.addRow([]);
  header(ws, [L.item, L.count]);
  for (const [label, value, fmt] of rows) {
    const row = ws.addRow([label, value ?? '—']);
    if (fmt && value !== null) row.getCell(2).numFmt = fmt;
  }
}

function callbacksSheet(wb: ExcelJS.Workbook, r: WeeklyReport, L: ReportLabels): void {
  const k = L.callbacks;
  const ws = titled(wb, L.sheet.callbacks, r, L, 11);
  ws.addRow([]);
  header(ws, [
    L.kind,
    k.needed,
    k.calledBack,
    k.callbackRate,
    k.attempts,
    k.reached,
    k.satisfied,
    k.basically,
    k.unsatisfied,
    k.unreached,
    k.satisfactionRate,
  ]);
  for (const c of [...r.callbacks.rows, r.callbacks.total]) {
    const row = ws.addRow([
      L.kinds[c.kind],
      c.needed,
      c.calledBack,
      null,
      c.attempts,
      c.reached,
      c.satisfied,
      c.basically,
      c.unsatisfied,
      c.unreached,
    ]);
    rateCell(row, 4, c.callbackRate);
    rateCell(row, 11, c.satisfactionRate);
    if (c.kind === 'total') row.font = { bold: true };
  }
}

/** The workbook's bytes. */
export async function weeklyWorkbook(r: WeeklyReport, locale: Locale): Promise<Buffer> {
  const L = reportLabels(locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PropDesk';
  wb.created = new Date(r.generatedAt);
  complaintsSheet(wb, r, L);
  const q = r.requests;
  keyValueSheet(wb, L.sheet.requests, r, L, [
    [L.requests.received, q.received],
    [L.requests.answered, q.answered],
    [L.requests.met, q.met],
    [L.requests.breached, q.breached],
    [L.requests.pending, q.pending],
    [L.requests.onTimeRate, q.onTimeRate, PERCENT],
    [L.requests.stillOpen, q.stillOpen],
    [L.requests.cancelled, q.cancelled],
  ]);
  callbacksSheet(wb, r, L);
  const p = r.repairs;
  keyValueSheet(wb, L.sheet.repairs, r, L, [
    [L.repairs.received, p.received],
    [L.repairs.urgent, p.urgent],
    [L.repairs.scheduled, p.scheduled],
    [L.repairs.unclassified, p.unclassified],
    [L.repairs.stillOpen, p.stillOpen],
    [L.repairs.completed, p.completed],
    [L.repairs.reworked, p.reworked],
    [L.repairs.reworks, p.reworks],
    [L.repairs.paidCount, p.paidCount],
    // The exact decimal from fen; the cell format keeps two places.
    [L.repairs.paidYuan, Number(fenToYuan(p.paidFen)), YUAN],
    [L.repairs.cancelled, p.cancelled],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface ExportFile {
  filename: string;
  body: Buffer;
}

/** The report for the request, as a file named after the project and the week. */
export async function weeklyExport(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: RangeInput,
  locale: Locale,
): Promise<ExportFile> {
  const report = await weeklyStats(deps, actor, projectId, input);
  const label = report.range.label.replace('..', '_');
  return {
    filename: `${report.project.code}-weekly-${label}.xlsx`,
    body: await weeklyWorkbook(report, locale),
  };
}
