/**
 * The key request body (KEY-4): its due time is bounded from the server's now (request-clock),
 * which the browser cannot share, so it stays out of contract.ts.
 */
import { z } from '@hono/zod-openapi';
import { instantField, DATE_WINDOWS } from '../../platform/http/date-fields.ts';
import { text } from './contract.ts';

export const KeyRequestBody = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('borrow'),
      borrowerId: z.uuid(),
      reason: text(200).min(1),
      dueAt: instantField(DATE_WINDOWS.upcoming),
      /** The keeper marks a borrowing irregular even when it comes back the same day. */
      irregular: z.boolean().default(false),
    }),
    z.strictObject({ kind: z.literal('owner_collect'), customerId: z.uuid(), reason: text(200).min(1) }),
  ])
  .openapi('KeyRequest');
