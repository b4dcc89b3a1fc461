/**
 * Queries and writes of the cashier's screens. Every key starts with ['billing', projectId],
 * so one invalidation after a payment or a bill run refreshes every list and balance.
 * Shapes are the routes' declared answers (type-only imports of billing's contracts).
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../app/api.ts';
import type { BillDto, BillRow, GenerateResult } from '../../../server/modules/billing/bills.contract.ts';
import type { Owed, Statement, UnpaidBill } from '../../../server/modules/billing/statement.contract.ts';
import type { EntryDto, PayMethod } from '../../../server/modules/billing/ledger.contract.ts';
import type { AdjustmentDto, AdjustmentState } from '../../../server/modules/billing/adjustments.contract.ts';
import type { AccountRow } from '../../../server/modules/billing/accounts.contract.ts';
import type { DepositRow } from '../../../server/modules/billing/deposits.contract.ts';
// The bodies the cashier sends are the server's own inputs.
import type { PaymentInput, PrepaymentInput } from '../../../server/modules/billing/payments.contract.ts';
import type { useCustomerSearch } from '../customers/customer-search.ts';

/** A customer as the search finds them (the customers module's answer). */
export type CustomerDto = NonNullable<ReturnType<typeof useCustomerSearch>['data']>[number];
export type {
  AccountRow,
  AdjustmentDto,
  AdjustmentState,
  BillDto,
  BillRow,
  DepositRow,
  EntryDto,
  GenerateResult,
  Owed,
  PayMethod,
  Statement,
  UnpaidBill,
};
export type BillStatus = 'open' | 'paid';

export const PAY_METHODS: PayMethod[] = ['cash', 'transfer', 'card'];

export const billingKeys = {
  all: (pid: string) => ['billing', pid] as const,
};

const base = (pid: string) => `/api/projects/${pid}/billing`;

export interface BillFilter {
  period?: string;
  dueDate?: string;
  buildingId?: string;
  status?: BillStatus;
  q?: string;
}

function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  return q.toString();
}

export function useBills(pid: string, f: BillFilter) {
  const qs = query({
    period: f.period,
    dueDate: f.dueDate,
    buildingId: f.buildingId,
    status: f.status,
    q: f.q,
  });
  return useQuery({
    queryKey: [...billingKeys.all(pid), 'bills', qs],
    queryFn: () => get<{ rows: BillRow[]; truncated: boolean }>(`${base(pid)}/bills?${qs}`),
    placeholderData: keepPreviousData,
  });
}

export function useBill(pid: string, billId: string | null) {
  return useQuery({
    queryKey: [...billingKeys.all(pid), 'bill', billId],
    queryFn: () => get<BillDto>(`${base(pid)}/bills/${billId}`),
    enabled: !!billId,
  });
}

export function useStatement(pid: string, customerId: string | null, asOf: string | undefined) {
  const qs = query({ customerId: customerId ?? undefined, asOf });
  return useQuery({
    queryKey: [...billingKeys.all(pid), 'statement', qs],
    queryFn: () => get<Statement>(`${base(pid)}/statement?${qs}`),
    enabled: !!customerId,
    placeholderData: keepPreviousData,
  });
}

export function useAccounts(pid: string, customerId: string | null) {
  return useQuery({
    queryKey: [...billingKeys.all(pid), 'accounts', customerId],
    queryFn: () => get<AccountRow[]>(`${base(pid)}/accounts?customerId=${customerId}`),
    enabled: !!customerId,
  });
}

export function useDeposits(pid: string, customerId: string | null) {
  return useQuery({
    queryKey: [...billingKeys.all(pid), 'deposits', customerId],
    queryFn: () => get<DepositRow[]>(`${base(pid)}/deposits?customerId=${customerId}`),
    enabled: !!customerId,
  });
}

/** The unpaid bills of a due date as they are now (the FEE-3 list; the bell's reminders show these figures too). */
export function useUnpaid(pid: string, dueDate: string, enabled = true) {
  return useQuery({
    queryKey: [...billingKeys.all(pid), 'unpaid', dueDate],
    queryFn: () =>
      get<{ dueDate: string; totalFen: number; items: UnpaidBill[] }>(
        `${base(pid)}/unpaid?dueDate=${dueDate}`,
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Reversal and deduction requests (FEE-6/ORG-2): pending ones first. */
export function useAdjustments(pid: string, state?: AdjustmentState) {
  const qs = query({ state });
  return useQuery({
    queryKey: [...billingKeys.all(pid), 'adjustments', qs],
    queryFn: () => get<AdjustmentDto[]>(`${base(pid)}/adjustments?${qs}`),
    placeholderData: keepPreviousData,
  });
}

export { useCustomerSearch } from '../customers/customer-search.ts';

/** Writes; each refreshes everything of the project's billing once it lands. */
export function useBillingWrites(pid: string) {
  const qc = useQueryClient();
  const done = <T>(p: Promise<T>) =>
    p.finally(() => void qc.invalidateQueries({ queryKey: billingKeys.all(pid) }));
  return {
    runBills: (body: { period: string; buildingId?: string; dueDate?: string }) =>
      done(post<GenerateResult>(`${base(pid)}/bill-runs`, body)),
    pay: (body: PaymentInput) =>
      done(post<{ entry: EntryDto; outstandingFen: number }>(`${base(pid)}/payments`, body)),
    prepay: (body: PrepaymentInput) => done(post<EntryDto>(`${base(pid)}/prepayments`, body)),
    takeDeposit: (
      body: Omit<PrepaymentInput, 'unitId' | 'note'> & { unitId: string | null; kind: DepositRow['kind'] },
    ) => done(post<{ depositId: string; entry: EntryDto }>(`${base(pid)}/deposits`, body)),
    refundDeposit: (
      depositId: string,
      body: { amountFen: number; method: PayMethod; receiptNo: string; note: string },
    ) => done(post<EntryDto>(`${base(pid)}/deposits/${depositId}/refund`, body)),
    // A reversal or deduction is only asked for here; a second person decides (FEE-6/ORG-2).
    requestReversal: (entryId: string, reason: string) =>
      done(post<AdjustmentDto>(`${base(pid)}/entries/${entryId}/reverse`, { reason })),
    requestDeduction: (billId: string, amountFen: number, reason: string) =>
      done(post<AdjustmentDto>(`${base(pid)}/deductions`, { billId, amountFen, reason })),
    approve: (adjustmentId: string, note?: string) =>
      done(post<AdjustmentDto>(`${base(pid)}/adjustments/${adjustmentId}/approve`, note ? { note } : {})),
    reject: (adjustmentId: string, reason: string) =>
      done(post<AdjustmentDto>(`${base(pid)}/adjustments/${adjustmentId}/reject`, { reason })),
  };
}

/** The printable pages open in a new tab; the browser's own print dialog does the rest. */
export const printUrls = {
  bills: (pid: string, f: BillFilter & { billId?: string; reminder?: '1' }, lang: string) =>
    `${base(pid)}/bill-sheets?${query({ period: f.period, dueDate: f.dueDate, buildingId: f.buildingId, status: f.status, q: f.q, billId: f.billId, reminder: f.reminder, lang })}`,
  receipt: (pid: string, entryId: string, lang: string) =>
    `${base(pid)}/entries/${entryId}/receipt?lang=${lang}`,
};
