/** Deposits (management fee, renovation, IC card) over HTTP. Pure: the browser imports it. */
import { z } from '@hono/zod-openapi';
import { Entry, Fen } from './ledger.contract.ts';
import { Method, Receipt } from './payments.contract.ts';

export const DEPOSIT_KINDS = ['management', 'renovation', 'ic_card'] as const;
export type DepositKind = (typeof DEPOSIT_KINDS)[number];

export const DepositBody = z
  .strictObject({
    customerId: z.uuid(),
    unitId: z.uuid().nullable().default(null),
    kind: z.enum(DEPOSIT_KINDS),
    amountFen: Fen,
    method: Method,
    receiptNo: Receipt,
  })
  .openapi('Deposit');
export const DepositRefundBody = z
  .strictObject({ amountFen: Fen, method: Method, receiptNo: Receipt, note: z.string().max(200).default('') })
  .openapi('DepositRefund');
export const DepositsQuery = z.strictObject({ customerId: z.uuid() });

export const DepositTaken = z.object({ depositId: z.string(), entry: Entry }).openapi('DepositTaken');
export const DepositRowSchema = z
  .object({
    depositId: z.string(),
    kind: z.enum(DEPOSIT_KINDS),
    unitId: z.string().nullable(),
    createdAt: z.string(),
    heldFen: Fen,
  })
  .openapi('DepositRow');
export type DepositRow = z.infer<typeof DepositRowSchema>;
export const DepositList = z.array(DepositRowSchema).openapi('DepositList');
