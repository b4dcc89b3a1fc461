/**
 * The HTTP contract of the staff module: every route's request and response schema.
 * Pure zod (the browser imports it); the routes and the web take their types from here.
 */
import { z } from '@hono/zod-openapi';
import { ROLES } from '../../platform/access/roles.ts';
import { singleLineText } from '../../platform/http/text-fields.ts';

export const RoleAssignment = z
  .strictObject({
    role: z.enum(ROLES),
    /** Department code (ORG-3); defaults to the role's own department. */
    department: z
      .enum(['cs', 'engineering', 'security', 'cleaning', 'finance', 'leasing', 'admin'])
      .optional(),
  })
  .openapi('RoleAssignment');

export const StaffSchema = z
  .object({
    userId: z.string(),
    username: z.string(),
    displayName: z.string(),
    phone: z.string().nullable(),
    isCompanyAdmin: z.boolean(),
    active: z.boolean(),
    mustChangePassword: z.boolean(),
    memberships: z.array(
      z.object({
        projectId: z.string(),
        projectName: z.string(),
        role: z.string(),
        department: z.string().nullable(),
      }),
    ),
  })
  .openapi('Staff');
export type StaffDto = z.infer<typeof StaffSchema>;

export const CreateStaffBody = z
  .strictObject({
    username: z
      .string()
      .trim()
      .min(2)
      .max(64)
      .regex(/^[A-Za-z0-9._-]+$/),
    displayName: singleLineText(64),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+\- ]{5,20}$/)
      .optional(),
    password: z.string().min(1).max(200),
    isCompanyAdmin: z.boolean().default(false),
    /** Project to add the new person to, with their roles there. */
    projectId: z.uuid().optional(),
    roles: z.array(RoleAssignment).max(10).default([]),
  })
  .openapi('CreateStaff');

export const UpdateStaffBody = z
  .strictObject({
    displayName: singleLineText(64).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+\- ]{5,20}$/)
      .nullable()
      .optional(),
    active: z.boolean().optional(),
    isCompanyAdmin: z.boolean().optional(),
  })
  .openapi('UpdateStaff');

export const SetRolesBody = z.strictObject({ roles: z.array(RoleAssignment).max(10) }).openapi('SetRoles');

export const ResetPasswordBody = z
  .strictObject({ password: z.string().min(1).max(200) })
  .openapi('ResetPassword');

/** A project's staff; without a project, everyone (the company admin only). */
export const StaffQuery = z.strictObject({ projectId: z.uuid().optional() });
