/** Request and response shapes of the visit endpoints (CBK-3). */
import { z } from '@hono/zod-openapi';
import { PhoneString } from '../../customers/contract.ts';
import { VISIT_CHANNELS } from './visit-rules.ts';
import { singleLineText } from '../../../platform/http/text-fields.ts';
import { instantField, DATE_WINDOWS } from '../../../platform/http/date-fields.ts';

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const RecordVisitBody = z
  .strictObject({
    customerId: z.uuid().optional(),
    customerName: singleLineText(100),
    company: singleLineText(100, { min: 0 }).default(''),
    unitId: z.uuid().optional(),
    /** When the visit took place; now when left out. Never in the future. */
    visitedAt: instantField(DATE_WINDOWS.event).optional(),
    channel: z.enum(VISIT_CHANNELS).default('visit'),
    opinions: z.string().trim().max(4000).default(''),
  })
  .openapi('RecordVisit');
export type RecordVisitInput = z.infer<typeof RecordVisitBody>;

export const VisitsQuery = z.strictObject({
  month: Month.optional(),
  visitedBy: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  lang: z.enum(['zh-CN', 'en']).optional(),
});

export const ProgressQuery = z.strictObject({
  month: Month.optional(),
  lang: z.enum(['zh-CN', 'en']).optional(),
});

/** An opinion from a visit becomes a ticket (CBK-3): the customer and unit come from the visit. */
export const VisitTicketBody = z
  .strictObject({
    kind: z.enum(['repair', 'complaint', 'request']),
    /** Defaults to the visit's recorded opinions. */
    description: z.string().trim().min(1).max(4000).optional(),
    contactPhone: PhoneString.optional(),
    publicArea: singleLineText(100, { min: 0 }).optional(),
    urgency: z.enum(['urgent', 'scheduled']).optional(),
    appointmentAt: instantField(DATE_WINDOWS.upcoming).optional(),
  })
  .openapi('VisitTicket');
export type VisitTicketInput = z.infer<typeof VisitTicketBody>;

export const VisitSchema = z
  .object({
    visitId: z.string(),
    customerId: z.string().nullable(),
    customerName: z.string(),
    company: z.string(),
    unitId: z.string().nullable(),
    unitCode: z.string().nullable(),
    visitedBy: z.string(),
    visitedByName: z.string().nullable(),
    visitedAt: z.string(),
    channel: z.enum(VISIT_CHANNELS),
    opinions: z.string(),
    ticketId: z.string().nullable(),
    ticketNumber: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('CustomerVisit');
export type VisitDto = z.infer<typeof VisitSchema>;

export const VisitProgressSchema = z
  .object({
    month: z.string(),
    department: z.object({ visits: z.number(), customers: z.number(), target: z.number(), met: z.boolean() }),
    assistants: z.array(
      z.object({
        userId: z.string(),
        name: z.string(),
        visits: z.number(),
        customers: z.number(),
        target: z.number().nullable(),
        met: z.boolean().nullable(),
      }),
    ),
  })
  .openapi('VisitProgress');

/** A month's visits, newest first. */
export const VisitListSchema = z
  .object({ month: z.string(), items: z.array(VisitSchema) })
  .openapi('VisitList');
