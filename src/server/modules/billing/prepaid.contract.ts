/** Prepaid electricity meters and their low-balance notices (FEE-5) over HTTP. Pure: the browser imports it. */
import { z } from '@hono/zod-openapi';
import { singleLineText } from '../../platform/http/text-fields.ts';
import { Fen, PAY_METHODS } from './ledger.contract.ts';

export const CreatePrepaidMeterBody = z
  .strictObject({
    meterNo: singleLineText(40),
    unitId: z.uuid(),
    customerId: z.uuid(),
    thresholdFen: z.number().int().min(0),
  })
  .openapi('CreatePrepaidMeter');
export const PrepaidEntryBody = z
  .strictObject({
    kind: z.enum(['top_up', 'usage']),
    amountFen: z.number().int().positive(),
    method: z.enum(PAY_METHODS).optional(),
    receiptNo: singleLineText(40).optional(),
  })
  .openapi('PrepaidEntry');

export const PrepaidStatusSchema = z
  .object({
    prepaidMeterId: z.string(),
    meterNo: z.string(),
    balanceFen: Fen,
    thresholdFen: Fen,
    low: z.boolean(),
    noticeCreated: z.boolean(),
  })
  .openapi('PrepaidStatus');
export type PrepaidStatus = z.infer<typeof PrepaidStatusSchema>;

export const PrepaidMeterRowSchema = z
  .object({
    prepaidMeterId: z.string(),
    meterNo: z.string(),
    unitId: z.string(),
    unitCode: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    balanceFen: Fen,
    thresholdFen: Fen,
    low: z.boolean(),
  })
  .openapi('PrepaidMeterRow');
export type PrepaidMeterRow = z.infer<typeof PrepaidMeterRowSchema>;
export const PrepaidMeterList = z.array(PrepaidMeterRowSchema).openapi('PrepaidMeterList');

export const LowBalanceNoticeSchema = z
  .object({
    noticeId: z.string(),
    meterNo: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    unitId: z.string(),
    unitCode: z.string(),
    balanceFen: Fen,
    thresholdFen: Fen,
    createdAt: z.string(),
  })
  .openapi('LowBalanceNotice');
export type LowBalanceNotice = z.infer<typeof LowBalanceNoticeSchema>;
export const LowBalanceNoticeList = z.array(LowBalanceNoticeSchema).openapi('LowBalanceNoticeList');
