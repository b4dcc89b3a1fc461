/**
 * The HTTP contract of the service-desk reports (CMP-10, REQ-3, CBK-2, REP-6): the weekly
 * statistics and the day's open repairs. Pure zod (the browser imports it); the sections'
 * types come from here. Money in fen, rates 0–1 or null.
 */
import { z } from '@hono/zod-openapi';
import { dayField, DATE_WINDOWS } from '../../../platform/http/date-fields.ts';
import { COMPLAINT_LEVELS } from '../deadline-rules.ts';
import { TICKET_KINDS, TICKET_STATES } from '../states.ts';
import { COMPLAINT_COLUMNS, COMPLAINT_TYPE_ROWS, type ComplaintColumn } from './stats-rules.ts';

const Lang = z.enum(['zh-CN', 'en']).optional();

export const WeeklyQuery = z.strictObject({
  week: z
    .string()
    .regex(/^\d{4}-W\d{2}$/)
    .optional()
    .openapi({ example: '2026-W47' }),
  from: dayField(DATE_WINDOWS.filter).optional(),
  to: dayField(DATE_WINDOWS.filter).optional(),
  lang: Lang,
});

export const DailyOpenQuery = z.strictObject({ day: dayField(DATE_WINDOWS.filter).optional(), lang: Lang });

/** A print or export of one ticket: the language of its page. */
export const PrintQuery = z.strictObject({ lang: Lang });

const OutcomeCountsSchema = z.object({
  met: z.number(),
  breached: z.number(),
  pending: z.number(),
  /** met / (met + breached): pending ones are not judged yet. */
  onTimeRate: z.number().nullable(),
});

const countPerColumn = Object.fromEntries(COMPLAINT_COLUMNS.map((c) => [c, z.number()])) as Record<
  ComplaintColumn,
  z.ZodNumber
>;
const MatrixTotalsSchema = z.object({ ...countPerColumn, total: z.number() });

const PreviousComplaintSchema = z.object({
  ticketId: z.string(),
  number: z.string(),
  receivedAt: z.string(),
});

export const ComplaintSectionSchema = z.object({
  received: z.number(),
  cancelled: z.number(),
  matrix: z.array(MatrixTotalsSchema.extend({ type: z.enum(COMPLAINT_TYPE_ROWS) })),
  totals: MatrixTotalsSchema,
  repeat: z.object({
    count: z.number(),
    items: z.array(
      z.object({
        ticketId: z.string(),
        number: z.string(),
        customerName: z.string(),
        phone: z.string(),
        receivedAt: z.string(),
        previous: z.array(PreviousComplaintSchema),
      }),
    ),
  }),
  onTime: z.array(OutcomeCountsSchema.extend({ level: z.enum(COMPLAINT_LEVELS) })),
});
export type ComplaintSection = z.infer<typeof ComplaintSectionSchema>;

export const RequestSectionSchema = OutcomeCountsSchema.extend({
  received: z.number(),
  cancelled: z.number(),
  answered: z.number(),
  stillOpen: z.number(),
});
export type RequestSection = z.infer<typeof RequestSectionSchema>;

export const CallbackRowSchema = z.object({
  kind: z.enum([...TICKET_KINDS, 'total']),
  needed: z.number(),
  calledBack: z.number(),
  callbackRate: z.number().nullable(),
  attempts: z.number(),
  reached: z.number(),
  satisfied: z.number(),
  basically: z.number(),
  unsatisfied: z.number(),
  unreached: z.number(),
  satisfactionRate: z.number().nullable(),
});
export type CallbackRow = z.infer<typeof CallbackRowSchema>;
export const CallbackSectionSchema = z.object({ rows: z.array(CallbackRowSchema), total: CallbackRowSchema });
export type CallbackSection = z.infer<typeof CallbackSectionSchema>;

export const RepairSectionSchema = z.object({
  received: z.number(),
  cancelled: z.number(),
  urgent: z.number(),
  scheduled: z.number(),
  /** Received but not yet classified urgent or scheduled. */
  unclassified: z.number(),
  /** Of the week's repairs, still open now (not yet closed by a satisfied callback). */
  stillOpen: z.number(),
  /** Completed in the week (their latest completion, after any rework). */
  completed: z.number(),
  /** Repairs sent back for rework in the week (REP-5), and how many times. */
  reworked: z.number(),
  reworks: z.number(),
  paidCount: z.number(),
  paidFen: z.number(),
});
export type RepairSection = z.infer<typeof RepairSectionSchema>;

export const WeeklyReportSchema = z
  .object({
    project: z.object({ projectId: z.string(), code: z.string(), name: z.string(), timeZone: z.string() }),
    /** Local days (inclusive) and their UTC bounds [start, end). */
    range: z.object({
      label: z.string(),
      from: z.string(),
      to: z.string(),
      start: z.string(),
      end: z.string(),
    }),
    generatedAt: z.string(),
    complaints: ComplaintSectionSchema,
    requests: RequestSectionSchema,
    callbacks: CallbackSectionSchema,
    repairs: RepairSectionSchema,
  })
  .openapi('WeeklyReport');
export type WeeklyReport = z.infer<typeof WeeklyReportSchema>;

export const OPEN_REASONS = [
  'not_forwarded',
  'not_picked_up',
  'in_progress',
  'not_confirmed',
  'not_called_back',
] as const;
export type OpenReason = (typeof OPEN_REASONS)[number];

export const DailyOpenItemSchema = z.object({
  ticketId: z.string(),
  number: z.string(),
  unitCode: z.string().nullable(),
  publicArea: z.string(),
  customerName: z.string(),
  description: z.string(),
  urgency: z.string().nullable(),
  state: z.enum(TICKET_STATES),
  reason: z.enum(OPEN_REASONS),
  assigneeName: z.string().nullable(),
  receivedAt: z.string(),
  nextDueAt: z.string().nullable(),
});
export type DailyOpenItem = z.infer<typeof DailyOpenItemSchema>;

export const DailyOpenListSchema = z
  .object({ day: z.string(), count: z.number(), items: z.array(DailyOpenItemSchema) })
  .openapi('DailyOpenList');
export type DailyOpenList = z.infer<typeof DailyOpenListSchema>;
