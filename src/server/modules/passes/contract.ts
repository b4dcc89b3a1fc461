/**
 * The HTTP contract of the release-pass API (REL-1..5): request bodies and answers. Pure zod (the browser
 * imports it); a body whose date window counts from the server's now is in request-bodies.ts.
 */
import { z } from '@hono/zod-openapi';
import { SignatureBody } from '../../platform/signatures/signatures.contract.ts';
import {
  CALL_ANSWERS,
  CARRIER_TYPES,
  ITEM_CATEGORIES,
  PASS_ACTIONS,
  PASS_STATES,
  PURPOSES,
  SIGNER_ROLES,
} from './rules.ts';
import { singleLineText } from '../../platform/http/text-fields.ts';

export const text = (max: number) => z.string().trim().max(max);
/** Names, phones and numbers: one line. */
export const line = (max: number) => singleLineText(max, { min: 0 });

export const CreatePassBody = z
  .strictObject({
    unitId: z.uuid(),
    carrierType: z.enum(CARRIER_TYPES),
    /** The carrier when a customer of the project (picked at the desk). */
    customerId: z.uuid().optional(),
    carrierName: line(60).min(1),
    /** Left out, or the last digits of an archived number, for a carrier picked from the unit's people: their archived number. */
    carrierPhone: line(24).default(''),
    /** The carrier's ID document as shown; only its masked form is kept. */
    carrierIdNumber: line(30).default(''),
    purpose: z.enum(PURPOSES),
    purposeNote: text(200).default(''),
    items: z
      .array(
        z.strictObject({
          category: z.enum(ITEM_CATEGORIES),
          name: line(60).min(1),
          quantity: z.number().int().min(1).max(999),
        }),
      )
      .min(1)
      .max(30),
  })
  .openapi('CreatePass');

export const CallNumberBody = z.strictObject({ customerId: z.uuid() }).openapi('PassCallNumberRequest');
export const CallNumberSchema = z
  .object({ customerId: z.string(), name: z.string(), phones: z.array(z.string()) })
  .openapi('PassCallNumber');

export const SignBody = z
  .strictObject({ role: z.enum(SIGNER_ROLES), signature: SignatureBody })
  .openapi('PassSignature');
export const CancelBody = z.strictObject({ reason: text(200).min(1) }).openapi('PassCancel');
export const GateQuery = z.strictObject({ number: line(30).min(1) });
export const ReleaseBody = z
  .strictObject({ number: line(30).min(1), note: text(200).default('') })
  .openapi('PassRelease');

export const PassSchema = z
  .object({
    passId: z.string(),
    number: z.string().nullable(),
    unitId: z.string(),
    unitCode: z.string(),
    buildingName: z.string(),
    customerId: z.string().nullable(),
    carrierType: z.enum(CARRIER_TYPES),
    carrierName: z.string(),
    carrierPhone: z.string().openapi({ description: 'masked (CUS-3)' }),
    carrierIdMasked: z.string(),
    purpose: z.enum(PURPOSES),
    purposeNote: z.string(),
    items: z.array(z.object({ category: z.enum(ITEM_CATEGORIES), name: z.string(), quantity: z.number() })),
    flags: z.array(z.string()),
    state: z.enum(PASS_STATES),
    refusal: z.string().nullable(),
    owedFen: z.number().nullable(),
    arrearsCheckedAt: z.string().nullable(),
    callParty: z
      .string()
      .nullable()
      .openapi({ description: 'owner | company_head: whom REL-4 asks to phone (null: the owner carries)' }),
    call: z
      .object({
        name: z.string(),
        phone: z.string(),
        at: z.string(),
        answer: z.enum(CALL_ANSWERS),
        note: z.string(),
        byName: z.string(),
      })
      .nullable(),
    signatures: z.array(
      z.object({
        purpose: z.string(),
        signerName: z.string(),
        signerRole: z.string(),
        method: z.string(),
        documentId: z.string(),
        signedAt: z.string(),
      }),
    ),
    requiredSignatures: z.array(z.string()),
    missingSignatures: z.array(z.string()),
    issuedAt: z.string().nullable(),
    issuedByName: z.string().nullable(),
    validOn: z.string().nullable(),
    checkedAt: z.string().nullable(),
    checkedByName: z.string().nullable(),
    gateNote: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    cancelReason: z.string().nullable(),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
    version: z.number(),
    actions: z.array(z.enum(PASS_ACTIONS)),
  })
  .openapi('Pass');
export type PassDto = z.infer<typeof PassSchema>;

export const GateSchema = z
  .object({
    verdict: z.enum(['valid', 'used', 'expired', 'not_issued', 'refused', 'cancelled']),
    today: z.string(),
    pass: PassSchema,
  })
  .openapi('PassAtGate');

export const UnitContextSchema = z
  .object({
    unitId: z.string(),
    unitCode: z.string(),
    buildingName: z.string(),
    unitStatus: z.string(),
    parties: z.array(
      z.object({
        customerId: z.string(),
        kind: z.string(),
        name: z.string(),
        company: z.string(),
        relation: z.string(),
        phones: z
          .array(z.string())
          .openapi({ description: 'masked (CUS-3); the number to call is shown by call-number' }),
      }),
    ),
    owedFen: z.number(),
    bills: z.array(
      z.object({ period: z.string(), dueDate: z.string(), outstandingFen: z.number(), overdue: z.boolean() }),
    ),
    recentTemporary: z.number().openapi({ description: 'temporary passes of the unit in the REL-2 window' }),
  })
  .openapi('PassUnitContext');
