/** Turns zod issues into our field issues (path + message key), one per offending field. */
import type { z } from 'zod';
import type { FieldIssue } from '../errors.ts';

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** `input` is the raw request value, used to tell a missing field from one of the wrong type. */
export function fieldIssuesFromZod(error: z.ZodError, input?: unknown): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const k of issue.keys) out.push({ path: base ? `${base}.${k}` : k, key: 'field.unknown' });
        break;
      case 'invalid_type':
        out.push(
          valueAt(input, issue.path) === undefined
            ? { path: base, key: 'field.required' }
            : { path: base, key: 'field.type', params: { expected: issue.expected } },
        );
        break;
      case 'too_small':
        out.push(
          issue.origin === 'string'
            ? { path: base, key: 'field.too_short', params: { min: Number(issue.minimum) } }
            : { path: base, key: 'field.too_small', params: { min: Number(issue.minimum) } },
        );
        break;
      case 'too_big':
        out.push(
          issue.origin === 'string'
            ? { path: base, key: 'field.too_long', params: { max: Number(issue.maximum) } }
            : { path: base, key: 'field.too_big', params: { max: Number(issue.maximum) } },
        );
        break;
      case 'invalid_format':
        out.push({ path: base, key: 'field.format' });
        break;
      case 'invalid_value':
        out.push({ path: base, key: 'field.enum', params: { options: issue.values.map(String).join(', ') } });
        break;
      case 'custom': {
        // Our own checks (text-fields.ts, date-fields.ts) name their message key and its values.
        const own = issue.params as { key?: unknown; values?: Record<string, string | number> } | undefined;
        out.push({
          path: base,
          key: typeof own?.key === 'string' ? own.key : 'field.invalid',
          ...(own?.values ? { params: own.values } : {}),
        });
        break;
      }
      default:
        out.push({ path: base, key: 'field.invalid' });
    }
  }
  return out;
}
