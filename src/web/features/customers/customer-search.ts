/**
 * Finding a customer to pick (a payer, a tenant moving out, a new owner): by name or company,
 * and by the number or its last 4+ digits for the roles that take calls (CUS-3: others search
 * by name only). The answer's phones are masked.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../app/api.ts';
import { useProject } from '../../app/project.tsx';
import type { CustomerDto } from '../../../server/modules/customers/contract.ts';

const PHONE_TEXT = /^[0-9+\- ]{4,}$/;

export function useCustomerSearch(pid: string, text: string) {
  const t = text.trim();
  const byPhone = useProject().can('customer.caller_id') && PHONE_TEXT.test(t);
  return useQuery({
    queryKey: ['customers', pid, 'search', byPhone, t],
    queryFn: () =>
      get<CustomerDto[]>(
        `/api/projects/${pid}/customers?${byPhone ? `phone=${encodeURIComponent(t)}` : `q=${encodeURIComponent(t)}`}`,
      ),
    enabled: t.length >= 1,
    placeholderData: keepPreviousData,
  });
}
