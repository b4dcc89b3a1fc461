/** Reversals and deductions asked for by one person and decided by another (FEE-6/ORG-2) over HTTP. Pure: the browser imports it. */
import { z } from '@hono/zod-openapi';
import { Fen } from './ledger.contract.ts';

export const ADJUSTMENT_KINDS = ['reversal', 'deduction'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];
export const ADJUSTMENT_STATES = ['pending', 'approved', 'rejected'] as const;
export type AdjustmentState = (typeof ADJUSTMENT_STATES)[number];

const Person = z.object({ userId: z.string(), name: z.string() });

export const Adjustment = z
  .object({
    adjustmentId: z.string(),
    kind: z.enum(ADJUSTMENT_KINDS),
    state: z.enum(ADJUSTMENT_STATES),
    customerId: z.string(),
    customerName: z.string(),
    unitId: z.string().nullable(),
    unitCode: z.string().nullable(),
    billId: z.string().nullable(),
    period: z.string().nullable(),
    /** Reversal: the entry it cancels, its kind and receipt number. */
    entryId: z.string().nullable(),
    entryKind: z.string().nullable(),
    receiptNo: z.string().nullable(),
    depositId: z.string().nullable(),
    amountFen: Fen,
    reason: z.string(),
    requestedBy: Person.nullable(),
    requestedAt: z.string(),
    decidedBy: Person.nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    /** The ledger entry booked on approval. */
    resultEntryId: z.string().nullable(),
  })
  .openapi('LedgerAdjustment');
export type AdjustmentDto = z.infer<typeof Adjustment>;
export const AdjustmentList = z.array(Adjustment).openapi('LedgerAdjustmentList');

export const DeductionBody = z
  .strictObject({
    billId: z.uuid(),
    amountFen: Fen,
    reason: z.string().max(200),
    depositId: z.uuid().optional(),
  })
  .openapi('Deduction');
export const ReverseBody = z.strictObject({ reason: z.string().max(200) });
export const AdjustmentsQuery = z.strictObject({
  state: z.enum(ADJUSTMENT_STATES).optional(),
  billId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  unitId: z.uuid().optional(),
});
export const ApproveBody = z
  .strictObject({ note: z.string().max(200).optional() })
  .openapi('AdjustmentApproval');
export const RejectBody = z.strictObject({ reason: z.string().max(200) }).openapi('AdjustmentRejection');
