/**
 * The archive room's calls (CUS-1..5): the list and the drawer (masked), the full view with a
 * reason, edits, scans, records, the roster import, loans, the access log, exports. Every key
 * starts with ['archives', projectId] so one write refreshes the page.
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get, patch, post } from '../../app/api.ts';
// The shapes come from the server's own types (type-only: nothing of the server is bundled).
import type {
  AccessLogRow,
  ArchiveDetail,
  ArchiveListItem,
  RecordDetail,
} from '../../../server/modules/customers/archive/archive.contract.ts';
import type { ImportSummary, PreviewRow } from '../../../server/modules/customers/roster/roster.contract.ts';
import type { LoanDto } from '../../../server/modules/customers/loans/loans.contract.ts';
import type { ExportDto } from '../../../server/modules/customers/exports/exports.contract.ts';
import type { DocumentDto } from '../../../server/platform/signatures/signatures.contract.ts';
export type {
  ArchiveListItem,
  ArchiveDetail,
  RecordDetail,
  AccessLogRow,
  ImportSummary,
  PreviewRow,
  LoanDto,
  ExportDto,
};
export { ID_TYPES } from '../../../server/modules/customers/rules.ts';
export { RECORD_CLASSES, ARCHIVE_CLASSES } from '../../../server/modules/customers/archive/archive-rules.ts';

export const archivesBase = (pid: string) => `/api/projects/${pid}/archives`;

export const archiveKeys = {
  all: (pid: string) => ['archives', pid] as const,
  list: (pid: string, query: string) => ['archives', pid, 'list', query] as const,
  customer: (pid: string, id: string) => ['archives', pid, 'customer', id] as const,
  record: (pid: string, id: string) => ['archives', pid, 'record', id] as const,
  imports: (pid: string) => ['archives', pid, 'imports'] as const,
  importRows: (pid: string, id: string, query: string) =>
    ['archives', pid, 'import-rows', id, query] as const,
  loans: (pid: string, state: string) => ['archives', pid, 'loans', state] as const,
  approvers: (pid: string) => ['archives', pid, 'approvers'] as const,
  log: (pid: string, query: string) => ['archives', pid, 'log', query] as const,
  exports: (pid: string) => ['archives', pid, 'exports'] as const,
};

export interface ListParams {
  q: string;
  class: string;
  state: string;
  page: number;
  pageSize: number;
}

export function useArchiveList(pid: string, p: ListParams) {
  const query = new URLSearchParams({
    q: p.q,
    class: p.class,
    state: p.state,
    offset: String((p.page - 1) * p.pageSize),
    limit: String(p.pageSize),
  }).toString();
  return useQuery({
    queryKey: archiveKeys.list(pid, query),
    queryFn: () => get<{ total: number; rows: ArchiveListItem[] }>(`${archivesBase(pid)}?${query}`),
    placeholderData: keepPreviousData,
  });
}

export function useCustomerArchive(pid: string, id: string | null) {
  return useQuery({
    queryKey: archiveKeys.customer(pid, id ?? ''),
    queryFn: () => get<ArchiveDetail>(`${archivesBase(pid)}/customers/${id}`),
    enabled: !!id,
  });
}

export function useRecord(pid: string, id: string | null) {
  return useQuery({
    queryKey: archiveKeys.record(pid, id ?? ''),
    queryFn: () => get<RecordDetail>(`${archivesBase(pid)}/records/${id}`),
    enabled: !!id,
  });
}

export function useImports(pid: string, enabled: boolean) {
  return useQuery({
    queryKey: archiveKeys.imports(pid),
    queryFn: () => get<ImportSummary[]>(`${archivesBase(pid)}/roster/imports`),
    enabled,
  });
}

export function useImportRows(
  pid: string,
  importId: string | null,
  p: { onlyProblems: boolean; page: number; pageSize: number },
) {
  const query = new URLSearchParams({
    onlyProblems: String(p.onlyProblems),
    offset: String((p.page - 1) * p.pageSize),
    limit: String(p.pageSize),
  }).toString();
  return useQuery({
    queryKey: archiveKeys.importRows(pid, importId ?? '', query),
    queryFn: () =>
      get<{ total: number; rows: PreviewRow[] }>(
        `${archivesBase(pid)}/roster/imports/${importId}/rows?${query}`,
      ),
    enabled: !!importId,
    placeholderData: keepPreviousData,
  });
}

export function useLoans(pid: string, state: string) {
  return useQuery({
    queryKey: archiveKeys.loans(pid, state),
    queryFn: () => get<{ today: string; rows: LoanDto[] }>(`${archivesBase(pid)}/loans?state=${state}`),
  });
}

export function useApprovers(pid: string, enabled: boolean) {
  return useQuery({
    queryKey: archiveKeys.approvers(pid),
    queryFn: () => get<{ userId: string; displayName: string }[]>(`${archivesBase(pid)}/loans/approvers`),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useAccessLog(pid: string, p: { kind: string; page: number; pageSize: number }) {
  const query = new URLSearchParams({
    ...(p.kind ? { kind: p.kind } : {}),
    offset: String((p.page - 1) * p.pageSize),
    limit: String(p.pageSize),
  }).toString();
  return useQuery({
    queryKey: archiveKeys.log(pid, query),
    queryFn: () => get<{ total: number; rows: AccessLogRow[] }>(`${archivesBase(pid)}/access-log?${query}`),
    placeholderData: keepPreviousData,
  });
}

export function useExports(pid: string) {
  return useQuery({
    queryKey: archiveKeys.exports(pid),
    queryFn: () => get<ExportDto[]>(`${archivesBase(pid)}/exports`),
  });
}

export interface ArchiveEdit {
  version: number;
  name?: string;
  company?: string;
  phones?: { phone: string; label: string }[];
  emergencyPhone?: string;
  birthday?: string | null;
  idType?: string;
  idNumber?: string;
  vehicles?: { plate: string; model: string }[];
}

export interface RecordInput {
  class: string;
  title: string;
  reference: string;
  counterparty: string;
  recordDay: string | null;
  note: string;
}

export interface LendInput {
  subjectType: 'customer' | 'record';
  subjectId: string;
  borrower: string;
  purpose: string;
  approverId: string;
  outDay: string;
  dueDay: string;
}

/** Writes; each refreshes the archive screens once the server has answered. */
export function useArchiveWrites(pid: string) {
  const qc = useQueryClient();
  const base = archivesBase(pid);
  const done = async <T>(r: T): Promise<T> => {
    await qc.invalidateQueries({ queryKey: archiveKeys.all(pid) });
    return r;
  };
  return {
    /** CUS-3: the full archive for this view; not cached — closing the drawer forgets it. */
    open: (id: string, reason: string) =>
      post<ArchiveDetail>(`${base}/customers/${id}/open`, { reason }).then(done),
    update: (id: string, edit: ArchiveEdit) =>
      patch<ArchiveDetail>(`${base}/customers/${id}`, edit).then(done),
    seal: (id: string, reason: string) =>
      post<ArchiveDetail>(`${base}/customers/${id}/seal`, { reason }).then(done),
    /** Uploads a scan and files it to the customer's archive or a record. */
    async fileScan(subject: { type: 'customer' | 'record'; id: string }, file: File): Promise<DocumentDto> {
      const uploaded = await api<DocumentDto>(
        'POST',
        `/api/projects/${pid}/documents?title=${encodeURIComponent(file.name)}`,
        file,
      );
      return done(
        await post<DocumentDto>(
          `${base}/${subject.type === 'customer' ? 'customers' : 'records'}/${subject.id}/documents`,
          { documentId: uploaded.documentId },
        ),
      );
    },
    createRecord: (input: RecordInput) => post<RecordDetail>(`${base}/records`, input).then(done),
    updateRecord: (id: string, input: Partial<RecordInput> & { version: number }) =>
      patch<RecordDetail>(`${base}/records/${id}`, input).then(done),
    commitImport: (importId: string, skipBadRows: boolean) =>
      post<ImportSummary>(`${base}/roster/imports/${importId}/commit`, { skipBadRows }).then(done),
    discardImport: (importId: string) =>
      post<ImportSummary>(`${base}/roster/imports/${importId}/discard`).then(done),
    lend: (input: LendInput) => post<LoanDto>(`${base}/loans`, input).then(done),
    giveBack: (loanId: string, backDay: string) =>
      post<LoanDto>(`${base}/loans/${loanId}/return`, { backDay }).then(done),
    requestExport: (input: { buildingId: string | null; purpose: string; recipient: string }) =>
      post<ExportDto>(`${base}/exports`, input).then(done),
    approveExport: (id: string, note: string) =>
      post<ExportDto>(`${base}/exports/${id}/approve`, { note }).then(done),
    refuseExport: (id: string, note: string) =>
      post<ExportDto>(`${base}/exports/${id}/refuse`, { note }).then(done),
    refresh: () => qc.invalidateQueries({ queryKey: archiveKeys.all(pid) }),
  };
}

const langQuery = (lang: string) => `lang=${encodeURIComponent(lang)}`;
export const templateUrl = (pid: string, lang: string) =>
  `${archivesBase(pid)}/roster/template.xlsx?${langQuery(lang)}`;
export const documentUrl = (pid: string, documentId: string) =>
  `/api/projects/${pid}/documents/${documentId}`;
export const emergencyPrintUrl = (pid: string, reason: string, lang: string) =>
  `${archivesBase(pid)}/emergency-list/print?reason=${encodeURIComponent(reason)}&${langQuery(lang)}`;
export const emergencyXlsxUrl = (pid: string, reason: string, lang: string) =>
  `${archivesBase(pid)}/emergency-list.xlsx?reason=${encodeURIComponent(reason)}&${langQuery(lang)}`;
export const exportDownloadUrl = (pid: string, exportId: string, lang: string) =>
  `${archivesBase(pid)}/exports/${exportId}/download.xlsx?${langQuery(lang)}`;
