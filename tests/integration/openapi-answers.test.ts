/**
 * /api/docs documents every answer (issue #10, decision 0010): each operation's success
 * response names its content, and a JSON answer's schema says what it holds all the way
 * down — no `{}` (what `z.any()` or `z.unknown()` becomes) at any depth. The response check
 * (platform/http/response-check.ts) then proves under test that the code answers as declared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from '../support/factory/index.ts';
import type { OpenApiDoc } from '../support/openapi-walk.ts';

type Schema = Record<string, unknown>;

/** Paths inside a schema where nothing is said about the value. */
function emptySpots(schema: Schema, doc: OpenApiDoc, at: string, seen: Set<string>): string[] {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    if (seen.has(name)) return [];
    const target = doc.components?.schemas?.[name];
    return target
      ? emptySpots(target, doc, `${at}→${name}`, new Set([...seen, name]))
      : [`${at}: ${schema.$ref} is missing`];
  }
  const said = ['type', 'anyOf', 'oneOf', 'allOf', 'enum', 'const', 'not'].some((k) => k in schema);
  if (!said) return [at];
  const out: string[] = [];
  for (const [k, v] of Object.entries((schema.properties as Record<string, Schema>) ?? {}))
    out.push(...emptySpots(v, doc, `${at}.${k}`, seen));
  if (schema.items && typeof schema.items === 'object')
    out.push(...emptySpots(schema.items as Schema, doc, `${at}[]`, seen));
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
    out.push(...emptySpots(schema.additionalProperties as Schema, doc, `${at}{}`, seen));
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const)
    for (const [i, s] of ((schema[k] as Schema[]) ?? []).entries())
      out.push(...emptySpots(s, doc, `${at}|${k}${i}`, seen));
  return out;
}

createTestApp('OpenAPI: every answer documented', (ctx) => {
  test('every operation declares a success answer whose JSON schema is complete at every depth', async () => {
    const doc = (await (await ctx().login('admin')).get('/api/docs')).body as OpenApiDoc;
    const gaps: string[] = [];
    let operations = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        operations++;
        const responses = (op.responses ?? {}) as Record<
          string,
          { content?: Record<string, { schema?: Schema }> }
        >;
        const success = Object.entries(responses).filter(([code]) => /^2\d\d$/.test(code));
        if (success.length === 0) gaps.push(`${method.toUpperCase()} ${path}: no success answer`);
        for (const [code, r] of success) {
          if (code === '204') continue;
          if (!r.content) gaps.push(`${method.toUpperCase()} ${path} ${code}: no content`);
          const json = r.content?.['application/json']?.schema;
          if (json) gaps.push(...emptySpots(json, doc, `${method.toUpperCase()} ${path} ${code}`, new Set()));
        }
      }
    }
    assert.ok(operations > 180, `only ${operations} operations in /api/docs`);
    assert.deepEqual(gaps, []);
  });
});
