/** What every billing routes file shares: the tag, the path prefix and the shape of an answer. */
import { z } from '@hono/zod-openapi';
import { jsonContent } from '../../../platform/http/openapi-schemas.ts';

export const tags = ['billing'];
export const base = '/projects/{projectId}/billing' as const;

/** An answer with its schema (201 ones say 'Done'). */
export const answer = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  ...jsonContent(schema),
});
/** A printable page (bills, receipts). */
export const html = { description: 'HTML for printing', content: { 'text/html': { schema: z.string() } } };
