/** The move-out and transfer API as the page uses it: the types of the occupancy contract, queries and step writes. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../app/api.ts';
import type {
  EndingLease,
  MoveOutDto,
  MoveOutOwed,
  OwedSummary,
  TransferDto,
} from '../../../server/modules/occupancy/exit/contract.ts';
import type { UnitMeter as MeterDto } from '../../../server/modules/occupancy/contract.ts';
import { useCustomerSearch } from '../customers/customer-search.ts';

/** A customer as the customers feature's search answers it (the customers module's contract). */
export type CustomerDto = NonNullable<ReturnType<typeof useCustomerSearch>['data']>[number];
export type { MoveOutDto, TransferDto, OwedSummary, EndingLease, MeterDto };
export type Owed = MoveOutOwed;

const root = (pid: string) => `/api/projects/${pid}`;
export const moveOutKey = (pid: string) => ['moveout', pid] as const;

export function useMoveOuts(pid: string, view: 'open' | 'deposits' | 'all') {
  return useQuery({
    queryKey: [...moveOutKey(pid), 'list', view],
    queryFn: () => get<MoveOutDto[]>(`${root(pid)}/move-outs?view=${view}`),
  });
}
export function useMoveOut(pid: string, id: string | null) {
  return useQuery({
    queryKey: [...moveOutKey(pid), 'one', id],
    queryFn: () => get<MoveOutDto>(`${root(pid)}/move-outs/${id}`),
    enabled: !!id,
  });
}
export function useMoveOutOwed(pid: string, id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...moveOutKey(pid), 'owed', id],
    queryFn: () => get<Owed>(`${root(pid)}/move-outs/${id}/owed`),
    enabled,
  });
}
export function useUnitMeters(pid: string, unitId: string) {
  return useQuery({
    queryKey: [...moveOutKey(pid), 'meters', unitId],
    queryFn: () => get<MeterDto[]>(`${root(pid)}/occupancy-meters?unitId=${unitId}`),
  });
}
export function useLeasesEnding(pid: string) {
  return useQuery({
    queryKey: [...moveOutKey(pid), 'leases'],
    queryFn: () => get<EndingLease[]>(`${root(pid)}/leases-ending`),
  });
}
export function useTransfers(pid: string) {
  return useQuery({
    queryKey: [...moveOutKey(pid), 'transfers'],
    queryFn: () => get<TransferDto[]>(`${root(pid)}/transfers?view=all`),
  });
}
export function useTransfer(pid: string, id: string | null) {
  return useQuery({
    queryKey: [...moveOutKey(pid), 'transfer', id],
    queryFn: () => get<TransferDto>(`${root(pid)}/transfers/${id}`),
    enabled: !!id,
  });
}
export { useCustomerSearch };

/** One POST of a workflow; every move-out/transfer query of the project is refreshed after it (success or refusal). */
export function useStep<T>(pid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) => post<T>(`${root(pid)}/${path}`, body),
    onSettled: () => qc.invalidateQueries({ queryKey: moveOutKey(pid) }),
  });
}

export const formUrl = (pid: string, kind: 'move-outs' | 'transfers', id: string) =>
  `${root(pid)}/${kind}/${id}/form`;
