/**
 * CUS-2: reading the developer's owner roster (业主清册) — pure. Rows of cells in, every row
 * with its values and problems out; a problem names the spreadsheet row, the column (letter
 * and heading) and a message key, so the preview can point at the cell to fix. A file whose
 * headings are missing, that holds no rows or too many is refused as a whole.
 */
import { ID_TYPES, type IdType, validIdNumber, validPhone } from '../rules.ts';

export const ROSTER_FIELDS = ['unitCode', 'ownerName', 'idType', 'idNumber', 'phone', 'contractNo'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** The headings of the template, then the other headings developers' rosters use for the same column. */
export const ROSTER_HEADINGS: Record<RosterField, readonly string[]> = {
  unitCode: ['房号', '房屋编号', '单元号', '房间号', 'Unit'],
  ownerName: ['业主姓名', '业主名称', '业主', '买受人', 'Owner'],
  idType: ['证件类型', 'ID type'],
  idNumber: ['证件号码', '身份证号', '身份证号码', 'ID number'],
  phone: ['联系电话', '手机号码', '手机', '电话', 'Phone'],
  contractNo: ['购房合同号', '合同编号', '合同号', 'Contract no.'],
};
const OPTIONAL: ReadonlySet<RosterField> = new Set(['contractNo']);

/** What developers write in 证件类型, mapped to our document types (case, spaces and brackets ignored); the first word is the template's, the last the English one. */
export const ID_TYPE_WORDS: Record<IdType, readonly string[]> = {
  id_card: ['身份证', '居民身份证', '二代身份证', 'ID card'],
  passport: ['护照', 'Passport'],
  hk_macau: ['港澳通行证', '港澳居民来往内地通行证', '回乡证', 'HK/Macau permit'],
  taiwan: ['台胞证', '台湾居民来往大陆通行证', 'Taiwan permit'],
  business_licence: ['营业执照', '统一社会信用代码', 'Business licence'],
  other: ['其他', '其它', 'Other'],
};
const ID_TYPE_BY_WORD = new Map(
  ID_TYPES.flatMap((type) => ID_TYPE_WORDS[type].map((w) => [squash(w), type] as const)),
);

export const MAX_ROSTER_ROWS = 20_000;
const MAX_TEXT = {
  unitCode: 30,
  ownerName: 100,
  idType: 30,
  idNumber: 30,
  phone: 30,
  contractNo: 50,
} as const satisfies Record<RosterField, number>;

/** A cell as the spreadsheet holds it: text, a number (Excel's own type) or nothing. */
export type Cell = string | number | null;
export interface SheetRow {
  /** The row number Excel shows (1 = the first row). */
  row: number;
  cells: Cell[];
}

export interface RosterProblem {
  /** null: the row as a whole. */
  field: RosterField | null;
  key: string;
  params?: Record<string, string | number>;
}

export interface RosterRow {
  row: number;
  values: Record<RosterField, string>;
  unitId: string | null;
  idType: IdType | null;
  problems: RosterProblem[];
}

export interface ParsedRoster {
  /** Column letter of each field as found in the file. */
  columns: Partial<Record<RosterField, string>>;
  rows: RosterRow[];
}

export interface RosterContext {
  /** Unit codes of the project (normalised with normalizeUnitCode) → unit id. */
  units: ReadonlyMap<string, string>;
  /** Units that already have a roster entry in the project. */
  rostered: ReadonlySet<string>;
  /** Names of the project's archives by document (idKey): a roster row with the same document must carry the same name. */
  idOwners: ReadonlyMap<string, string>;
}

/** @example idKey('id_card', '11010519491231002x') // 'id_card:11010519491231002X' */
export function idKey(idType: IdType, idNumber: string): string {
  return `${idType}:${idNumber.trim().toUpperCase()}`;
}

/** A file that cannot be previewed at all. */
export class RosterFileError extends Error {
  readonly key: string;
  readonly params: Record<string, string | number>;
  constructor(key: string, params: Record<string, string | number> = {}) {
    super(key);
    this.key = key;
    this.params = params;
  }
}

function squash(s: string): string {
  return s.replace(/[\s()（）·_-]/g, '').toLowerCase();
}

/**
 * Unit codes as typed in rosters: full-width characters, spaces and 'A' vs 'a' do not matter.
 * @example normalizeUnitCode(' 2－０３０１ ') // '2-0301'
 */
export function normalizeUnitCode(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '')
    .replace(/[—–_]/g, '-')
    .toUpperCase();
}

/** @example columnLetter(0) // 'A'; columnLetter(27) // 'AB' */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The document type a roster writes, or null when it is none we know. */
export function idTypeFromText(text: string): IdType | null {
  return ID_TYPE_BY_WORD.get(squash(text)) ?? null;
}

function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

/** A row that holds anything but blanks (blank rows are left out of a roster). */
export function hasContent(cells: readonly Cell[]): boolean {
  return cells.some((c) => cellText(c) !== '');
}

/**
 * Refuses a sheet of more rows than one import takes, counting the non-blank rows read so far
 * (the first is the heading row). The xlsx reader calls it row by row, so a file of 300 000
 * rows is refused at row 20 002 instead of being read whole.
 */
export function checkRowCount(nonBlankRows: number): void {
  if (nonBlankRows - 1 > MAX_ROSTER_ROWS)
    throw new RosterFileError('roster.too_many_rows', { max: MAX_ROSTER_ROWS });
}

