/**
 * The text fields of every request schema: one line for names, codes and numbers, several
 * lines for notes and descriptions. Both trim and refuse the characters of
 * platform/text-safety.ts with a field message; every other string of a request is still
 * checked by the HTTP guard (text-guard.ts), which allows tabs and line breaks.
 * @example
 *   z.strictObject({ name: singleLineText(100), company: singleLineText(100, { min: 0 }).default(''), note: multiLineText(2000) })
 */
import { z } from '@hono/zod-openapi';
import { unsafeTextIssue } from '../text-safety.ts';

function safeText(max: number, min: number, multiline: boolean) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .superRefine((value, ctx) => {
      const key = unsafeTextIssue(value, { multiline });
      if (key) ctx.addIssue({ code: 'custom', message: key, params: { key } });
    });
}

/** A name, code or number: one line, no control characters, no direction overrides. `min` defaults to 1 (required). */
export function singleLineText(max: number, opts: { min?: number } = {}) {
  return safeText(max, opts.min ?? 1, false);
}

/** A note, description or reason: tabs and line breaks allowed, other control characters not. `min` defaults to 0. */
export function multiLineText(max: number, opts: { min?: number } = {}) {
  return safeText(max, opts.min ?? 0, true);
}
