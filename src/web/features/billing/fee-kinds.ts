/**
 * What a fee item of each kind is priced by (FEE-1; the server's fee-items.ts NEEDS says
 * which of these it requires). The form shows exactly these inputs for the chosen kind.
 */
import type { FeeKind } from './setup-api.ts';

export type PriceInput = 'areaBasis' | 'rate' | 'meterKind' | 'amount' | 'depositKind' | 'tariff';

/** A Record, so a kind added on the server fails the type-check here until it has its inputs. */
export const KIND_INPUTS: Record<FeeKind, PriceInput[]> = {
  area: ['rate', 'areaBasis'],
  metered: ['meterKind', 'rate', 'areaBasis'],
  fixed: ['amount'],
  parking_monthly: ['amount'],
  parking_temporary: ['tariff'],
  service: ['amount'],
  deposit: ['depositKind', 'amount'],
  hourly: ['amount'],
};

export const FEE_KINDS = Object.keys(KIND_INPUTS) as FeeKind[];

export const DEPOSIT_KINDS = ['management', 'renovation', 'ic_card'] as const;
