/**
 * The front desk's calls: caller-ID lookup (TKT-1), the greeting and standard phrases
 * (PHR-1, TKT-7), the taboo-phrase check, customer creation and the intake itself.
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get, post } from '../../app/api.ts';
import type { Customer, Phrases, TabooHit, Ticket } from '../tickets/types.ts';
import type { IntakeInput } from '../../../server/modules/tickets/contract.ts';
import type { CreateCustomerBody } from '../../../server/modules/customers/contract.ts';
import type { z } from '@hono/zod-openapi';

const base = (pid: string) => `/api/projects/${pid}`;

/** Digits of a typed number; the lookup starts at 4 (the tail of a number is enough). */
export const phoneDigits = (phone: string) => phone.replace(/\D/g, '');

/** Customers whose phone is (or ends with) the number typed, phones masked; only for the roles that take calls. */
export function useCallerLookup(pid: string, phone: string, allowed: boolean) {
  const digits = phoneDigits(phone);
  return useQuery({
    queryKey: ['customers', pid, 'phone', digits],
    queryFn: () => get<Customer[]>(`${base(pid)}/customers?phone=${encodeURIComponent(digits)}`),
    enabled: allowed && digits.length >= 4,
    staleTime: 60_000,
  });
}

export function usePhrases(pid: string) {
  return useQuery({
    queryKey: ['desk', pid, 'phrases'],
    queryFn: () => get<Phrases>(`${base(pid)}/desk/phrases`),
    staleTime: 10 * 60_000,
  });
}

/** Taboo phrases in what is being typed (PHR-1); nothing is sent for empty text. */
export function useTabooCheck(pid: string, text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: ['desk', pid, 'taboo', trimmed],
    queryFn: () => post<TabooHit[]>(`${base(pid)}/desk/check-reply`, { text: trimmed.slice(0, 4000) }),
    enabled: trimmed.length > 0,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** The request body of an intake as the form sends it (defaults filled by the server). */
export type IntakeBody = Omit<IntakeInput, 'channel' | 'company' | 'written'> &
  Partial<Pick<IntakeInput, 'channel' | 'company' | 'written'>>;
export type NewCustomer = Omit<z.input<typeof CreateCustomerBody>, 'kind'> & { kind: 'person' | 'company' };

export function useDeskWrites(pid: string) {
  const qc = useQueryClient();
  return {
    /** One Idempotency-Key per opened form: a double submit (or a retry after a timeout) makes one ticket. */
    async intake(body: IntakeBody, idempotencyKey: string): Promise<Ticket> {
      const t = await api<Ticket>('POST', `${base(pid)}/tickets`, body, {
        headers: { 'idempotency-key': idempotencyKey },
      });
      await qc.invalidateQueries({ queryKey: ['tickets', pid] });
      return t;
    },
    async createCustomer(body: NewCustomer): Promise<Customer> {
      const c = await post<Customer>(`${base(pid)}/customers`, body);
      await qc.invalidateQueries({ queryKey: ['customers', pid] });
      return c;
    },
  };
}
