/**
 * Writes a roster workbook from rows (tests and the browser journey upload what this makes):
 * the template's headings, and every cell as text unless it is given as a number — which is
 * how a real file ends up with an ID number Excel has turned into a number.
 */
import ExcelJS from 'exceljs';
import { idCardCheckDigit } from '../rules.ts';
import type { Cell } from './roster-rules.ts';

export const ROSTER_HEADER = ['房号', '业主姓名', '证件类型', '证件号码', '联系电话', '购房合同号'] as const;

/** @example await rosterXlsx([['3-101', '张三', '身份证', '11010519491231002X', '13800138000', 'HT-1']]) */
export async function rosterXlsx(
  rows: Cell[][],
  header: readonly string[] = ROSTER_HEADER,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('业主清册');
  ws.addRow([...header]);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * A well-formed resident ID number for a region, birthday and sequence (test data: the
 * check digit is computed, the person is not real).
 * @example residentId('110105', '19491231', 2) // '11010519491231002X'
 */
export function residentId(region: string, birthday: string, seq: number): string {
  const body = `${region}${birthday}${String(seq).padStart(3, '0')}`;
  return body + idCardCheckDigit(body);
}
