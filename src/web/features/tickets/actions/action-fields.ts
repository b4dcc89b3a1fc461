/**
 * Actions whose dialog is a few plain fields (ActionBodies in the server's schema.ts): which
 * fields, which are required, which are words said to the customer (checked for taboo
 * phrases, PHR-1). Actions with their own dialog (forward, classify, confirm …) are not here.
 */
import type { TicketAction } from '../types.ts';
import { PAUSE_REASONS } from '../values.ts';

export type FieldName =
  | 'note'
  | 'workDone'
  | 'materials'
  | 'reason'
  | 'explanation'
  | 'text'
  | 'handling'
  | 'result'
  | 'cause'
  | 'corrective'
  | 'preventive'
  | 'pauseReason';

export interface FieldSpec {
  name: FieldName;
  required?: boolean;
  /** One line instead of a text area. */
  short?: boolean;
  /** Said or written to the customer: checked for taboo phrases as it is typed. */
  reply?: boolean;
  /** A choice from a closed set, labelled by this enum group. */
  options?: { group: 'pauseReason'; values: readonly string[] };
  /** The request body's name when it differs from the field's (pause's `reason`). */
  bodyName?: string;
}

export const FIELD_ACTIONS: Partial<Record<TicketAction, FieldSpec[]>> = {
  settle: [{ name: 'note', required: true, reply: true }],
  pick_up: [{ name: 'note' }],
  chase: [{ name: 'note' }],
  complete: [
    { name: 'workDone', required: true },
    { name: 'materials', short: true },
  ],
  rework: [{ name: 'reason', required: true }],
  close_invalid: [{ name: 'explanation', required: true, reply: true }],
  cancel: [{ name: 'reason', required: true }],
  pause: [
    {
      name: 'pauseReason',
      required: true,
      options: { group: 'pauseReason', values: PAUSE_REASONS },
      bodyName: 'reason',
    },
    { name: 'note' },
  ],
  resume: [{ name: 'note' }],
  comment: [{ name: 'text', required: true }],
  written_reply: [
    { name: 'handling', required: true, reply: true },
    { name: 'result', required: true, reply: true },
  ],
  corrective_action: [
    { name: 'cause', required: true },
    { name: 'corrective', required: true },
    { name: 'preventive', required: true },
  ],
};

/** Form values → the action's body (trimmed; renamed where the API's name differs). */
export function fieldsBody(
  specs: readonly FieldSpec[],
  values: Record<string, unknown>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const s of specs) {
    const v = values[s.name];
    if (v === undefined || v === null || v === '') continue;
    body[s.bodyName ?? s.name] = typeof v === 'string' ? v.trim() : v;
  }
  return body;
}
