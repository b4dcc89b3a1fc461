/** Bills (FEE-1/FEE-2) and the month's bill run over HTTP. Pure: the browser imports it. */
import { z } from '@hono/zod-openapi';
import { Adjustment } from './adjustments.contract.ts';
import { Entry, Fen } from './ledger.contract.ts';

export const BillRowSchema = z
  .object({
    billId: z.string(),
    unitId: z.string(),
    unitCode: z.string(),
    buildingId: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    period: z.string(),
    dueDate: z.string(),
    totalFen: Fen,
    outstandingFen: Fen,
  })
  .openapi('BillRow');
export type BillRow = z.infer<typeof BillRowSchema>;
export const BillList = z
  .object({ rows: z.array(BillRowSchema), truncated: z.boolean() })
  .openapi('BillList');

export const Bill = z
  .object({
    billId: z.string(),
    unitId: z.string(),
    unitCode: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    period: z.string(),
    dueDate: z.string(),
    totalFen: Fen,
    outstandingFen: Fen,
    issuedAt: z.string(),
    lines: z.array(
      z.object({
        lineNo: z.number(),
        feeCode: z.string(),
        description: z.string(),
        quantity: z.string(),
        amountFen: Fen,
      }),
    ),
    entries: z.array(Entry),
    /** Reversals and deductions asked for on this bill, pending ones first (FEE-6/ORG-2): a pending one changes nothing above. */
    adjustments: z.array(Adjustment),
  })
  .openapi('Bill');
export type BillDto = z.infer<typeof Bill>;

export const GenerateResultSchema = z
  .object({
    period: z.string(),
    dueDate: z.string(),
    buildings: z.number(),
    billsCreated: z.number(),
    billsExisting: z.number(),
    createdTotalFen: Fen,
  })
  .openapi('BillRunResult');
export type GenerateResult = z.infer<typeof GenerateResultSchema>;
