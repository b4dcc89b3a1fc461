/**
 * Staged roster imports (CUS-2) as stored: the summary the screen shows, the page of rows of
 * the preview with their problems translated and named by column, and what the checks of a
 * new file compare with (the project's units, the roster so far, the archives' documents).
 */
import { AppError } from '../../../platform/errors.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { maskPhone } from '../../../platform/print/format.ts';
import { ID_TYPES, maskIdNumber, type IdType } from '../rules.ts';
import {
  idKey,
  normalizeUnitCode,
  type ParsedRoster,
  type RosterContext,
  type RosterField,
  type RosterRow,
} from './roster-rules.ts';
import { rosterHeading } from './template.ts';
import type { ImportStatus, ImportSummary, PreviewRow } from './roster.contract.ts';
import { customersDb } from '../tables.ts';

export type { ImportStatus, ImportSummary, PreviewRow } from './roster.contract.ts';

const importColumns = [
  'i.import_id',
  'i.file_name',
  'i.status',
  'i.total_rows',
  'i.bad_rows',
  'i.imported_rows',
  'i.skipped_rows',
  'i.created_at',
  'i.committed_at',
  'u.display_name',
] as const;

function summaryOf(r: {
  import_id: string;
  file_name: string;
  status: string;
  total_rows: number;
  bad_rows: number;
  imported_rows: number;
  skipped_rows: number;
  created_at: string;
  committed_at: string | null;
  display_name: string | null;
}): ImportSummary {
  const total = Number(r.total_rows);
  const bad = Number(r.bad_rows);
  return {
    importId: r.import_id,
    fileName: r.file_name,
    status: r.status as ImportStatus,
    totalRows: total,
    badRows: bad,
    goodRows: total - bad,
    importedRows: Number(r.imported_rows),
    skippedRows: Number(r.skipped_rows),
    createdAt: r.created_at,
    createdByName: r.display_name ?? null,
    committedAt: r.committed_at,
  };
}

function importsQuery(db: DbOrTrx, projectId: string) {
  return customersDb(db)
    .selectFrom('roster_imports as i')
    .leftJoin('users as u', 'u.user_id', 'i.created_by')
    .select(importColumns)
    .where('i.project_id', '=', projectId);
}

export async function importSummary(
  db: DbOrTrx,
  projectId: string,
  importId: string,
): Promise<ImportSummary> {
  const r = await importsQuery(db, projectId).where('i.import_id', '=', importId).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { params: { what: 'what.roster_import' } });
  return summaryOf(r);
}

/** The project's imports, newest first. */
export async function recentImports(db: DbOrTrx, projectId: string, limit = 20): Promise<ImportSummary[]> {
  return (await importsQuery(db, projectId).orderBy('i.created_at', 'desc').limit(limit).execute()).map(
    summaryOf,
  );
}

export async function loadParsed(
  db: DbOrTrx,
  projectId: string,
  importId: string,
): Promise<{ status: ImportStatus; parsed: ParsedRoster }> {
  const r = await customersDb(db)
    .selectFrom('roster_imports')
    .select(['status', 'rows_json'])
    .where('project_id', '=', projectId)
    .where('import_id', '=', importId)
    .executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { params: { what: 'what.roster_import' } });
  return { status: r.status as ImportStatus, parsed: JSON.parse(r.rows_json) as ParsedRoster };
}

function previewRow(r: RosterRow, columns: ParsedRoster['columns'], locale: Locale): PreviewRow {
  const flagged = new Set(r.problems.map((p) => p.field));
  return {
    row: r.row,
    values: {
      ...r.values,
      idNumber: flagged.has('idNumber') ? r.values.idNumber : maskIdNumber(r.values.idNumber),
      phone: flagged.has('phone') ? r.values.phone : maskPhone(r.values.phone),
    },
    problems: r.problems.map((p) => ({
      field: p.field,
      column: p.field ? (columns[p.field] ?? '') : '',
      heading: p.field ? rosterHeading(p.field, locale) : '',
      message: t(locale, p.key, p.params),
    })),
  };
}

/** A page of the preview; `onlyProblems` shows the rows to fix. */
export async function previewRows(
  db: DbOrTrx,
  projectId: string,
  importId: string,
  o: { onlyProblems: boolean; offset: number; limit: number; locale: Locale },
): Promise<{ total: number; rows: PreviewRow[] }> {
  const { parsed } = await loadParsed(db, projectId, importId);
  const rows = o.onlyProblems ? parsed.rows.filter((r) => r.problems.length > 0) : parsed.rows;
  return {
    total: rows.length,
    rows: rows.slice(o.offset, o.offset + o.limit).map((r) => previewRow(r, parsed.columns, o.locale)),
  };
}

/** What a roster is checked against: the project's units, the units already in the roster, the documents already on archives. */
export async function rosterContext(db: DbOrTrx, projectId: string): Promise<RosterContext> {
  const units = await db
    .selectFrom('units')
    .select(['unit_id', 'code'])
    .where('project_id', '=', projectId)
    .execute();
  const rostered = await db
    .selectFrom('roster_entries')
    .select('unit_id')
    .distinct()
    .where('project_id', '=', projectId)
    .execute();
  const archived = await db
    .selectFrom('customers')
    .select(['id_type', 'id_number', 'name'])
    .where('project_id', '=', projectId)
    .where('id_number', '<>', '')
    .execute();
  return {
    units: new Map(units.map((u) => [normalizeUnitCode(u.code), u.unit_id])),
    rostered: new Set(rostered.map((r) => r.unit_id)),
    idOwners: new Map(
      archived
        .filter((c) => (ID_TYPES as readonly string[]).includes(c.id_type))
        .map((c) => [idKey(c.id_type as IdType, c.id_number), c.name]),
    ),
  };
}
