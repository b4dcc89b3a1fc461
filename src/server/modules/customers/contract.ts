/**
 * The HTTP contract of the customers module's desk routes (find, record a customer) and what
 * its archive routes share. Pure zod (the browser imports it); the archive room's own
 * schemas are in archive/, loans/, exports/ and roster/ *.contract.ts.
 */
import { z } from '@hono/zod-openapi';
import { CUSTOMER_KINDS, ID_TYPES } from './rules.ts';
import { singleLineText } from '../../platform/http/text-fields.ts';
import { dayField, DATE_WINDOWS } from '../../platform/http/date-fields.ts';

export const PhoneString = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{3,24}$/);

/** The language of a downloaded workbook; left out, the user's. */
export const LangQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });

export const CustomerSchema = z
  .object({
    customerId: z.string(),
    kind: z.enum(CUSTOMER_KINDS),
    name: z.string(),
    company: z.string(),
    phones: z.array(z.object({ phone: z.string(), label: z.string() })),
    units: z.array(
      z.object({ unitId: z.string(), code: z.string(), buildingName: z.string(), relation: z.string() }),
    ),
    version: z.number(),
  })
  .openapi('Customer');
export type CustomerDto = z.infer<typeof CustomerSchema>;

/** By phone (the whole number or its last 4+ digits) or by name/company. */
export const CustomerSearchQuery = z.strictObject({
  phone: z.string().max(30).optional(),
  q: z.string().max(100).optional(),
});

/** A customer recorded at the desk (CUS-1): no units — links to units come from the archive workflows only. */
export const CreateCustomerBody = z
  .strictObject({
    kind: z.enum(CUSTOMER_KINDS).default('person'),
    name: singleLineText(100),
    company: singleLineText(100, { min: 0 }).default(''),
    phones: z
      .array(z.strictObject({ phone: PhoneString, label: singleLineText(20, { min: 0 }).default('mobile') }))
      .min(1)
      .max(5),
  })
  .openapi('CreateCustomer');

/** Who stands behind a unit (unit-parties.ts): shown by the key and pass workflows (KEY-2, REL-4). */
export const UnitPartySchema = z
  .object({
    customerId: z.string(),
    kind: z.enum(CUSTOMER_KINDS),
    name: z.string(),
    company: z.string(),
    relation: z.string(),
    phones: z.array(z.string()),
    /** The archive's ID number ('' when none is recorded): to check the person in front of the desk. */
    idNumber: z.string(),
  })
  .openapi('UnitParty');
export type UnitParty = z.infer<typeof UnitPartySchema>;

/** The archive fields a workflow fills as a step (CUS-1: handover HND-2, move-in MVI-2, transfer TRF-2). */
export const ArchiveFieldsBody = z
  .strictObject({
    idType: z.enum(ID_TYPES),
    idNumber: singleLineText(30),
    emergencyPhone: PhoneString.optional(),
    birthday: dayField(DATE_WINDOWS.birthday)
      .optional()
      .openapi({ description: 'left out for a resident ID card: taken from the number' }),
    vehicles: z
      .array(
        z.strictObject({
          plate: singleLineText(12, { min: 5 }).transform((s) => s.toUpperCase()),
          model: singleLineText(40, { min: 0 }).default(''),
        }),
      )
      .max(10)
      .optional(),
  })
  .openapi('ArchiveFields');
export type ArchiveFields = z.infer<typeof ArchiveFieldsBody>;
