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
    departments: z.array(z.object({ departmentId: z.string(), code: z.string(), nameZh: z.string(), nameEn: z.string() })),
  })
  .openapi('Project');
export type ProjectDto = z.infer<typeof ProjectSchema>;

export const CreateProjectBody = z
  .strictObject({
    code: z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9_-]+$/),
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
