/**
 * The HTTP contract of the handover (HND-1..5): the answers of every route, and the bodies
 * built from pure fields. Pure zod: the browser imports it, the routes declare it, and under
 * test every answer is checked against it. The bodies of the roster, archive and fees steps
 * use customers' and billing's fields, so they stay with their use case until those modules'
 * contracts publish them.
 */
import { z } from '@hono/zod-openapi';
import { singleLineText } from '../../../platform/http/text-fields.ts';
import { SignatureBody } from '../../../platform/signatures/signatures.contract.ts';
import { ClosedSchema, SignatureRecordSchema, stepList, unitRef } from '../contract.ts';
import { DECLINE_REASONS, HANDOVER_STEPS } from './rules.ts';

export const StartHandoverBody = z.strictObject({ unitId: z.uuid() }).openapi('HandoverStart');
export const DeclineBody = z
  .strictObject({ reason: z.enum(DECLINE_REASONS), note: z.string().trim().max(300).default('') })
  .openapi('HandoverDecline');

export const RectificationItemSchema = z
  .object({
    itemId: z.string(),
    handoverId: z.string(),
    unitId: z.string(),
    unitCode: z.string(),
    seq: z.number(),
    description: z.string(),
    location: z.string(),
    state: z.enum(['open', 'closed']),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
    closedByName: z.string().nullable(),
    closeNote: z.string(),
  })
  .openapi('RectificationItem');
export type RectificationItemDto = z.infer<typeof RectificationItemSchema>;

/** The key kept with the owner's consent for the rectification work (HND-4), as the key register holds it. */
const KeptKeySchema = z.object({
  keyId: z.string(),
  number: z.string(),
  cabinetSlot: z.string(),
  state: z.string(),
});

export const HandoverSchema = z
  .object({
    handoverId: z.string(),
    ...unitRef,
    buildingAreaCentiM2: z.number(),
    state: z.string(),
    step: z.enum(HANDOVER_STEPS).nullable(),
    steps: stepList(HANDOVER_STEPS),
    startedAt: z.string(),
    startedDay: z.string(),
    owner: z
      .object({
        customerId: z.string(),
        name: z.string(),
        idNumberMasked: z.string(),
        phoneMasked: z.string(),
      })
      .nullable(),
    contractNo: z.string(),
    idCopyDocumentId: z.string().nullable(),
    fees: z
      .object({
        from: z.string(),
        to: z.string(),
        prepaidFen: z.number(),
        receiptNo: z.string(),
        prepaymentEntryId: z.string().nullable(),
        at: z.string(),
      })
      .nullable(),
    keys: z
      .object({
        handed: z.number(),
        kept: z.number(),
        ownerConsent: z.boolean(),
        ownerHandbook: z.boolean(),
        renovationHandbook: z.boolean(),
        keptKeyReturnedAt: z.string().nullable(),
        keptKey: KeptKeySchema.nullable(),
      })
      .nullable(),
    rectification: z.array(RectificationItemSchema),
    signatures: z.array(SignatureRecordSchema),
    completedAt: z.string().nullable(),
    declined: ClosedSchema.extend({ day: z.string(), note: z.string() }).nullable(),
    version: z.number(),
  })
  .openapi('Handover');
export type HandoverDto = z.infer<typeof HandoverSchema>;

export const HandoverRowSchema = z
  .object({
    handoverId: z.string(),
    ...unitRef,
    ownerName: z.string(),
    state: z.string(),
    step: z.string().nullable(),
    startedAt: z.string(),
    completedAt: z.string().nullable(),
    declinedAt: z.string().nullable(),
    declineReason: z.string().nullable(),
  })
  .openapi('HandoverRow');
export type HandoverRow = z.infer<typeof HandoverRowSchema>;

/** A unit still not received (未接房), the owners the roster names and any open handover. */
export const HandoverUnitSchema = z
  .object({ ...unitRef, rosterOwners: z.string(), openHandoverId: z.string().nullable() })
  .openapi('HandoverUnit');
export type HandoverUnit = z.infer<typeof HandoverUnitSchema>;

/** A roster row of the unit, ID number and phone masked (CUS-3). */
export const RosterRowSchema = z
  .object({
    entryId: z.string(),
    ownerName: z.string(),
    idType: z.string(),
    idNumberMasked: z.string(),
    phoneMasked: z.string(),
    contractNo: z.string(),
  })
  .openapi('HandoverRosterRow');
export type RosterRow = z.infer<typeof RosterRowSchema>;

/** HND-3: six months of the monthly fees from the handover day, line by line. */
export const PrepaymentQuoteSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    lines: z.array(
      z.object({ code: z.string(), name: z.string(), monthlyFen: z.number(), totalFen: z.number() }),
    ),
    totalFen: z.number(),
  })
  .openapi('PrepaymentQuote');
export type PrepaymentQuote = z.infer<typeof PrepaymentQuoteSchema>;

/** HND-5: the daily handover report (交房日报表) and the running totals. */
export const DailyHandoverReportSchema = z
  .object({
    day: z.string(),
    projectName: z.string(),
    timeZone: z.string(),
    handedOver: z.array(
      z.object({
        handoverId: z.string(),
        unitCode: z.string(),
        buildingName: z.string(),
        ownerName: z.string(),
        completedAt: z.string(),
        feesFrom: z.string(),
        feesTo: z.string(),
        prepaidFen: z.number(),
        keysKept: z.number(),
        openItems: z.number(),
      }),
    ),
    notAccepted: z.array(
      z.object({
        handoverId: z.string(),
        unitCode: z.string(),
        buildingName: z.string(),
        ownerName: z.string(),
        reason: z.string(),
        note: z.string(),
        declinedAt: z.string(),
      }),
    ),
    totals: z.object({
      handedOver: z.number(),
      notAccepted: z.number(),
      handedOverToDate: z.number(),
      stillNotReceived: z.number(),
    }),
  })
  .openapi('DailyHandoverReport');
export type DailyHandoverReport = z.infer<typeof DailyHandoverReportSchema>;

export const HandKeysBody = z
  .strictObject({
    keysHanded: z.number().int().min(0).max(50),
    ownerHandbook: z.boolean(),
    renovationHandbook: z.boolean(),
    rectificationItems: z
      .array(
        z.strictObject({
          description: z.string().trim().min(1).max(200),
          location: singleLineText(60, { min: 0 }).default(''),
        }),
      )
      .max(50)
      .default([]),
    keyKept: z
      .boolean()
      .default(false)
      .openapi({ description: 'one key kept for the repairs while items remain' }),
    ownerConsent: z.boolean().default(false).openapi({ description: 'the owner agreed that a key is kept' }),
    keyCabinetSlot: singleLineText(20, { min: 0 })
      .default('')
      .openapi({ description: 'the key cabinet slot the kept key goes into', example: 'A-12' }),
  })
  .openapi('HandoverKeys');

export const CloseItemBody = z
  .strictObject({ note: z.string().trim().min(1).max(300).openapi({ description: 'what was done' }) })
  .openapi('CloseRectificationItem');

export const ReturnKeyBody = z.strictObject({ signature: SignatureBody }).openapi('ReturnKeptKey');

export const SignReceiptBody = z.strictObject({ signature: SignatureBody }).openapi('HandoverReceipt');
