/**
 * Queries and writes of the setup tabs (FEE-1 meters, readings and fee items; FEE-5 prepaid
 * meters). Keys live under billingKeys.all(pid) so a reading, a price change or a top-up
 * refreshes the bills and balances of the other tabs too. Shapes are the routes' declared
 * answers (type-only imports of billing's contracts).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../app/api.ts';
import { billingKeys, type PayMethod } from './api.ts';
import type { MeterDto, MeterRow, ReadingDto } from '../../../server/modules/billing/meters.contract.ts';
import type {
  DefineFeeItem,
  FeeItemDto,
  FeeKind,
} from '../../../server/modules/billing/fee-items.contract.ts';
import type {
  LowBalanceNotice,
  PrepaidMeterRow,
  PrepaidStatus,
} from '../../../server/modules/billing/prepaid.contract.ts';

export type {
  DefineFeeItem,
  FeeItemDto,
  FeeKind,
  LowBalanceNotice,
  MeterDto,
  MeterRow,
  PrepaidMeterRow,
  PrepaidStatus,
  ReadingDto,
};
export type MeterKind = 'electricity' | 'water' | 'gas';

const base = (pid: string) => `/api/projects/${pid}/billing`;

export function useMeters(pid: string, buildingId: string | undefined) {
  return useQuery({
    queryKey: [...billingKeys.all(pid), 'meters', buildingId],
    queryFn: () => get<MeterRow[]>(`${base(pid)}/meters?buildingId=${buildingId}`),
    enabled: !!buildingId,
  });
}

export function useFeeItems(pid: string) {
  return useQuery({
    queryKey: [...billingKeys.all(pid), 'fee-items'],
    queryFn: () => get<FeeItemDto[]>(`${base(pid)}/fee-items`),
  });
}

export function usePrepaidMeters(pid: string) {
  return useQuery({
    queryKey: [...billingKeys.all(pid), 'prepaid-meters'],
    queryFn: () => get<PrepaidMeterRow[]>(`${base(pid)}/prepaid-meters`),
  });
}

export function useLowBalanceNotices(pid: string) {
  return useQuery({
    queryKey: [...billingKeys.all(pid), 'low-balance-notices'],
    queryFn: () => get<LowBalanceNotice[]>(`${base(pid)}/low-balance-notices`),
  });
}

export interface ReadingInput {
  readAt: string;
  valueCenti: number;
  replacement?: { oldFinalCenti: number; newStartCenti: number };
}

export interface PrepaidEntryInput {
  kind: 'top_up' | 'usage';
  amountFen: number;
  method?: PayMethod;
  receiptNo?: string;
}

/** Writes; each refreshes everything of the project's billing once it lands. */
export function useSetupWrites(pid: string) {
  const qc = useQueryClient();
  const done = <T>(p: Promise<T>) =>
    p.finally(() => void qc.invalidateQueries({ queryKey: billingKeys.all(pid) }));
  return {
    createMeter: (body: { code: string; kind: MeterKind; unitId?: string; buildingId?: string }) =>
      done(post<MeterDto>(`${base(pid)}/meters`, body)),
    recordReading: (meterId: string, body: ReadingInput) =>
      done(post<ReadingDto>(`${base(pid)}/meters/${meterId}/readings`, body)),
    defineFeeItem: (body: DefineFeeItem) => done(post<FeeItemDto>(`${base(pid)}/fee-items`, body)),
    createPrepaidMeter: (body: {
      meterNo: string;
      unitId: string;
      customerId: string;
      thresholdFen: number;
    }) => done(post<PrepaidStatus>(`${base(pid)}/prepaid-meters`, body)),
    recordPrepaidEntry: (prepaidMeterId: string, body: PrepaidEntryInput) =>
      done(post<PrepaidStatus>(`${base(pid)}/prepaid-meters/${prepaidMeterId}/entries`, body)),
  };
}
