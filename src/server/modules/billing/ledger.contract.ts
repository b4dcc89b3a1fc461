/**
 * The ledger as the HTTP API shows it: money is integer fen, entries are never edited. Pure
 * (zod and types only): the browser imports it, and every route of billing names its
 * answers with these schemas.
 */
import { z } from '@hono/zod-openapi';

export const ENTRY_KINDS = [
  'bill',
  'payment',
  'refund',
  'deduction',
  'prepayment',
  'reversal',
  'deposit_in',
  'deposit_out',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const PAY_METHODS = ['cash', 'transfer', 'card'] as const;
export type PayMethod = (typeof PAY_METHODS)[number];
export type Book = 'fees' | 'deposits';

export const Fen = z.number().int().openapi({ description: 'integer fen (1 元 = 100)' });

export const Entry = z
  .object({
    entryId: z.string(),
    book: z.enum(['fees', 'deposits']),
    kind: z.enum(ENTRY_KINDS),
    amountFen: Fen,
    customerId: z.string(),
    unitId: z.string().nullable(),
    billId: z.string().nullable(),
    depositId: z.string().nullable(),
    reversalOf: z.string().nullable(),
    receiptNo: z.string().nullable(),
    method: z.string().nullable(),
    note: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
  })
  .openapi('LedgerEntry');
export type EntryDto = z.infer<typeof Entry>;
