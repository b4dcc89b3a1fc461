/**
 * Queries and writes of the handover and move-in screens. Every key starts with
 * ['occupancy', projectId] so a step recorded refreshes lists, reports and the open run.
 * Shapes are the occupancy contracts' types (type-only imports: nothing of the server is bundled).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../app/api.ts';
import type {
  DailyHandoverReport,
  HandoverDto,
  HandoverRow,
  HandoverUnit,
  PrepaymentQuote,
  RectificationItemDto,
  RosterRow,
} from '../../../server/modules/occupancy/handover/contract.ts';
import type {
  MoveInDto,
  MoveInOwners,
  MoveInRow,
  MoveInUnit,
} from '../../../server/modules/occupancy/move-in/contract.ts';
import type { UnitMeter as MeterDto } from '../../../server/modules/occupancy/contract.ts';

export type {
  DailyHandoverReport,
  HandoverDto,
  HandoverRow,
  HandoverUnit,
  MeterDto,
  MoveInDto,
  MoveInRow,
  MoveInUnit,
  PrepaymentQuote,
  RectificationItemDto,
  RosterRow,
};
export type Workflow = 'handovers' | 'move-ins';

const base = (pid: string, w: Workflow) => `/api/projects/${pid}/${w}`;
const key = (pid: string, ...rest: unknown[]) => ['occupancy', pid, ...rest] as const;

export function useHandovers(pid: string, q: { state?: string; q?: string }) {
  const qs = new URLSearchParams(Object.entries(q).filter(([, v]) => v) as [string, string][]).toString();
  return useQuery({
    queryKey: key(pid, 'handovers', qs),
    queryFn: () => get<HandoverRow[]>(`${base(pid, 'handovers')}?${qs}`),
    placeholderData: keepPreviousData,
  });
}
export const useHandover = (pid: string, id: string | null) =>
  useQuery({
    queryKey: key(pid, 'handover', id),
    queryFn: () => get<HandoverDto>(`${base(pid, 'handovers')}/${id}`),
    enabled: id !== null,
  });
export const useHandoverUnits = (pid: string, enabled: boolean) =>
  useQuery({
    queryKey: key(pid, 'handover-units'),
    queryFn: () => get<HandoverUnit[]>(`${base(pid, 'handovers')}/units`),
    enabled,
  });
export const useRoster = (pid: string, id: string) =>
  useQuery({
    queryKey: key(pid, 'roster', id),
    queryFn: () => get<RosterRow[]>(`${base(pid, 'handovers')}/${id}/roster`),
  });
export const useFeesQuote = (pid: string, id: string) =>
  useQuery({
    queryKey: key(pid, 'quote', id),
    queryFn: () => get<PrepaymentQuote>(`${base(pid, 'handovers')}/${id}/fees-quote`),
    retry: false,
  });
export const useDailyReport = (pid: string, day: string) =>
  useQuery({
    queryKey: key(pid, 'daily', day),
    queryFn: () => get<DailyHandoverReport>(`${base(pid, 'handovers')}/daily?day=${day}`),
    placeholderData: keepPreviousData,
  });
export const useRectification = (pid: string, state: 'open' | 'closed') =>
  useQuery({
    queryKey: key(pid, 'rectification', state),
    queryFn: () => get<RectificationItemDto[]>(`/api/projects/${pid}/rectification-items?state=${state}`),
  });

export function useMoveIns(pid: string, q: { state?: string; q?: string }) {
  const qs = new URLSearchParams(Object.entries(q).filter(([, v]) => v) as [string, string][]).toString();
  return useQuery({
    queryKey: key(pid, 'move-ins', qs),
    queryFn: () => get<MoveInRow[]>(`${base(pid, 'move-ins')}?${qs}`),
    placeholderData: keepPreviousData,
  });
}
export const useMoveIn = (pid: string, id: string | null) =>
  useQuery({
    queryKey: key(pid, 'move-in', id),
    queryFn: () => get<MoveInDto>(`${base(pid, 'move-ins')}/${id}`),
    enabled: id !== null,
  });
export const useMoveInUnits = (pid: string, enabled: boolean) =>
  useQuery({
    queryKey: key(pid, 'move-in-units'),
    queryFn: () => get<MoveInUnit[]>(`${base(pid, 'move-ins')}/units`),
    enabled,
  });
export const useMoveInOwners = (pid: string, id: string) =>
  useQuery({
    queryKey: key(pid, 'owners', id),
    queryFn: () => get<MoveInOwners>(`${base(pid, 'move-ins')}/${id}/owners`),
  });
export const useMoveInMeters = (pid: string, id: string) =>
  useQuery({
    queryKey: key(pid, 'meters', id),
    queryFn: () => get<MeterDto[]>(`${base(pid, 'move-ins')}/${id}/meters`),
  });

/** Starts a run on a unit; the new run comes back as the checklist shows it. */
export function useStart<T>(pid: string, w: Workflow) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (unitId: string) => post<T>(base(pid, w), { unitId }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(pid) }),
  });
}

/** Records one step of a run (or a refusal, a cancellation); everything of the project's occupancy is refetched. */
export function useStep<T>(pid: string, w: Workflow, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: { step: string; body: unknown }) =>
      post<T>(`${base(pid, w)}/${id}/${step}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(pid) }),
  });
}

export function useCloseItem(pid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, note }: { itemId: string; note: string }) =>
      post<void>(`/api/projects/${pid}/rectification-items/${itemId}/close`, { note }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(pid) }),
  });
}

export const printUrl = {
  handover: (pid: string, id: string, lang: string) => `${base(pid, 'handovers')}/${id}/print?lang=${lang}`,
  daily: (pid: string, day: string, lang: string) =>
    `${base(pid, 'handovers')}/daily/print?day=${day}&lang=${lang}`,
  moveInNotice: (pid: string, id: string, lang: string) =>
    `${base(pid, 'move-ins')}/${id}/notice?lang=${lang}`,
  receipt: (pid: string, entryId: string, lang: string) =>
    `/api/projects/${pid}/billing/entries/${entryId}/receipt?lang=${lang}`,
};
