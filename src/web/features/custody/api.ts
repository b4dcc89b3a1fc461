/**
 * Queries and writes of the keys, passes and status-report screens. Keys start with
 * ['custody', projectId] so one invalidation after any step refreshes every list. Shapes
 * are the server's own types (type-only imports: nothing of the server is bundled).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../app/api.ts';
import type { GateSchema, PassDto, UnitContextSchema } from '../../../server/modules/passes/contract.ts';
import type { KeyDetailDto, KeyDto, KeyRequestDto } from '../../../server/modules/keys/contract.ts';
import type { StatusReportDto } from '../../../server/modules/status-report/contract.ts';
import type { UnitParty } from '../../../server/modules/customers/contract.ts';
import type { z } from 'zod';

export type { KeyDetailDto, KeyDto, KeyRequestDto, PassDto, StatusReportDto };
export type PassAtGate = z.infer<typeof GateSchema>;
export type PassUnitContext = z.infer<typeof UnitContextSchema>;
export type KeyParty = Omit<UnitParty, 'idNumber'>;
export interface ReportMonth {
  month: string;
  state: StatusReportDto['state'];
  dueDate: string;
  late: boolean;
  preparedAt: string | null;
  signedAt: string | null;
}
export interface SignatureInput {
  signerName: string;
  method: 'pad' | 'paper';
  image?: string;
  scanDocumentId?: string;
}

const base = (pid: string) => `/api/projects/${pid}`;
export const custodyKey = (pid: string) => ['custody', pid] as const;

function qs(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** After any write: every custody list and detail of the project is stale. */
export function useRefresh(pid: string): () => Promise<void> {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: custodyKey(pid) });
}

// Release passes (REL-1..5)
export function usePasses(pid: string, f: { state?: string; q?: string }) {
  return useQuery({
    queryKey: [...custodyKey(pid), 'passes', f],
    queryFn: () => get<PassDto[]>(`${base(pid)}/passes${qs(f)}`),
  });
}
export function usePass(pid: string, passId: string | null) {
  return useQuery({
    queryKey: [...custodyKey(pid), 'pass', passId],
    queryFn: () => get<PassDto>(`${base(pid)}/passes/${passId}`),
    enabled: !!passId,
  });
}
export function usePassContext(pid: string, unitId: string | null | undefined) {
  return useQuery({
    queryKey: [...custodyKey(pid), 'pass-context', unitId],
    queryFn: () => get<PassUnitContext>(`${base(pid)}/units/${unitId}/pass-context`),
    enabled: !!unitId,
  });
}
export const passApi = {
  create: (pid: string, body: unknown) => post<PassDto>(`${base(pid)}/passes`, body),
  /** REL-4/CUS-3: the archived number of the party to phone — shown for this call, logged. */
  callNumber: (pid: string, passId: string, customerId: string) =>
    post<{ customerId: string; name: string; phones: string[] }>(
      `${base(pid)}/passes/${passId}/call-number`,
      { customerId },
    ),
  step: (
    pid: string,
    passId: string,
    step: 'arrears-check' | 'call' | 'signatures' | 'issue' | 'cancel',
    body: unknown = {},
  ) => post<PassDto>(`${base(pid)}/passes/${passId}/${step}`, body),
  printUrl: (pid: string, passId: string, lang: string) =>
    `${base(pid)}/passes/${passId}/print?lang=${encodeURIComponent(lang)}`,
  atGate: (pid: string, number: string) => get<PassAtGate>(`${base(pid)}/gate/passes${qs({ number })}`),
  release: (pid: string, number: string, note: string) =>
    post<PassDto>(`${base(pid)}/gate/release`, { number, note }),
};

// Keys (KEY-1..4)
export function useKeys(pid: string, f: { state?: string; q?: string }) {
  return useQuery({
    queryKey: [...custodyKey(pid), 'keys', f],
    queryFn: () => get<KeyDto[]>(`${base(pid)}/keys${qs(f)}`),
  });
}
export function useKey(pid: string, keyId: string | null) {
  return useQuery({
    queryKey: [...custodyKey(pid), 'key', keyId],
    queryFn: () => get<KeyDetailDto>(`${base(pid)}/keys/${keyId}`),
    enabled: !!keyId,
  });
}
export function usePendingKeyRequests(pid: string) {
  return useQuery({
    queryKey: [...custodyKey(pid), 'key-requests', 'pending'],
    queryFn: () => get<KeyRequestDto[]>(`${base(pid)}/key-requests?state=pending`),
  });
}
export function useKeyParties(pid: string, unitId: string | null | undefined) {
  return useQuery({
    queryKey: [...custodyKey(pid), 'key-parties', unitId],
    queryFn: () => get<KeyParty[]>(`${base(pid)}/units/${unitId}/key-parties`),
    enabled: !!unitId,
  });
}
export const keyApi = {
  register: (pid: string, body: unknown) => post<KeyDetailDto>(`${base(pid)}/keys`, body),
  act: (
    pid: string,
    keyId: string,
    action: 'issue' | 'viewing' | 'return' | 'lost' | 'requests',
    body: unknown,
  ) => post<KeyDetailDto>(`${base(pid)}/keys/${keyId}/${action}`, body),
  decide: (pid: string, requestId: string, body: unknown) =>
    post<KeyRequestDto>(`${base(pid)}/key-requests/${requestId}/decide`, body),
  cancel: (pid: string, requestId: string) =>
    post<KeyRequestDto>(`${base(pid)}/key-requests/${requestId}/cancel`, { note: '' }),
  lend: (pid: string, requestId: string, signature: SignatureInput) =>
    post<KeyDetailDto>(`${base(pid)}/key-requests/${requestId}/issue`, { signature }),
};

// Monthly property status (STA-1)
export function useReportMonths(pid: string) {
  return useQuery({
    queryKey: [...custodyKey(pid), 'reports'],
    queryFn: () => get<ReportMonth[]>(`${base(pid)}/status-reports`),
  });
}
export function useStatusReport(pid: string, month: string | null) {
  return useQuery({
    queryKey: [...custodyKey(pid), 'report', month],
    queryFn: () => get<StatusReportDto>(`${base(pid)}/status-reports/${month}`),
    enabled: !!month,
  });
}
export const reportApi = {
  prepare: (pid: string, month: string) =>
    post<StatusReportDto>(`${base(pid)}/status-reports/${month}/prepare`),
  sign: (pid: string, month: string, signature: SignatureInput) =>
    post<StatusReportDto>(`${base(pid)}/status-reports/${month}/sign`, { signature }),
  printUrl: (pid: string, month: string, lang: string) =>
    `${base(pid)}/status-reports/${month}/print?lang=${encodeURIComponent(lang)}`,
  xlsxUrl: (pid: string, month: string, lang: string) =>
    `${base(pid)}/status-reports/${month}/xlsx?lang=${encodeURIComponent(lang)}`,
};

export const documentUrl = (pid: string, documentId: string) => `${base(pid)}/documents/${documentId}`;
