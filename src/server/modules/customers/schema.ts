import { z } from '@hono/zod-openapi';
import { CUSTOMER_KINDS } from './rules.ts';
import { singleLineText } from '../../platform/http/text-fields.ts';

export const PhoneString = z.string().trim().regex(/^[0-9+\-() ]{3,24}$/);

export const CustomerSchema = z
  .object({
    customerId: z.string(),
    kind: z.enum(CUSTOMER_KINDS),
    name: z.string(),
    company: z.string(),
    phones: z.array(z.object({ phone: z.string(), label: z.string() })),
    units: z.array(z.object({ unitId: z.string(), code: z.string(), buildingName: z.string(), relation: z.string() })),
    version: z.number(),
  })
  .openapi('Customer');
export type CustomerDto = z.infer<typeof CustomerSchema>;

/** A customer recorded at the desk (CUS-1): no units — links to units come from the archive workflows only. */
export const CreateCustomerBody = z
  .strictObject({
    kind: z.enum(CUSTOMER_KINDS).default('person'),
    name: singleLineText(100),
    company: singleLineText(100, { min: 0 }).default(''),
    phones: z.array(z.strictObject({ phone: PhoneString, label: singleLineText(20, { min: 0 }).default('mobile') })).min(1).max(5),
  })
  .openapi('CreateCustomer');
