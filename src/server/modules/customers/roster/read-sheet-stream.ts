/**
 * Reads the roster's sheet from an .xlsx while it streams (exceljs's streaming reader), so
 * memory follows the rows kept, not the file: the package is checked and re-packed first
 * (xlsx-package.ts), rows are counted as they arrive and the read stops at the row limit
 * (checkRowCount), and cells right of MAX_COLUMNS are not kept. Runs in a worker thread
 * (read-xlsx.ts), never on the server's event loop.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { checkRowCount, hasContent, RosterFileError, type Cell, type SheetRow } from './roster-rules.ts';
import { rosterParts } from './xlsx-package.ts';

/** Columns read from the left (A … BL); a roster has six, developers' versions a few more. */
export const MAX_COLUMNS = 64;

/** What a cell holds, as text or an Excel number; formulas give their result, dates their day. */
function cellOf(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('hyperlink' in v) return v.text;
  if ('result' in v || 'formula' in v || 'sharedFormula' in v)
    return 'result' in v && v.result !== undefined ? cellOf(v.result as ExcelJS.CellValue) : null;
  if ('error' in v) return v.error;
  return null;
}

function rowCells(row: ExcelJS.Row): Cell[] {
  const cells: Cell[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    if (col <= MAX_COLUMNS) cells[col - 1] = cellOf(cell.value);
  });
  return Array.from(cells, (c) => c ?? null);
}

/**
 * The first sheet that holds anything, as rows of cells (blank rows left out).
 * @example await readFirstSheet(bytes) // [{ row: 1, cells: ['房号', '业主姓名', …] }, …]
 */
export async function readFirstSheet(bytes: Uint8Array): Promise<SheetRow[]> {
  const zip = await rosterParts(bytes);
  // styles are read so that date cells come back as dates, as Excel shows them.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([zip]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      const rows: SheetRow[] = [];
      for await (const row of sheet) {
        const cells = rowCells(row);
        if (!hasContent(cells)) continue;
        rows.push({ row: row.number, cells });
        checkRowCount(rows.length);
      }
      if (rows.length) return rows;
    }
  } catch (err) {
    if (err instanceof RosterFileError) throw err;
    throw new RosterFileError('roster.not_xlsx');
  }
  return [];
}
