/** Money taken and paid back (payments, prepayments, refunds) over HTTP. Pure: the browser imports it. */
import { z } from '@hono/zod-openapi';
import { singleLineText } from '../../platform/http/text-fields.ts';
import { Entry, Fen, PAY_METHODS } from './ledger.contract.ts';

export const Receipt = singleLineText(40);
export const Method = z.enum(PAY_METHODS);

export const PaymentBody = z
  .strictObject({
    billId: z.uuid(),
    customerId: z.uuid(),
    amountFen: Fen,
    method: Method,
    receiptNo: Receipt,
    note: z.string().max(200).optional(),
  })
  .openapi('Payment');
export type PaymentInput = z.infer<typeof PaymentBody>;
export const PrepaymentBody = z
  .strictObject({
    customerId: z.uuid(),
    unitId: z.uuid(),
    amountFen: Fen,
    method: Method,
    receiptNo: Receipt,
    note: z.string().max(200).optional(),
  })
  .openapi('Prepayment');
export type PrepaymentInput = z.infer<typeof PrepaymentBody>;
export const RefundBody = z
  .strictObject({
    customerId: z.uuid(),
    unitId: z.uuid(),
    amountFen: Fen,
    method: Method,
    receiptNo: Receipt,
    note: z.string().trim().min(1).max(200),
  })
  .openapi('Refund');

export const PaymentResultSchema = z.object({ entry: Entry, outstandingFen: Fen }).openapi('PaymentResult');
export type PaymentResult = z.infer<typeof PaymentResultSchema>;

export const ReceiptQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });
