/**
 * The call record body (REL-4): when the call was made is bounded from the server's now
 * (request-clock), which the browser cannot share, so it stays out of contract.ts.
 */
import { z } from '@hono/zod-openapi';
import { instantField, DATE_WINDOWS } from '../../platform/http/date-fields.ts';
import { line, text } from './contract.ts';
import { CALL_ANSWERS } from './rules.ts';

export const CallBody = z
  .strictObject({
    /** Whom the clerk phoned (REL-4): the owner, or the company's head for company staff. */
    calledName: line(60).min(1),
    calledPhone: line(24).min(3),
    calledAt: instantField(DATE_WINDOWS.event),
    answer: z.enum(CALL_ANSWERS),
    note: text(200).default(''),
  })
  .openapi('PassCall');
