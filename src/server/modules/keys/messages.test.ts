/**
 * The key messages the code builds from values (a state, a step, a refusal) rather than
 * writes out, so catalogue.test.ts cannot find them by reading the code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messages } from './messages.ts';
import { APPROVAL_STEPS, KEY_STATES } from './rules.ts';

test('every key message built from a value exists in both languages', () => {
  const keys = [
    ...KEY_STATES.map((s) => `key.state.${s}`),
    ...APPROVAL_STEPS.map((s) => `key.step.${s}`),
    ...['pending', 'approved', 'refused', 'issued', 'cancelled'].map((s) => `key.request_state.${s}`),
    ...[
      'entrusted_vacant_only',
      'not_received_only',
      'id_required',
      'id_mismatch',
      'not_in_cabinet',
      'not_entrusted',
      'not_owner',
      'handover_unfinished',
    ].map((k) => `key.${k}`),
    ...[
      'request_decided',
      'approval_order',
      'not_keeper',
      'not_project_manager',
      'not_company',
      'same_approver',
    ].map((k) => `key.${k}`),
  ];
  assert.deepEqual(
    keys.filter((k) => !(k in messages.zh && k in messages.en)),
    [],
  );
});
