/**
 * Walks the API's own OpenAPI document (/api/docs) so a test can try every route: the
 * operations with their path parameters, a plausible request body and query built from the
 * JSON schemas, and the path of every text field in that body. Tests that must hold for
 * every endpoint (bad text refused, malformed ids never a 5xx) use it, so a new route is
 * covered the day it is added.
 * @example
 *   for (const op of operations(doc)) {
 *     const body = op.body ? sampleOf(op.body, doc) : undefined;
 *     for (const path of textPaths(body)) { … }
 *   }
 */

type Schema = Record<string, any>;
export interface OpenApiDoc {
  paths: Record<string, Record<string, Schema>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The document's path, e.g. '/projects/{projectId}/tickets/{ticketId}'. */
  path: string;
  pathParams: string[];
  /** Query parameters: name → schema, and whether each is required. */
  query: { name: string; schema: Schema; required: boolean }[];
  /** The JSON request body's schema, if the route takes JSON. */
  body: Schema | null;
}

export function operations(doc: OpenApiDoc): Operation[] {
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params: Schema[] = op.parameters ?? [];
      out.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name as string),
        query: params
          .filter((p) => p.in === 'query')
          .map((p) => ({
            name: p.name as string,
            schema: p.schema as Schema,
            required: p.required === true,
          })),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return out;
}

/** Fills the `{name}` placeholders of a document path. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? `missing-${name}`),
  );
}

function resolve(schema: Schema, doc: OpenApiDoc): Schema {
  let s = schema;
  while (s && typeof s.$ref === 'string')
    s = doc.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')] ?? {};
  return s;
}

// Values that satisfy the patterns the API uses when a field carries no example.
const PATTERN_CANDIDATES = [
  '2026-11',
  '2026-W47',
  '08:30',
  'A1',
  '1-101',
  'AB12',
  'B',
  '1',
  '京A12345',
  '13800000001',
];

function sampleString(s: Schema): string {
  if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000001';
  if (s.format === 'date') return '2026-11-25';
  if (s.format === 'date-time') return '2026-11-25T01:00:00.000Z';
  if (s.format === 'binary') return '';
  if (typeof s.pattern === 'string') {
    const re = new RegExp(s.pattern);
    const fit = PATTERN_CANDIDATES.find((c) => re.test(c));
    if (fit) return fit;
  }
  const min = typeof s.minLength === 'number' ? s.minLength : 1;
  const max = typeof s.maxLength === 'number' ? s.maxLength : 40;
  return 'Ab1xyzwvut'.padEnd(Math.max(min, 3), 'a').slice(0, Math.max(min, Math.min(max, 10)));
}

/**
 * A value the schema plausibly accepts: examples and defaults first, every optional property
 * and one item per array included (so every text field is reachable).
 */
export function sampleOf(schema: Schema, doc: OpenApiDoc): unknown {
  const s = resolve(schema, doc);
  if ('example' in s) return s.example;
  if ('default' in s) return s.default;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  const branches: Schema[] | undefined = s.anyOf ?? s.oneOf;
  if (branches) return sampleOf(branches.find((b) => resolve(b, doc).type !== 'null') ?? branches[0]!, doc);
  if (s.allOf) return Object.assign({}, ...s.allOf.map((b: Schema) => sampleOf(b, doc)));
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries<Schema>(s.properties ?? {})) out[k] = sampleOf(v, doc);
      return out;
    }
    case 'array': {
      const n = Math.max(s.minItems ?? 1, s.maxItems === 0 ? 0 : 1);
      return Array.from({ length: n }, () => sampleOf(s.items ?? {}, doc));
    }
    case 'string':
      return sampleString(s);
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number'
        ? Math.max(s.minimum, Math.min(1, s.maximum ?? 1))
        : typeof s.exclusiveMinimum === 'number'
          ? s.exclusiveMinimum + 1
          : 1;
    case 'boolean':
      return false;
    default:
      return 'x';
  }
}

/** Dotted paths ('phones.0.label') of every string in a value. */
export function textPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (Array.isArray(value))
    return value.flatMap((v, i) => textPaths(v, prefix ? `${prefix}.${i}` : String(i)));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => textPaths(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

/** A deep copy of `value` with the string at `path` replaced by `replace(old)`. */
export function withTextAt(value: unknown, path: string, replace: (old: string) => string): unknown {
  const copy = structuredClone(value);
  const keys = path.split('.');
  let node: any = copy;
  for (const k of keys.slice(0, -1)) node = node[k];
  const last = keys[keys.length - 1]!;
  node[last] = replace(String(node[last]));
  return copy;
}
