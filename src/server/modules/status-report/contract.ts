/**
 * The HTTP contract of the monthly property status report (STA-1): every route's request and
 * answer. Pure zod (the browser imports it); the service's types come from here.
 */
import { z } from '@hono/zod-openapi';
import { SignatureBody } from '../../platform/signatures/signatures.contract.ts';
import { UNIT_STATUSES, type UnitStatus } from '../properties/rules.ts';

export const REPORT_STATES = ['none', 'prepared', 'sent'] as const;

export const MonthParamSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** The language of the printed or downloaded report; left out, the user's. */
export const ReportLangQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });

export const SignReportBody = z.strictObject({ signature: SignatureBody }).openapi('SignStatusReport');

const countOfEachStatus = Object.fromEntries(UNIT_STATUSES.map((s) => [s, z.number()])) as Record<
  UnitStatus,
  z.ZodNumber
>;
/** Units in each status (PRP-2), and all of them. */
export const StatusCountsSchema = z
  .object({ ...countOfEachStatus, total: z.number() })
  .openapi('StatusCounts');
export type StatusCounts = z.infer<typeof StatusCountsSchema>;

export const StatusReportDataSchema = z
  .object({
    month: z.string(),
    /** The moment the counts describe: the month's last instant, or when drawn up if earlier. */
    asOf: z.string(),
    dueDate: z.string(),
    buildings: z.array(
      z.object({ buildingId: z.string(), code: z.string(), name: z.string(), counts: StatusCountsSchema }),
    ),
    totals: StatusCountsSchema,
    changes: z.array(
      z.object({
        unitCode: z.string(),
        buildingName: z.string(),
        fromStatus: z.string().nullable(),
        toStatus: z.string(),
        workflow: z.string(),
        reason: z.string(),
        actorName: z.string().nullable(),
        at: z.string(),
      }),
    ),
  })
  .openapi('StatusReportData');
export type StatusReportData = z.infer<typeof StatusReportDataSchema>;

export const StatusReportSchema = z
  .object({
    month: z.string(),
    state: z.enum(REPORT_STATES),
    dueDate: z.string(),
    surveyBy: z.string(),
    late: z.boolean(),
    reportId: z.string().nullable(),
    preparedAt: z.string().nullable(),
    preparedByName: z.string().nullable(),
    signedAt: z.string().nullable(),
    signedByName: z.string().nullable(),
    signature: z.object({ signerName: z.string(), documentId: z.string(), method: z.string() }).nullable(),
    data: StatusReportDataSchema,
  })
  .openapi('StatusReport');
export type StatusReportDto = z.infer<typeof StatusReportSchema>;

/** A line of the twelve months' list. */
export const ReportMonthSchema = z
  .object({
    month: z.string(),
    state: z.enum(REPORT_STATES),
    dueDate: z.string(),
    late: z.boolean(),
    preparedAt: z.string().nullable(),
    signedAt: z.string().nullable(),
  })
  .openapi('StatusReportMonth');
export type ReportMonth = z.infer<typeof ReportMonthSchema>;
