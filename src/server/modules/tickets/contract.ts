import { z } from '@hono/zod-openapi';
import { TICKET_ACTIONS, TICKET_KINDS, TICKET_STATES } from './states.ts';
import { COMPLAINT_LEVELS } from './deadline-rules.ts';
import { COMPLAINT_TYPES } from './complaint-rules.ts';
import { PhoneString } from '../customers/contract.ts';
import { singleLineText } from '../../platform/http/text-fields.ts';
import { instantField, DATE_WINDOWS } from '../../platform/http/date-fields.ts';
import { JsonObjectSchema } from '../../platform/http/json-value.ts';

export const CHANNELS = ['phone', 'walk_in', 'letter', 'email', 'web', 'patrol', 'staff'] as const;
export const DEPARTMENT_CODES = [
  'cs',
  'engineering',
  'security',
  'cleaning',
  'finance',
  'leasing',
  'admin',
] as const;

export const IntakeBody = z
  .strictObject({
    kind: z.enum(TICKET_KINDS),
    channel: z.enum(CHANNELS).default('phone'),
    customerId: z.uuid().optional(),
    customerName: singleLineText(100),
    company: singleLineText(100, { min: 0 }).default(''),
    contactPhone: PhoneString.optional().openapi({
      description:
        "the whole number, or the last digits of an archived number of customerId (the archived number is kept); left out: the archive's first number",
    }),
    unitId: z.uuid().optional(),
    publicArea: singleLineText(100, { min: 0 }).optional(),
    description: z.string().trim().min(1).max(4000),
    /** CMP-1: when the complained-about event happened. */
    eventAt: instantField(DATE_WINDOWS.event).optional(),
    urgency: z.enum(['urgent', 'scheduled']).optional(),
    appointmentAt: instantField(DATE_WINDOWS.upcoming).optional(),
    written: z.boolean().default(false),
    promisedAt: instantField(DATE_WINDOWS.upcoming).optional(),
    /** Settled on the spot (inquiry answered, guidance given): no forwarding needed. */
    settleNote: z.string().trim().max(2000).optional(),
  })
  .openapi('Intake');
export type IntakeInput = z.infer<typeof IntakeBody>;

const version = z.number().int();

export const ActionBodies = {
  forward: z.strictObject({
    version,
    department: z.enum(DEPARTMENT_CODES),
    note: z.string().max(2000).default(''),
    assigneeId: z.uuid().optional(),
  }),
  settle: z.strictObject({ version, note: z.string().trim().min(1).max(2000) }),
  classify: z.strictObject({
    version,
    validity: z.enum(['valid', 'invalid']).optional(),
    level: z.enum(COMPLAINT_LEVELS).optional(),
    complaintType: z.enum(COMPLAINT_TYPES).optional(),
    directImpact: z.boolean().optional(),
    urgency: z.enum(['urgent', 'scheduled']).optional(),
    appointmentAt: instantField(DATE_WINDOWS.upcoming).optional(),
    charge: z.enum(['warranty', 'paid', 'not_repair']).optional(),
    priceId: z.uuid().optional(),
    priceFen: z.number().int().min(0).max(100_000_000).optional(),
    customerAgreed: z.boolean().optional(),
    materialsCheck: z.string().max(500).optional(),
    note: z.string().max(2000).default(''),
  }),
  assign: z.strictObject({
    version,
    assigneeId: z.uuid().optional(),
    note: z.string().max(2000).default(''),
  }),
  pick_up: z.strictObject({ version, note: z.string().max(2000).default('') }),
  chase: z.strictObject({ version, note: z.string().max(2000).default('') }),
  complete: z.strictObject({
    version,
    workDone: z.string().trim().min(1).max(4000),
    materials: z.string().max(2000).default(''),
  }),
  confirm: z.strictObject({
    version,
    /** Repairs: the customer's confirmation — a signature drawn on screen (PNG data URL) or signed on paper. */
    signature: z
      .string()
      .max(400_000)
      .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/)
      .optional(),
    signedOnPaper: z.boolean().optional(),
    signerName: singleLineText(100, { min: 0 }).optional(),
    /** Complaints/requests: the answer given to the customer (CMP-7, REQ-2). */
    answer: z.string().trim().max(4000).optional(),
  }),
  rework: z.strictObject({ version, reason: z.string().trim().min(1).max(2000) }),
  callback: z.strictObject({
    version,
    reached: z.boolean(),
    resolved: z.boolean().default(true),
    satisfaction: z.enum(['satisfied', 'basically', 'unsatisfied']).optional(),
    opinion: z.string().max(2000).default(''),
  }),
  close_invalid: z.strictObject({ version, explanation: z.string().trim().min(1).max(2000) }),
  cancel: z.strictObject({ version, reason: z.string().trim().min(1).max(2000) }),
  pause: z.strictObject({
    version,
    reason: z.enum(['customer_rescheduled', 'customer_parts', 'customer_absent', 'other']),
    note: z.string().max(2000).default(''),
  }),
  resume: z.strictObject({ version, note: z.string().max(2000).default('') }),
  hand_over: z.strictObject({ version, toUserId: z.uuid(), note: z.string().trim().min(1).max(2000) }),
  extend: z.strictObject({
    version,
    deadline: z.enum(['forward', 'pickup', 'answer', 'resolve', 'callback']),
    newDueAt: instantField(DATE_WINDOWS.upcoming),
    reason: z.string().trim().min(1).max(2000),
  }),
  comment: z.strictObject({ version: version.optional(), text: z.string().trim().min(1).max(4000) }),
  written_reply: z.strictObject({
    version,
    handling: z.string().trim().min(1).max(4000),
    result: z.string().trim().min(1).max(4000),
  }),
  corrective_action: z.strictObject({
    version,
    cause: z.string().trim().min(1).max(4000),
    corrective: z.string().trim().min(1).max(4000),
    preventive: z.string().trim().min(1).max(4000),
  }),
} as const;

