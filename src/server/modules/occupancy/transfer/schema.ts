/** Request bodies of the transfer steps (TRF-1..2). */
import { z } from '@hono/zod-openapi';
import { SignatureBody } from '../../../platform/signatures/signatures.ts';
import { ArchiveFieldsBody } from '../../customers/index.ts';
import { UNIT_STATUSES } from '../../properties/index.ts';
import { singleLineText } from '../../../platform/http/text-fields.ts';
import { dayField, DATE_WINDOWS } from '../../../platform/http/date-fields.ts';

export const OpenTransferBody = z
  .strictObject({
    unitId: z.uuid(),
    oldOwnerId: z.uuid().openapi({ description: 'the owner selling or giving the unit' }),
    handoverDay: dayField(DATE_WINDOWS.plan).openapi({
      description: 'TRF-1: the handover date up to which the old owner settles everything',
    }),
  })
  .openapi('OpenTransfer');

export const CertifyBody = z
  .strictObject({
    certificateNo: singleLineText(60).openapi({
      description: 'TRF-1: number of the new title certificate (房屋产权证)',
    }),
    scanDocumentId: z
      .uuid()
      .openapi({ description: 'the scan of the new certificate, uploaded first (POST …/documents)' }),
  })
  .openapi('TransferCertificate');

export const SettleBody = z
  .strictObject({
    readings: z
      .array(z.strictObject({ meterId: z.uuid(), valueCenti: z.number().int().min(0) }))
      .max(20)
      .default([]),
    oldOwnerSignature: SignatureBody.openapi({
      description: 'TRF-1: the old owner signs the readings at the handover',
    }),
  })
  .openapi('TransferSettlement');

export const RecordOwnerBody = z
  .strictObject({
    newOwnerId: z.uuid().openapi({
      description: 'the new owner (an existing customer, or one just created through POST …/customers)',
    }),
    archive: ArchiveFieldsBody,
    safetyLetter: SignatureBody.openapi({
      description: 'TRF-2: the new owner signs the safety responsibility letter (区域治安消防责任书)',
    }),
  })
  .openapi('TransferNewOwner');

export const CompleteTransferBody = z
  .strictObject({
    unitStatus: z
      .enum(UNIT_STATUSES)
      .optional()
      .openapi({ description: 'the unit status from the handover, when it changes' }),
  })
  .openapi('TransferComplete');
