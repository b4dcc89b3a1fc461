import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentStep, signerRole, wizardSteps } from './passes/pass-labels.ts';
import { canDecide } from './keys/key-labels.ts';

test('REL-3/REL-4: the wizard shows the fees step only for a move-out and the call only when someone is phoned', () => {
  assert.deepEqual(wizardSteps({ purpose: 'temporary', callParty: 'company_head' }), [
    'register',
    'call',
    'sign',
    'issue',
    'gate',
  ]);
  assert.deepEqual(wizardSteps({ purpose: 'moving_out', callParty: null }), [
    'register',
    'arrears',
    'sign',
    'issue',
    'gate',
  ]);
  assert.equal(currentStep({ state: 'refused', refusal: 'arrears' }), 'arrears');
  assert.equal(currentStep({ state: 'refused', refusal: 'unreachable' }), 'call');
  assert.equal(currentStep({ state: 'used', refusal: null }), 'gate');
  assert.equal(signerRole('pass.owner'), 'owner');
});

test('KEY-4: the decide buttons show for the person the pending step waits for, once per person', () => {
  const key = { keeperId: 'k' };
  const me = (userId: string, extra: Partial<{ isCompanyAdmin: boolean; canApprove: boolean }> = {}) => ({
    userId,
    isCompanyAdmin: false,
    canApprove: false,
    ...extra,
  });
  assert.equal(canDecide({ pendingStep: 'keeper', approvals: [] }, key, me('k')), true);
  assert.equal(canDecide({ pendingStep: 'keeper', approvals: [] }, key, me('x')), false);
  assert.equal(
    canDecide({ pendingStep: 'project_manager', approvals: [] }, key, me('pm', { canApprove: true })),
    true,
  );
  assert.equal(
    canDecide(
      {
        pendingStep: 'company',
        approvals: [
          { step: 'project_manager', decision: 'approved', userId: 'a', userName: '', note: '', at: '' },
        ],
      },
      key,
      me('a', { isCompanyAdmin: true }),
    ),
    false,
  );
  assert.equal(canDecide({ pendingStep: null, approvals: [] }, key, me('k')), false);
});
