/** Overtime air-conditioning uses (BKG-2) over HTTP. Pure: the browser imports it. */
import { z } from '@hono/zod-openapi';
import { Fen } from './ledger.contract.ts';

export const OvertimeAcQuery = z.strictObject({
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .openapi({ example: '2026-11' }),
  unitId: z.uuid().optional(),
});
export const CancelOvertimeAcBody = z
  .strictObject({ reason: z.string().trim().min(1).max(200) })
  .openapi('CancelOvertimeAc');

export const OvertimeAc = z
  .object({
    useId: z.string(),
    unitId: z.string(),
    customerId: z.string(),
    feeCode: z.string(),
    feeItemId: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    useDay: z.string(),
    hours: z.number(),
    rateFen: Fen,
    amountFen: Fen,
    note: z.string(),
    recordedAt: z.string(),
    recordedBy: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    cancelReason: z.string().nullable(),
  })
  .openapi('OvertimeAcUse');
export type OvertimeAcDto = z.infer<typeof OvertimeAc>;

export const OvertimeAcListItemSchema = OvertimeAc.extend({
  unitCode: z.string(),
  customerName: z.string(),
  /** The bill the use is on (null while unbilled or cancelled). */
  billId: z.string().nullable(),
  billPeriod: z.string().nullable(),
}).openapi('OvertimeAcListItem');
export type OvertimeAcListItem = z.infer<typeof OvertimeAcListItemSchema>;
export const OvertimeAcList = z.array(OvertimeAcListItemSchema).openapi('OvertimeAcList');
