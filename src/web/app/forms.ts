/**
 * Submitting a form whose fields are not valid. antd's validateFields() rejects then, after it
 * has already put each field's message under the field — the rejection is the user's input,
 * not a failure. A submit handler started from a click (`void submit()`) would otherwise let
 * it escape as an unhandled rejection: a page error, and nothing else happens.
 */
import type { FormInstance } from 'antd';

/** antd's rejection of validateFields(): `{ errorFields, values, outOfDate }`. */
export function isValidationFailure(err: unknown): boolean {
  return (
    typeof err === 'object' && err !== null && Array.isArray((err as { errorFields?: unknown }).errorFields)
  );
}

/**
 * The form's values when every field is valid, or null when some are not (their messages are shown).
 * @example const v = await validValues(form); if (!v) return;
 */
export async function validValues<T>(form: Pick<FormInstance<T>, 'validateFields'>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch (err) {
    if (isValidationFailure(err)) return null;
    throw err;
  }
}
