/**
 * The roster file's first sheet as rows of cells (CUS-2). The bytes must be an .xlsx (a zip
 * package), whatever the upload claimed; an old binary .xls is told to be saved as .xlsx.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../../platform/errors.ts';
import type { Cell, SheetRow } from './roster-rules.ts';

export const MAX_ROSTER_BYTES = 10 * 1024 * 1024;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const refuse = (key: string) => new AppError('UNPROCESSABLE', { key, fields: [{ path: 'body', key }] });

/** What a cell holds, as text or an Excel number; formulas give their result, dates their day. */
function cellOf(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('hyperlink' in v) return v.text;
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) return 'result' in v && v.result !== undefined ? cellOf(v.result as ExcelJS.CellValue) : null;
  if ('error' in v) return v.error;
  return null;
}

export async function readSheet(bytes: Uint8Array): Promise<SheetRow[]> {
  if (bytes.length > MAX_ROSTER_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) throw refuse('roster.old_xls');
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) throw refuse('roster.not_xlsx');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw refuse('roster.not_xlsx');
  }
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0) ?? wb.worksheets[0];
  if (!ws) throw refuse('roster.not_xlsx');
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellOf(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? null) });
  });
  return rows;
}
