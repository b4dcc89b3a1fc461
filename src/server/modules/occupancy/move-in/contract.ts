/**
 * The HTTP contract of a tenant's move-in (HND-6, MVI-1..2): the answers of every route, and
 * the bodies built from pure fields. Pure zod: the browser imports it, the routes declare it,
 * and under test every answer is checked against it. The lease and notice bodies are bounded
 * by the server's clock, the payment and documents bodies use billing's and customers' fields:
 * they stay with their use case.
 */
import { z } from '@hono/zod-openapi';
import { singleLineText } from '../../../platform/http/text-fields.ts';
import { SignatureBody } from '../../../platform/signatures/signatures.contract.ts';
import { ClosedSchema, SignatureRecordSchema, stepList, unitRef } from '../contract.ts';
import { FIXTURE_CONDITIONS } from '../exit/rules.ts';
import { MOVE_IN_STEPS } from './rules.ts';

/** Inspectors' and fixtures' names: one line. */
const Name = singleLineText(40);

export const StartMoveInBody = z.strictObject({ unitId: z.uuid() }).openapi('MoveInStart');
export const CancelMoveInBody = z
  .strictObject({ reason: z.string().trim().min(1).max(300) })
  .openapi('MoveInCancel');

export const MoveInSchema = z
  .object({
    moveInId: z.string(),
    ...unitRef,
    unitUse: z.string(),
    state: z.string(),
    step: z.enum(MOVE_IN_STEPS).nullable(),
    steps: stepList(MOVE_IN_STEPS),
    startedAt: z.string(),
    tenant: z
      .object({
        customerId: z.string(),
        name: z.string(),
        kind: z.string(),
        idNumberMasked: z.string(),
        phoneMasked: z.string(),
      })
      .nullable(),
    lease: z
      .object({
        start: z.string(),
        end: z.string(),
        leaseDocumentId: z.string().nullable(),
        noticeDocumentId: z.string().nullable(),
      })
      .nullable(),
    owner: z
      .object({ customerId: z.string().nullable(), name: z.string(), confirmedAt: z.string() })
      .nullable(),
    approval: z.object({ at: z.string(), byName: z.string(), note: z.string() }).nullable(),
    payment: z
      .object({
        depositFen: z.number(),
        depositReceiptNo: z.string(),
        rentReceiptNo: z.string(),
        rentDepositReceiptNo: z.string(),
        parkingReceiptNo: z.string().nullable(),
        at: z.string(),
      })
      .nullable(),
    documentsAt: z.string().nullable(),
    inspection: z
      .object({
        at: z.string(),
        engineeringName: z.string(),
        securityName: z.string(),
        keysHanded: z.number(),
        parkingNote: z.string(),
        fixtures: z.array(
          z.object({ name: z.string(), quantity: z.number(), condition: z.string(), note: z.string() }),
        ),
        readings: z.array(
          z.object({
            meterId: z.string(),
            meterCode: z.string(),
            kind: z.string(),
            valueCenti: z.number(),
            readAt: z.string(),
          }),
        ),
      })
      .nullable(),
    notice: z
      .object({ at: z.string(), billingFrom: z.string(), serviceInfo: z.record(z.string(), z.boolean()) })
      .nullable(),
    signatures: z.array(SignatureRecordSchema),
    completedAt: z.string().nullable(),
    closed: ClosedSchema.nullable(),
    version: z.number(),
  })
  .openapi('MoveIn');
export type MoveInDto = z.infer<typeof MoveInSchema>;

export const MoveInRowSchema = z
  .object({
    moveInId: z.string(),
    ...unitRef,
    tenantName: z.string(),
    state: z.string(),
    step: z.string().nullable(),
    startedAt: z.string(),
    completedAt: z.string().nullable(),
    leaseEnd: z.string().nullable(),
  })
  .openapi('MoveInRow');
export type MoveInRow = z.infer<typeof MoveInRowSchema>;

/** A vacant unit (空置) a tenant can move into, with any open move-in. */
export const MoveInUnitSchema = z
  .object({
    unitId: z.string(),
    unitCode: z.string(),
    use: z.string(),
    buildingName: z.string(),
    openMoveInId: z.string().nullable(),
  })
  .openapi('MoveInUnit');
export type MoveInUnit = z.infer<typeof MoveInUnitSchema>;

/** MVI-1: who confirms — the unit's owners, or the building's owner party when it has none. */
export const MoveInOwnersSchema = z
  .object({ owners: z.array(z.object({ customerId: z.string(), name: z.string() })), ownerParty: z.string() })
  .openapi('MoveInOwners');
export type MoveInOwners = z.infer<typeof MoveInOwnersSchema>;

export const ApprovalBody = z
  .strictObject({ approve: z.boolean(), note: z.string().trim().max(300).default('') })
  .openapi('MoveInApproval');

export const OwnerConfirmationBody = z
  .strictObject({
    ownerCustomerId: z.uuid().optional().openapi({
      description:
        "one of the unit's owners; left out when the unit has none on record (the owner party confirms)",
    }),
    letter: SignatureBody.openapi({ description: "the owner's commitment letter (业主承诺书)" }),
  })
  .openapi('MoveInOwnerConfirmation');

export const InspectionBody = z
  .strictObject({
    engineeringName: Name.openapi({ description: 'who inspected for engineering (工程部)' }),
    securityName: Name.openapi({ description: 'who inspected for security (安保部)' }),
    fixtures: z
      .array(
        z.strictObject({
          name: Name,
          quantity: z.number().int().min(0).max(999),
          condition: z.enum(FIXTURE_CONDITIONS),
          note: z.string().trim().max(120).default(''),
        }),
      )
      .max(100),
    readings: z.array(z.strictObject({ meterId: z.uuid(), valueCenti: z.number().int().min(0) })).max(20),
    keysHanded: z.number().int().min(0).max(50),
    parkingNote: z
      .string()
      .trim()
      .max(120)
      .default('')
      .openapi({ description: 'the parking space or card arranged, if any' }),
    customerSignature: SignatureBody.openapi({
      description: 'the customer signs the handover record, fixtures list and readings',
    }),
  })
  .openapi('MoveInInspection');
