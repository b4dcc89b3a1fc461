import { z } from '@hono/zod-openapi';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'VALIDATION' }),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })),
      details: z.record(z.string(), z.unknown()).optional(),
      requestId: z.string(),
    }),
  })
  .openapi('Error');

/** Standard error responses to list on a route. */
export const errorResponses = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: ErrorSchema } } },
  403: { description: 'Not permitted', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: 'Not found', content: { 'application/json': { schema: ErrorSchema } } },
  409: { description: 'Conflict', content: { 'application/json': { schema: ErrorSchema } } },
  422: {
    description: 'Refused by a business rule',
    content: { 'application/json': { schema: ErrorSchema } },
  },
} as const;

/**
 * A record's id in the path. Every id is a uuid; a malformed one names nothing and is answered
 * 404 like an unknown one (the router's hook, openapi-app.ts), never reaching the database.
 * @example ProjectParam.extend({ ticketId: idParam('ticketId') })
 */
export const idParam = (name: string) => z.uuid().openapi({ param: { name, in: 'path' } });

export const ProjectParam = z.object({ projectId: idParam('projectId') });

/** `{ content: { 'application/json': { schema } } }` — the body/response shape of every JSON route. */
export const jsonContent = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
});
