/** What is owed: a customer's or unit's statement, the FEE-3 unpaid list and the FEE-6 books check, over HTTP. Pure: the browser imports it. */
import { z } from '@hono/zod-openapi';
import { Adjustment } from './adjustments.contract.ts';
import { Entry, Fen } from './ledger.contract.ts';

export const OpenBillSchema = z
  .object({
    billId: z.string(),
    unitId: z.string(),
    customerId: z.string(),
    period: z.string(),
    dueDate: z.string(),
    totalFen: Fen,
    outstandingFen: Fen,
    overdue: z.boolean(),
  })
  .openapi('OpenBill');
export type OpenBill = z.infer<typeof OpenBillSchema>;

export const OwedSchema = z
  .object({
    asOf: z.string(),
    /** Sum of the fee entries up to asOf: + owed, − credit held. */
    balanceFen: Fen,
    /** What must be settled before a move-out: the positive part of the balance. */
    owedFen: Fen,
    creditFen: Fen,
    /** Outstanding on bills whose due date has passed by asOf's local day. */
    overdueFen: Fen,
    bills: z.array(OpenBillSchema),
  })
  .openapi('Owed');
export type Owed = z.infer<typeof OwedSchema>;

export const StatementSchema = OwedSchema.extend({
  entries: z.array(Entry),
  adjustments: z.array(Adjustment),
}).openapi('Statement');
export type Statement = z.infer<typeof StatementSchema>;

export const UnpaidBillSchema = z
  .object({
    billId: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    company: z.string(),
    unitId: z.string(),
    unitCode: z.string(),
    period: z.string(),
    dueDate: z.string(),
    outstandingFen: Fen,
    secondNoticeAt: z.string().nullable(),
  })
  .openapi('UnpaidBill');
export type UnpaidBill = z.infer<typeof UnpaidBillSchema>;
export const UnpaidList = z
  .object({ dueDate: z.string(), totalFen: Fen, items: z.array(UnpaidBillSchema) })
  .openapi('UnpaidList');

export const BOOKS_RULES = [
  'bill_lines_total',
  'bill_entry',
  'bill_overpaid',
  'reversal_mismatch',
  'deposit_negative',
  'prepaid_pair',
] as const;
export const BooksReportSchema = z
  .object({
    ok: z.boolean(),
    problems: z.array(z.object({ rule: z.enum(BOOKS_RULES), id: z.string(), fen: Fen })),
    /** Sum of every fee entry: what all customers together owe (− = credit held). */
    feesBalanceFen: Fen,
    depositsHeldFen: Fen,
  })
  .openapi('BooksReport');
export type BooksReport = z.infer<typeof BooksReportSchema>;