/** Finds each field's column from the heading row; missing required headings refuse the file. */
function mapHeadings(header: SheetRow): Map<RosterField, number> {
  const found = new Map<RosterField, number>();
  header.cells.forEach((cell, i) => {
    const text = squash(cellText(cell).replace(/[*＊]/g, ''));
    const field = ROSTER_FIELDS.find((f) => ROSTER_HEADINGS[f].some((h) => squash(h) === text));
    if (field && !found.has(field)) found.set(field, i);
  });
  const missing = ROSTER_FIELDS.filter((f) => !OPTIONAL.has(f) && !found.has(f));
  if (missing.length)
    throw new RosterFileError('roster.missing_columns', {
      columns: missing.map((f) => ROSTER_HEADINGS[f][0]!).join('、'),
    });
  return found;
}

/** One row's own checks (no comparison with other rows). */
function checkRow(sheetRow: SheetRow, at: Map<RosterField, number>, ctx: RosterContext): RosterRow {
  const raw = (f: RosterField): Cell => {
    const i = at.get(f);
    return i === undefined ? null : (sheetRow.cells[i] ?? null);
  };
  const values = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, cellText(raw(f))])) as Record<
    RosterField,
    string
  >;
  const problems: RosterProblem[] = [];
  const problem = (field: RosterField, key: string, params?: Record<string, string | number>) =>
    problems.push({ field, key, ...(params && { params }) });
  for (const f of ROSTER_FIELDS) {
    if (!OPTIONAL.has(f) && values[f] === '') problem(f, 'roster.required');
    else if (values[f].length > MAX_TEXT[f]) problem(f, 'roster.too_long', { max: MAX_TEXT[f] });
  }
  values.unitCode = normalizeUnitCode(values.unitCode);
  const unitId = values.unitCode ? (ctx.units.get(values.unitCode) ?? null) : null;
  if (values.unitCode && !unitId) problem('unitCode', 'roster.unit_unknown', { code: values.unitCode });
  if (unitId && ctx.rostered.has(unitId))
    problem('unitCode', 'roster.unit_already_imported', { code: values.unitCode });
  const idType = values.idType ? idTypeFromText(values.idType) : null;
  if (values.idType && !idType) problem('idType', 'roster.id_type_unknown', { value: values.idType });
  const idCell = raw('idNumber');
  values.idNumber = values.idNumber.toUpperCase();
  if (typeof idCell === 'number' && !Number.isSafeInteger(idCell))
    problem('idNumber', 'roster.id_number_as_number');
  else if (idType && values.idNumber && !validIdNumber(idType, values.idNumber))
    problem('idNumber', 'roster.id_number_invalid');
  else if (idType && values.idNumber && values.ownerName) {
    const archived = ctx.idOwners.get(idKey(idType, values.idNumber));
    if (archived !== undefined && archived !== values.ownerName)
      problem('idNumber', 'roster.id_number_taken');
  }
  if (values.phone && !validPhone(values.phone)) problem('phone', 'roster.phone_invalid');
  return { row: sheetRow.row, values, unitId, idType, problems };
}

/** Rows of the file that share a key, by key. */
function groupsOf(rows: RosterRow[], key: (r: RosterRow) => string | null): Map<string, RosterRow[]> {
  const groups = new Map<string, RosterRow[]>();
  for (const r of rows) {
    const k = key(r);
    if (k) groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return groups;
}

/**
 * Parses the roster's first sheet: the first non-empty row holds the headings, blank rows
 * are left out, and every other row comes back with its problems.
 * @example parseRoster([{ row: 1, cells: ['房号', '业主姓名', '证件类型', '证件号码', '联系电话'] }, { row: 2, cells: ['1-0101', '张三', '身份证', '11010519491231002X', '13800138000'] }], ctx)
 */
export function parseRoster(sheet: readonly SheetRow[], ctx: RosterContext): ParsedRoster {
  const nonEmpty = sheet.filter((r) => hasContent(r.cells));
  const [header, ...data] = nonEmpty;
  if (!header) throw new RosterFileError('roster.empty');
  const at = mapHeadings(header);
  if (data.length === 0) throw new RosterFileError('roster.empty');
  checkRowCount(nonEmpty.length);
  const rows = data.map((r) => checkRow(r, at, ctx));
  markRepeats(rows);
  return { columns: Object.fromEntries([...at].map(([f, i]) => [f, columnLetter(i)])), rows };
}

/**
 * Checks between rows: a unit appears once in the roster (every row of a repeated unit is
 * marked, so skipping bad rows never guesses which one is right), and one ID number belongs
 * to one name (the same buyer may own several units).
 */
function markRepeats(rows: RosterRow[]): void {
  for (const group of groupsOf(rows, (r) => r.values.unitCode || null).values()) {
    if (group.length < 2) continue;
    const where = group.map((r) => r.row).join('、');
    for (const r of group)
      r.problems.push({
        field: 'unitCode',
        key: 'roster.unit_repeated',
        params: { code: r.values.unitCode, rows: where },
      });
  }
  for (const group of groupsOf(rows, (r) =>
    r.idType && r.values.idNumber ? idKey(r.idType, r.values.idNumber) : null,
  ).values()) {
    const names = new Set(group.map((r) => r.values.ownerName));
    if (names.size < 2) continue;
    const where = group.map((r) => r.row).join('、');
    for (const r of group)
      r.problems.push({ field: 'ownerName', key: 'roster.id_number_names_differ', params: { rows: where } });
  }
}

/** Rows without problems: what an import brings in. */
export function goodRows(rows: readonly RosterRow[]): RosterRow[] {
  return rows.filter((r) => r.problems.length === 0);
}
