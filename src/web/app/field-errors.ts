/**
 * Server field problems onto antd form items. The API names each problem by its dotted
 * path into the request body, which is the form's field path when the form mirrors the body.
 */
import type { FormInstance } from 'antd';
import type { FieldProblem } from './api.ts';

/**
 * 'segments.0.fromFloor' → ['segments', 0, 'fromFloor'], the NamePath antd forms use.
 * @example toNamePath('segments.2.use') // ['segments', 2, 'use']
 */
export function toNamePath(path: string): (string | number)[] {
  return path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function hasPath(values: unknown, path: (string | number)[]): boolean {
  let cur: unknown = values;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object' || !(p in (cur as object))) return false;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return true;
}

/**
 * Puts each field problem on its form item; returns the ones the form has no item for, so
 * the caller can still show them.
 */
export function applyFieldErrors(
  form: Pick<FormInstance, 'getFieldsValue' | 'setFields'> | undefined,
  fields: FieldProblem[],
): FieldProblem[] {
  if (!form) return fields;
  const values = form.getFieldsValue(true) as unknown;
  const placed = fields.filter((f) => hasPath(values, toNamePath(f.path)));
  const byPath = new Map<string, string[]>();
  for (const f of placed) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f.message]);
  form.setFields([...byPath].map(([path, errors]) => ({ name: toNamePath(path), errors })));
  return fields.filter((f) => !placed.includes(f));
}
