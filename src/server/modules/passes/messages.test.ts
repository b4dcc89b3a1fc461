/**
 * The pass messages the code builds from values (a state, a refusal, a gate verdict, a
 * signer) rather than writes out, so catalogue.test.ts cannot find them by reading the code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messages } from './messages.ts';
import { PASS_STATES, SIGNER_ROLES } from './rules.ts';

test('every pass message built from a value exists in both languages', () => {
  const keys = [
    ...PASS_STATES.map((s) => `pass.state.${s}`),
    ...['arrears', 'call_refused', 'unreachable'].map((r) => `pass.refusal.${r}`),
    ...['used', 'expired', 'not_issued', 'refused', 'cancelled'].map((v) => `pass.gate_${v}`),
    ...SIGNER_ROLES.map((r) => `pass.signer.${r}`),
  ];
  assert.deepEqual(
    keys.filter((k) => !(k in messages.zh && k in messages.en)),
    [],
  );
});