export const LinkEventBody = z.strictObject({ version, otherTicketId: z.uuid() }).openapi('LinkEvent');

export const QueueQuery = z.strictObject({
  kind: z.enum(TICKET_KINDS).optional(),
  level: z.enum(COMPLAINT_LEVELS).optional(),
  state: z.enum(TICKET_STATES).optional(),
  department: z.enum(DEPARTMENT_CODES).optional(),
  assigneeId: z.uuid().optional(),
  buildingId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  overdue: z.enum(['1', '0']).optional(),
  mine: z.enum(['1', '0']).optional(),
  includeClosed: z.enum(['1', '0']).optional(),
  q: z.string().max(100).optional(),
  phone: z.string().max(30).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const TicketSchema = z
  .object({
    ticketId: z.string(),
    number: z.string(),
    kind: z.enum(TICKET_KINDS),
    channel: z.string(),
    state: z.enum(TICKET_STATES),
    customerId: z.string().nullable(),
    customerName: z.string(),
    company: z.string(),
    contactPhone: z.string().openapi({
      description:
        'CUS-3: in full for the CS desk and the worker assigned, masked (138****5678) for everyone else',
    }),
    unitId: z.string().nullable(),
    unitCode: z.string().nullable(),
    publicArea: z.string(),
    description: z.string(),
    urgency: z.string().nullable(),
    appointmentAt: z.string().nullable(),
    charge: z.string().nullable(),
    priceFen: z.number().nullable(),
    validity: z.string().nullable(),
    level: z.string().nullable(),
    complaintType: z.string().nullable(),
    directImpact: z.boolean(),
    written: z.boolean(),
    eventKey: z.string().nullable(),
    receiverName: z.string().nullable(),
    ownerId: z.string(),
    ownerName: z.string().nullable(),
    department: z.string().nullable(),
    assigneeId: z.string().nullable(),
    assigneeName: z.string().nullable(),
    receivedAt: z.string(),
    forwardedAt: z.string().nullable(),
    pickedUpAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    answeredAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    pausedSince: z.string().nullable(),
    pausedMinutes: z.number(),
    nextDueAt: z.string().nullable(),
    nextDueKind: z.string().nullable(),
    escalation: z.number(),
    forwardLate: z.boolean(),
    chaseCount: z.number(),
    reworkCount: z.number(),
    satisfaction: z.string().nullable(),
    version: z.number(),
    allowedActions: z.array(z.enum(TICKET_ACTIONS)),
  })
  .openapi('Ticket');
export type TicketDto = z.infer<typeof TicketSchema>;

/** A page of the queue; `serverNow` lets the browser correct its clock for the countdowns. */
export const QueuePageSchema = z
  .object({ items: z.array(TicketSchema), total: z.number(), serverNow: z.string() })
  .openapi('TicketQueuePage');
export type QueuePageDto = z.infer<typeof QueuePageSchema>;

/** One ticket with its whole timeline (TKT-4), deadlines, callbacks, attachments and the tickets of its event (CMP-4). */
export const TicketDetailSchema = z
  .object({
    /** The server's clock, so the page's countdowns agree with the deadlines. */
    serverNow: z.string(),
    ticket: TicketSchema,
    timeline: z.array(
      z.object({
        eventId: z.string(),
        type: z.string(),
        actorId: z.string().nullable(),
        actorName: z.string().nullable(),
        at: z.string(),
        fromState: z.string().nullable(),
        toState: z.string().nullable(),
        data: JsonObjectSchema,
      }),
    ),
    deadlines: z.array(
      z.object({
        kind: z.string(),
        dueAt: z.string(),
        originalDueAt: z.string(),
        status: z.string(),
        metAt: z.string().nullable(),
        breachedAt: z.string().nullable(),
      }),
    ),
    callbacks: z.array(
      z.object({
        at: z.string(),
        byName: z.string().nullable(),
        reached: z.boolean(),
        resolved: z.boolean(),
        satisfaction: z.string(),
        opinion: z.string(),
      }),
    ),
    attachments: z.array(
      z.object({
        attachmentId: z.string(),
        kind: z.string(),
        mime: z.string(),
        size: z.number(),
        createdAt: z.string(),
      }),
    ),
    event: z.array(
      z.object({
        ticketId: z.string(),
        number: z.string(),
        customerName: z.string(),
        state: z.string(),
        level: z.string().nullable(),
      }),
    ),
  })
  .openapi('TicketDetail');
export type TicketDetailDto = z.infer<typeof TicketDetailSchema>;
