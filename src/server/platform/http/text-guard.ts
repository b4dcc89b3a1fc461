/**
 * The floor under every request schema: before any route runs, each string of the query and
 * of a JSON body (keys included) is checked for the characters of platform/text-safety.ts.
 * Schemas are written field by field and a free-form `z.string()` is easy to add; this way
 * none of them can let a NUL through to PostgreSQL (a 500 there, stored as-is by SQLite) or
 * a direction override onto a work order. Tabs and line breaks pass here — whether a field
 * is one line is the field's own schema's business (text-fields.ts).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { AppError, type FieldIssue } from '../errors.ts';
import { unsafeTextIssue } from '../text-safety.ts';
import type { AppEnv } from './context.ts';

// Enough to show a client what is wrong without echoing a whole hostile body back.
const MAX_ISSUES = 20;
const JSON_TYPE = /^application\/([a-z-.]+\+)?json/i;

/** Walks with its own stack, not recursion: a hostile body nested 400,000 deep is still only data. */
function collect(root: unknown, out: FieldIssue[]): void {
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0 && out.length < MAX_ISSUES) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const key = unsafeTextIssue(value, { multiline: true });
      if (key) out.push({ path, key });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], path ? `${path}.${i}` : String(i)]);
    } else if (value && typeof value === 'object') {
      // Reversed onto the stack, so problems are reported in the body's order.
      for (const [k, v] of Object.entries(value).reverse()) {
        const at = path ? `${path}.${k}` : k;
        const keyIssue = unsafeTextIssue(k, { multiline: false });
        if (keyIssue) out.push({ path: at, key: keyIssue });
        stack.push([v, at]);
      }
    }
  }
}

/** `hasJsonBody` says which requests may carry JSON (not uploads, whose bytes are not read here). */
export function refuseUnsafeText(opts: { hasJsonBody: (c: Context) => boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const issues: FieldIssue[] = [];
    for (const [name, values] of Object.entries(c.req.queries()))
      collect({ [name]: values.length === 1 ? values[0] : values }, issues);
    if (JSON_TYPE.test(c.req.header('content-type') ?? '') && opts.hasJsonBody(c)) {
      let body: unknown;
      try {
        // A copy: the request's own body stays unread for the route's validator, as before.
        body = await c.req.raw.clone().json();
      } catch {
        // Malformed JSON (or bytes sent as JSON): the route itself answers it.
      }
      collect(body, issues);
    }
    if (issues.length > 0) throw new AppError('VALIDATION', { fields: issues });
    await next();
  };
}
