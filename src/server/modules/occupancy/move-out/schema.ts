/** Request bodies of the move-out steps (MVO-2..7); zod refuses bad input before any step runs. */
import { z } from '@hono/zod-openapi';
import { SignatureBody } from '../../../platform/signatures/signatures.ts';
import { PhoneString } from '../../customers/index.ts';
import { PAY_METHODS } from '../../billing/index.ts';
import { FIXTURE_CONDITIONS } from '../exit/rules.ts';
import { singleLineText } from '../../../platform/http/text-fields.ts';
import { dayField, instantField, DATE_WINDOWS } from '../../../platform/http/date-fields.ts';

const Text = (max: number) => z.string().trim().max(max);
/** Names: one line. */
const Line = (max: number) => singleLineText(max, { min: 0 });

export const OpenMoveOutBody = z
  .strictObject({
    unitId: z.uuid(),
    customerId: z.uuid().openapi({ description: 'the tenant moving out' }),
    moveDay: dayField(DATE_WINDOWS.plan).openapi({ description: 'MVO-2: the agreed moving day' }),
    contactName: Line(60).min(1),
    contactPhone: PhoneString.optional().openapi({
      description:
        "the contact's number; left out, or the last digits of an archived number, the tenant's archived number is kept",
    }),
    forwardingAddress: Text(200)
      .min(1)
      .openapi({ description: 'MVO-2: where the customer can be reached after moving out' }),
    keepIntactReminded: z
      .literal(true)
      .openapi({ description: 'MVO-2: the customer was reminded to keep the unit and its fixtures intact' }),
  })
  .openapi('OpenMoveOut');

export const InspectionBody = z
  .strictObject({
    fixtures: z
      .array(
        z.strictObject({
          name: Line(60).min(1),
          quantity: z.number().int().min(0).max(999),
          condition: z.enum(FIXTURE_CONDITIONS),
        }),
      )
      .min(1)
      .max(100),
    readings: z
      .array(z.strictObject({ meterId: z.uuid(), valueCenti: z.number().int().min(0) }))
      .max(20)
      .default([]),
    engineerName: Line(60).min(1),
    restorationRequired: z.boolean().openapi({
      description: 'MVO-3: whether the tenant must restore the unit before the inspection passes',
    }),
    restorationNote: Text(500).default(''),
    tenantSignature: SignatureBody.openapi({
      description: 'MVO-3: the tenant signs the meter readings and the inspection',
    }),
  })
  .openapi('MoveOutInspection');

export const OwnerAnswerBody = z
  .strictObject({
    ownerCustomerId: z.uuid().optional(),
    ownerName: Line(60).min(1),
    agreed: z.boolean(),
    itemsToStay: z
      .array(z.strictObject({ name: Line(60).min(1), quantity: z.number().int().min(1).max(999) }))
      .max(50)
      .default([]),
  })
  .openapi('MoveOutOwnerAnswer');

export const ClearBody = z
  .strictObject({
    elevatorFrom: instantField(DATE_WINDOWS.plan).openapi({
      description: 'MVO-5: the service elevator booked for the move',
    }),
    elevatorTo: instantField(DATE_WINDOWS.plan),
  })
  .openapi('MoveOutClear');

export const ReturnKeysBody = z
  .strictObject({
    keys: z.number().int().min(0).max(99),
    accessCards: z.number().int().min(0).max(999),
    documents: Text(200).default('').openapi({ description: 'IDs and passes handed back (证件)' }),
    note: Text(300).default(''),
    tenantSignature: SignatureBody,
  })
  .openapi('MoveOutReturnKeys');

export const CompleteBody = z
  .strictObject({
    unitStatus: z
      .enum(['vacant', 'owner_occupied'])
      .default('vacant')
      .openapi({ description: 'MVO-7: the unit status after the tenant leaves' }),
  })
  .openapi('MoveOutComplete');

export const RefundBody = z
  .strictObject({
    method: z.enum(PAY_METHODS),
    refunds: z.array(z.strictObject({ depositId: z.uuid(), receiptNo: singleLineText(40) })).max(10),
    note: Text(200).default(''),
  })
  .openapi('MoveOutDepositRefund');

export const CancelBody = z.strictObject({ reason: Text(300).min(1) }).openapi('CancelWorkflow');
