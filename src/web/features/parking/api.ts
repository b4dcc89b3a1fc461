/**
 * The parking cashier's calls (PRK-1..4): the register on a day, the prices in effect, the
 * renter lookup, the visitor-fee calculator, and the writes (rent, issue and return a card).
 * Every key starts with ['parking', projectId] so one write refreshes the whole screen.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../app/api.ts';
import type { Customer } from '../tickets/types.ts';
// The shapes are the routes' declared answers (type-only imports of parking's contract).
import type {
  CardDto,
  ParkingTerms,
  RegisterRow,
  RentalDto,
  TemporaryFee,
} from '../../../server/modules/parking/contract.ts';
import type { PayMethod } from '../../../server/modules/billing/ledger.contract.ts';

export type { RegisterRow, ParkingTerms, TemporaryFee, CardDto };

export { PAY_METHODS } from '../billing/api.ts';

const base = (pid: string) => `/api/projects/${pid}/parking`;

export const parkingKeys = {
  all: (pid: string) => ['parking', pid] as const,
  register: (pid: string, day: string | null) => ['parking', pid, 'register', day ?? 'today'] as const,
  terms: (pid: string) => ['parking', pid, 'terms'] as const,
  renters: (pid: string, q: string) => ['parking', pid, 'renters', q] as const,
};

/** `day` null = the project's today (the server decides, in the project's zone). */
export function useRegister(pid: string, day: string | null) {
  return useQuery({
    queryKey: parkingKeys.register(pid, day),
    queryFn: () =>
      get<{ day: string; rows: RegisterRow[] }>(`${base(pid)}/register${day ? `?day=${day}` : ''}`),
    placeholderData: keepPreviousData,
  });
}

export function useParkingTerms(pid: string) {
  return useQuery({
    queryKey: parkingKeys.terms(pid),
    queryFn: () => get<ParkingTerms>(`${base(pid)}/terms`),
    staleTime: 5 * 60_000,
  });
}

/** Owners and tenants matching the typed text; nothing is asked for an empty box. */
export function useRenters(pid: string, q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: parkingKeys.renters(pid, text),
    queryFn: () => get<Customer[]>(`${base(pid)}/renters?q=${encodeURIComponent(text)}`),
    enabled: text.length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

export type TemporaryFeeResult = TemporaryFee & { tariff: ParkingTerms['tariff'] };

/** A calculation, not a write: a mutation only because the server takes the stay as a POST body. */
export function useTemporaryFee(pid: string) {
  return useMutation({
    mutationFn: (stay: { entryAt: string; exitAt: string }) =>
      post<TemporaryFeeResult>(`${base(pid)}/temporary-fee`, stay),
  });
}

export interface RentalInput {
  customerId: string;
  unitId: string;
  spaceId?: string;
  plate: string;
  carModel: string;
  /** Left out: the renter's archived number is kept (the form shows it masked, CUS-3). */
  phone?: string;
  licenceChecked: boolean;
  startDay: string;
  endDay: string;
}

export interface MoneyMovement {
  method: PayMethod;
  receiptNo: string;
}

/** Writes; each refreshes the register once the server has answered. */
export function useParkingWrites(pid: string) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: parkingKeys.all(pid) });
  return {
    async rent(input: RentalInput): Promise<RentalDto> {
      const r = await post<RentalDto>(`${base(pid)}/rentals`, input);
      await refresh();
      return r;
    },
    async issueCard(rentalId: string, input: MoneyMovement & { cardNo: string }): Promise<CardDto> {
      const c = await post<CardDto>(`${base(pid)}/rentals/${rentalId}/card`, input);
      await refresh();
      return c;
    },
    async returnCard(cardId: string, input: MoneyMovement): Promise<CardDto> {
      const c = await post<CardDto>(`${base(pid)}/cards/${cardId}/return`, input);
      await refresh();
      return c;
    },
  };
}

const dayQuery = (day: string | null, lang: string) =>
  new URLSearchParams({ ...(day ? { day } : {}), lang }).toString();

/** The Excel sheet of the register, in the screen language. */
export const registerXlsxUrl = (pid: string, day: string | null, lang: string) =>
  `${base(pid)}/register.xlsx?${dayQuery(day, lang)}`;

/** The A4 print page of the register, in the screen language. */
export const registerPrintUrl = (pid: string, day: string | null, lang: string) =>
  `${base(pid)}/register/print?${dayQuery(day, lang)}`;
