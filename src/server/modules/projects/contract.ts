/**
 * The HTTP contract of the projects module: every route's request and response schema.
 * Pure zod (the browser imports it); the routes and the web take their types from here.
 */
import { z } from '@hono/zod-openapi';
import { singleLineText } from '../../platform/http/text-fields.ts';

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const PeriodSchema = z.strictObject({ start: HHMM, end: HHMM });

export const ProjectKind = z.enum(['office', 'residential', 'apartment', 'mixed']);

export const ProjectSchema = z
  .object({
    projectId: z.string(),
    code: z.string(),
    name: z.string(),
    kind: ProjectKind,
    timeZone: z.string(),
    workingHours: z.array(z.object({ start: z.string(), end: z.string() })),
    greetingZh: z.string(),
    greetingEn: z.string(),
    version: z.number().int(),
    departments: z.array(
      z.object({ departmentId: z.string(), code: z.string(), nameZh: z.string(), nameEn: z.string() }),
    ),
  })
  .openapi('Project');
export type ProjectDto = z.infer<typeof ProjectSchema>;

export const CreateProjectBody = z
  .strictObject({
    code: z
      .string()
      .trim()
      .min(1)
      .max(32)
      .regex(/^[A-Za-z0-9_-]+$/),
    name: singleLineText(100),
    kind: ProjectKind,
    timeZone: z.string().default('Asia/Shanghai'),
    workingHours: z.array(PeriodSchema).min(1).max(6).optional(),
    greetingZh: z.string().max(200).optional(),
    greetingEn: z.string().max(200).optional(),
  })
  .openapi('CreateProject');

export const UpdateProjectBody = z
  .strictObject({
    version: z.number().int(),
    name: singleLineText(100).optional(),
    kind: ProjectKind.optional(),
    timeZone: z.string().optional(),
    workingHours: z.array(PeriodSchema).min(1).max(6).optional(),
    greetingZh: z.string().max(200).optional(),
    greetingEn: z.string().max(200).optional(),
  })
  .openapi('UpdateProject');

/** A line of the project picker: the projects the user may open. */
export const ProjectSummarySchema = z
  .object({ projectId: z.string(), code: z.string(), name: z.string(), kind: z.string() })
  .openapi('ProjectSummary');
export type ProjectSummaryDto = z.infer<typeof ProjectSummarySchema>;

export const CalendarDaySchema = z
  .object({ day: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string() })
  .openapi('CalendarDay');
export type CalendarDayDto = z.infer<typeof CalendarDaySchema>;

export const ImportCalendarBody = z.strictObject({ text: z.string().max(20_000) }).openapi('ImportCalendar');
