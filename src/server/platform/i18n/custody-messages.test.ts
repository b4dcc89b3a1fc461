/**
 * The keys, passes and report messages the code builds from values (a state, a refusal, a
 * verdict) rather than writes out, so messages.test.ts cannot find them by reading the code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasKey } from './index.ts';
import { APPROVAL_STEPS, KEY_STATES } from '../../modules/keys/rules.ts';
import { PASS_STATES, SIGNER_ROLES } from '../../modules/passes/rules.ts';
import { UNIT_STATUSES } from '../../modules/properties/index.ts';

test('every key, pass and report message built from a value exists in both languages', () => {
  const keys = [
    ...KEY_STATES.map((s) => `key.state.${s}`),
    ...APPROVAL_STEPS.map((s) => `key.step.${s}`),
    ...['pending', 'approved', 'refused', 'issued', 'cancelled'].map((s) => `key.request_state.${s}`),
    ...['entrusted_vacant_only', 'not_received_only', 'id_required', 'id_mismatch', 'not_in_cabinet', 'not_entrusted', 'not_owner', 'handover_unfinished'].map((k) => `key.${k}`),
    ...['request_decided', 'approval_order', 'not_keeper', 'not_project_manager', 'not_company', 'same_approver'].map((k) => `key.${k}`),
    ...PASS_STATES.map((s) => `pass.state.${s}`),
    ...['arrears', 'call_refused', 'unreachable'].map((r) => `pass.refusal.${r}`),
    ...['used', 'expired', 'not_issued', 'refused', 'cancelled'].map((v) => `pass.gate_${v}`),
    ...SIGNER_ROLES.map((r) => `pass.signer.${r}`),
    ...UNIT_STATUSES.map((s) => `unit_status.${s}`),
  ];
  assert.deepEqual(keys.filter((k) => !hasKey(k)), []);
});
