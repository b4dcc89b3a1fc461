/**
 * The answers of move-out (MVO-1..7) and transfer of ownership (TRF-1..2). Pure zod: the
 * browser imports it, the routes declare it, and under test every answer is checked against
 * it. Their request bodies are bounded by the server's clock (date windows) and use other
 * modules' fields, so they stay server-side in move-out/schema.ts and transfer/schema.ts.
 */
import { z } from '@hono/zod-openapi';
import { ClosedSchema, SignatureRecordSchema } from '../contract.ts';
import { FIXTURE_CONDITIONS } from './rules.ts';

/** A meter read by a workflow step, with what it used since the reading before. */
const StepReadingSchema = z.object({
  meterId: z.string(),
  code: z.string(),
  kind: z.string(),
  valueCenti: z.number(),
  previousCenti: z.number(),
  consumptionCenti: z.number(),
  readAt: z.string(),
});

/** MVO-3: the joint inspection as the move-out keeps it. */
const InspectionRecordSchema = z.object({
  fixtures: z.array(z.object({ name: z.string(), quantity: z.number(), condition: z.string() })),
  /** The fixtures found against the move-in inventory. */
  findings: z.array(
    z.object({
      name: z.string(),
      expected: z.number().nullable(),
      found: z.number(),
      condition: z.enum(FIXTURE_CONDITIONS),
      problem: z.enum(['short', 'worse']).nullable(),
    }),
  ),
  readings: z.array(StepReadingSchema),
  engineerName: z.string(),
  restorationNote: z.string(),
  /** Whether a move-in inventory was on record to compare with. */
  comparedWithMoveIn: z.boolean(),
});
export type InspectionRecord = z.infer<typeof InspectionRecordSchema>;

/** MVO-5: what the tenant returned. */
const ReturnedRecordSchema = z.object({
  keys: z.number(),
  accessCards: z.number(),
  documents: z.string(),
  note: z.string(),
});
export type ReturnedRecord = z.infer<typeof ReturnedRecordSchema>;

export const MoveOutSchema = z
  .object({
    moveOutId: z.string(),
    unitId: z.string(),
    unitCode: z.string(),
    customerId: z.string(),
    customerName: z.string(),
    state: z.string(),
    nextStep: z.string().nullable(),
    version: z.number(),
    residential: z.boolean(),
    notice: z.object({
      at: z.string(),
      moveDay: z.string(),
      contactName: z.string(),
      contactPhone: z.string(),
      forwardingAddress: z.string(),
      leaseEnd: z.string().nullable(),
    }),
    owner: z.object({
      customerId: z.string().nullable(),
      name: z.string().nullable(),
      agreed: z.boolean().nullable(),
      answeredAt: z.string().nullable(),
      itemsToStay: z.array(z.object({ name: z.string(), quantity: z.number() })),
    }),
    inspection: InspectionRecordSchema.extend({
      at: z.string(),
      restorationRequired: z.boolean(),
      passedAt: z.string().nullable(),
    }).nullable(),
    cleared: z
      .object({ at: z.string(), elevatorFrom: z.string().nullable(), elevatorTo: z.string().nullable() })
      .nullable(),
    returned: ReturnedRecordSchema.extend({ at: z.string() }).nullable(),
    completion: z
      .object({ at: z.string(), billingEndDay: z.string().nullable(), archiveSealed: z.boolean() })
      .nullable(),
    deposit: z.object({
      dueAt: z.string().nullable(),
      dueOn: z.string().nullable(),
      refundedAt: z.string().nullable(),
      refundedFen: z.number().nullable(),
      status: z.enum(['not_due_yet', 'due', 'overdue', 'refunded']),
    }),
    cancelled: ClosedSchema.nullable(),
    signatures: z.array(SignatureRecordSchema),
    createdAt: z.string(),
  })
  .openapi('MoveOut');
export type MoveOutDto = z.infer<typeof MoveOutSchema>;

export const TransferSchema = z
  .object({
    transferId: z.string(),
    unitId: z.string(),
    unitCode: z.string(),
    oldOwnerId: z.string(),
    oldOwnerName: z.string(),
    newOwnerId: z.string().nullable(),
    newOwnerName: z.string().nullable(),
    state: z.string(),
    nextStep: z.string().nullable(),
    version: z.number(),
    handoverDay: z.string(),
    certificate: z.object({ no: z.string(), documentId: z.string(), at: z.string() }).nullable(),
    settlement: z.object({ at: z.string(), readings: z.array(StepReadingSchema) }).nullable(),
    ownerRecordedAt: z.string().nullable(),
    prepay: z.object({ requiredFen: z.number(), prepaidFen: z.number(), at: z.string() }).nullable(),
    completion: z.object({ at: z.string(), rosterEntryId: z.string().nullable() }).nullable(),
    cancelled: ClosedSchema.nullable(),
    signatures: z.array(SignatureRecordSchema),
    createdAt: z.string(),
  })
  .openapi('Transfer');
export type TransferDto = z.infer<typeof TransferSchema>;

/** MVO-4: what the customer owes now, bill by bill. */
export const OwedSummarySchema = z.object({
  owedFen: z.number(),
  bills: z.array(
    z.object({
      billId: z.string(),
      unitId: z.string(),
      period: z.string(),
      dueDate: z.string(),
      outstandingFen: z.number(),
      overdue: z.boolean(),
    }),
  ),
});
export type OwedSummary = z.infer<typeof OwedSummarySchema>;
/** The same, with the codes of the units the bills are on. */
export const MoveOutOwedSchema = OwedSummarySchema.extend({
  unitCodes: z.record(z.string(), z.string()),
}).openapi('MoveOutOwed');
export type MoveOutOwed = z.infer<typeof MoveOutOwedSchema>;

/** MVO-1: a tenant's lease ending within a month, with its reminder and any open move-out. */
export const EndingLeaseSchema = z
  .object({
    customerId: z.string(),
    customerName: z.string(),
    unitId: z.string(),
    unitCode: z.string(),
    leaseEnd: z.string(),
    remindedAt: z.string().nullable(),
    moveOutId: z.string().nullable(),
  })
  .openapi('EndingLease');
export type EndingLease = z.infer<typeof EndingLeaseSchema>;
