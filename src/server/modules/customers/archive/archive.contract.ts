/**
 * The HTTP contract of the archive room (CUS-1, CUS-3, CUS-5): the list, a customer's archive,
 * the records register, the access log, the emergency list. Pure zod (the browser imports it).
 */
import { z } from '@hono/zod-openapi';
import { DocumentSchema, SignatureRecordSchema } from '../../../platform/signatures/signatures.contract.ts';
import { dayField, DATE_WINDOWS } from '../../../platform/http/date-fields.ts';
import { singleLineText } from '../../../platform/http/text-fields.ts';
import { CUSTOMER_KINDS, ID_TYPES } from '../rules.ts';
import { ArchiveFieldsBody, PhoneString } from '../contract.ts';
import { LoanSchema } from '../loans/loans.contract.ts';
import { ACCESS_KINDS, ARCHIVE_CLASSES, ARCHIVE_STATES, RECORD_CLASSES } from './archive-rules.ts';
import { JsonObjectSchema } from '../../../platform/http/json-value.ts';

/** Why a full archive is opened or owner data leaves the screen: required, as the person would say it (CUS-3). */
export const ReasonString = z.string().trim().min(2).max(200);

export const ArchiveListQuery = z.strictObject({
  q: z.string().trim().max(100).default(''),
  class: z.enum(['all', ...ARCHIVE_CLASSES]).default('all'),
  state: z.enum(['all', ...ARCHIVE_STATES]).default('all'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const ArchiveListItemSchema = z
  .object({
    type: z.enum(['customer', 'record']),
    id: z.string(),
    class: z.enum(ARCHIVE_CLASSES),
    title: z.string(),
    /** A customer's company, or a record's reference number. */
    subtitle: z.string(),
    state: z.enum(ARCHIVE_STATES),
    updatedAt: z.string(),
    /** Customers: kind, units with relation, first phone and ID number masked. */
    kind: z.string().optional(),
    units: z.array(z.object({ code: z.string(), relation: z.string() })).optional(),
    phone: z.string().optional(),
    idNumber: z.string().optional(),
    /** Records: counterparty and date. */
    counterparty: z.string().optional(),
    recordDay: z.string().nullable().optional(),
    onLoan: z.boolean(),
  })
  .openapi('ArchiveListItem');
export type ArchiveListItem = z.infer<typeof ArchiveListItemSchema>;

export const ArchiveListSchema = z
  .object({ total: z.number(), rows: z.array(ArchiveListItemSchema) })
  .openapi('ArchiveList');

export const ArchiveDetailSchema = z
  .object({
    customerId: z.string(),
    kind: z.enum(CUSTOMER_KINDS),
    name: z.string(),
    company: z.string(),
    idType: z.string(),
    idNumber: z.string(),
    birthday: z.string().nullable(),
    phones: z.array(z.object({ phone: z.string(), label: z.string() })),
    emergencyPhone: z.string(),
    units: z.array(
      z.object({
        unitId: z.string(),
        code: z.string(),
        buildingName: z.string(),
        relation: z.string(),
        leaseStart: z.string().nullable(),
        leaseEnd: z.string().nullable(),
      }),
    ),
    vehicles: z.array(z.object({ plate: z.string(), model: z.string() })),
    archiveClass: z.string(),
    archiveState: z.enum(ARCHIVE_STATES),
    archiveStateAt: z.string().nullable(),
    roster: z.array(z.object({ unitCode: z.string(), contractNo: z.string(), importedAt: z.string() })),
    documents: z.array(DocumentSchema),
    signatures: z.array(SignatureRecordSchema),
    loans: z.array(LoanSchema),
    /** What happened and who did it; the values stay in the log (they may hold numbers, CUS-3). */
    history: z.array(
      z.object({ action: z.string(), actorName: z.string().nullable(), at: z.string(), note: z.string() }),
    ),
    version: z.number(),
    masked: z.boolean(),
    /** Set on a full view: the access-log entry it made. */
    accessId: z.string().optional(),
  })
  .openapi('CustomerArchive');
export type ArchiveDetail = z.infer<typeof ArchiveDetailSchema>;

export const OpenArchiveBody = z.strictObject({ reason: ReasonString }).openapi('OpenArchive');
export const SealBody = z.strictObject({ reason: z.string().trim().min(2).max(200) }).openapi('SealArchive');
export const FileDocumentBody = z.strictObject({ documentId: z.uuid() }).openapi('FileArchiveDocument');

const recordFields = {
  title: singleLineText(120),
  reference: singleLineText(60, { min: 0 }),
  counterparty: singleLineText(100, { min: 0 }),
  recordDay: dayField(DATE_WINDOWS.documentDay).nullable(),
  note: z.string().trim().max(1000),
};
export const CreateRecordBody = z
  .strictObject({
    class: z.enum(RECORD_CLASSES),
    title: recordFields.title,
    reference: recordFields.reference.default(''),
    counterparty: recordFields.counterparty.default(''),
    recordDay: recordFields.recordDay.default(null),
    note: recordFields.note.default(''),
  })
  .openapi('CreateArchiveRecord');
export const UpdateRecordBody = z
  .strictObject({
    version: z.number().int().min(1),
    class: z.enum(RECORD_CLASSES).optional(),
    title: recordFields.title.optional(),
    reference: recordFields.reference.optional(),
    counterparty: recordFields.counterparty.optional(),
    recordDay: recordFields.recordDay.optional(),
    note: recordFields.note.optional(),
  })
  .openapi('UpdateArchiveRecord');

export const RecordDetailSchema = z
  .object({
    recordId: z.string(),
    class: z.enum(RECORD_CLASSES),
    title: z.string(),
    reference: z.string(),
    counterparty: z.string(),
    recordDay: z.string().nullable(),
    note: z.string(),
    createdAt: z.string(),
    version: z.number(),
    documents: z.array(DocumentSchema),
    loans: z.array(LoanSchema),
    history: z.array(z.object({ action: z.string(), actorName: z.string().nullable(), at: z.string() })),
  })
  .openapi('ArchiveRecord');
export type RecordDetail = z.infer<typeof RecordDetailSchema>;

export const AccessLogQuery = z.strictObject({
  customerId: z.uuid().optional(),
  kind: z.enum(ACCESS_KINDS).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AccessLogRowSchema = z
  .object({
    accessId: z.string(),
    kind: z.enum(ACCESS_KINDS),
    at: z.string(),
    actorName: z.string().nullable(),
    customerId: z.string().nullable(),
    customerName: z.string().nullable(),
    exportId: z.string().nullable(),
    reason: z.string(),
    shown: JsonObjectSchema,
  })
  .openapi('ArchiveAccess');
export type AccessLogRow = z.infer<typeof AccessLogRowSchema>;

export const AccessLogPageSchema = z
  .object({ total: z.number(), rows: z.array(AccessLogRowSchema) })
  .openapi('ArchiveAccessLog');

export const EmergencyQuery = z.strictObject({
  reason: ReasonString,
  lang: z.enum(['zh-CN', 'en']).optional(),
});

/** CUS-1: edit any archive field, with the version read; idType and idNumber go together. */
export const UpdateArchiveBody = z
  .strictObject({
    version: z.number().int().min(1),
    name: singleLineText(100).optional(),
    company: singleLineText(100, { min: 0 }).optional(),
    phones: z
      .array(z.strictObject({ phone: PhoneString, label: singleLineText(20, { min: 0 }).default('mobile') }))
      .min(1)
      .max(5)
      .optional(),
    emergencyPhone: z.union([PhoneString, z.literal('')]).optional(),
    birthday: dayField(DATE_WINDOWS.birthday).nullable().optional(),
    idType: z.enum(ID_TYPES).optional(),
    idNumber: singleLineText(30)
      .optional()
      .openapi({ description: 'with idType; left out, the ID document stays as it is' }),
    vehicles: ArchiveFieldsBody.shape.vehicles,
  })
  .openapi('UpdateArchive');
