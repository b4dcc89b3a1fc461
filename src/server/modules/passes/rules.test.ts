import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  arrearsOutcome,
  BULK_TEMPORARY_ITEMS,
  CALL_ANSWERS,
  callOutcome,
  canDo,
  CARRIER_TYPES,
  confirmationParty,
  FREQUENT_PASSES,
  gateVerdict,
  initialState,
  PASS_ACTIONS,
  PASS_STATES,
  passNumber,
  removalFlags,
  requiredSignatures,
  type PassAction,
  type PassState,
} from './rules.ts';

test('REL-3..5: pass states × steps — nothing can be skipped, refused and used are final', () => {
  const allowed: Record<PassState, PassAction[]> = {
    awaiting_arrears: ['check_arrears', 'cancel'],
    awaiting_call: ['record_call', 'cancel'],
    awaiting_signatures: ['sign', 'issue', 'cancel'],
    issued: ['release', 'cancel'],
    used: [],
    refused: [],
    cancelled: [],
  };
  for (const s of PASS_STATES)
    for (const a of PASS_ACTIONS) assert.equal(canDo(s, a), allowed[s].includes(a), `${s} ${a}`);
});

test('REL-2/REL-3: a move-out waits for the fees check; a temporary pass goes to the call (or to signing when the owner carries)', () => {
  for (const c of CARRIER_TYPES) {
    assert.equal(initialState('moving_out', c), 'awaiting_arrears');
    assert.equal(initialState('temporary', c), c === 'owner' ? 'awaiting_signatures' : 'awaiting_call');
  }
});

test('REL-3: anything owed up to today refuses the move-out; settled goes on', () => {
  assert.deepEqual(arrearsOutcome(1, 'tenant'), { state: 'refused', refusal: 'arrears' });
  assert.deepEqual(arrearsOutcome(0, 'tenant'), { state: 'awaiting_call', refusal: null });
  assert.deepEqual(arrearsOutcome(0, 'owner'), { state: 'awaiting_signatures', refusal: null });
});

test('REL-4: phone the owner for tenants and non-owners, the company head for company staff', () => {
  assert.deepEqual(
    CARRIER_TYPES.map((c) => [c, confirmationParty(c)]),
    [
      ['owner', null],
      ['tenant', 'owner'],
      ['family', 'owner'],
      ['domestic_helper', 'owner'],
      ['company_staff', 'company_head'],
    ],
  );
});

test('REL-4: only "agreed" lets the pass go on; refused and unreachable owner → no pass', () => {
  assert.deepEqual(
    CALL_ANSWERS.map((a) => [a, callOutcome(a)]),
    [
      ['agreed', { state: 'awaiting_signatures', refusal: null }],
      ['refused', { state: 'refused', refusal: 'call_refused' }],
      ['unreachable', { state: 'refused', refusal: 'unreachable' }],
    ],
  );
});

test('REL-5: three signatures — CS clerk, carrier, owner; the owner carrying signs once as carrier', () => {
  for (const c of CARRIER_TYPES) {
    assert.deepEqual(
      requiredSignatures(c),
      c === 'owner' ? ['pass.clerk', 'pass.carrier'] : ['pass.clerk', 'pass.carrier', 'pass.owner'],
    );
  }
});

test('REL-2: the 3rd temporary pass of a unit in 30 days is flagged, and so are many items “for a while”; move-outs never', () => {
  for (let earlier = 0; earlier <= 4; earlier++) {
    assert.deepEqual(
      removalFlags({ purpose: 'temporary', quantities: [1], earlierTemporary: earlier }),
      earlier + 1 >= FREQUENT_PASSES ? ['frequent'] : [],
    );
  }
  assert.deepEqual(
    removalFlags({ purpose: 'temporary', quantities: [BULK_TEMPORARY_ITEMS - 1], earlierTemporary: 0 }),
    [],
  );
  assert.deepEqual(
    removalFlags({ purpose: 'temporary', quantities: [4, BULK_TEMPORARY_ITEMS - 4], earlierTemporary: 0 }),
    ['bulk_temporary'],
  );
  assert.deepEqual(removalFlags({ purpose: 'temporary', quantities: [20], earlierTemporary: 5 }), [
    'frequent',
    'bulk_temporary',
  ]);
  assert.deepEqual(removalFlags({ purpose: 'moving_out', quantities: [50], earlierTemporary: 9 }), []);
});

test('REL-5: the gate lets a pass out once, on its day only', () => {
  const today = '2026-11-25';
  const cases: [PassState, string | null, string][] = [
    ['issued', today, 'valid'],
    ['issued', '2026-11-24', 'expired'],
    ['used', today, 'used'],
    ['refused', null, 'refused'],
    ['cancelled', null, 'cancelled'],
    ['awaiting_arrears', null, 'not_issued'],
    ['awaiting_call', null, 'not_issued'],
    ['awaiting_signatures', null, 'not_issued'],
  ];
  for (const [state, validOn, want] of cases)
    assert.equal(gateVerdict({ state, validOn, today }), want, state);
});

test('pass numbers run per year: FX-2026-0001', () => {
  assert.equal(passNumber('2026', 1), 'FX-2026-0001');
  assert.equal(passNumber('2027', 12345), 'FX-2027-12345');
});
