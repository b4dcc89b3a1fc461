/** The pure rules of move-out and transfer, exhaustively. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MOVE_OUT_STATES,
  MOVE_OUT_STEPS,
  TRANSFER_STATES,
  TRANSFER_STEPS,
  archiveCloses,
  billingAfterTransfer,
  clearBlockers,
  compareFixtures,
  isResidentialUse,
  leaseDueForReminder,
  owesAnything,
  nextStep,
  refundGaps,
  refundStatus,
  unreadMeters,
} from './rules.ts';
import { addMonths, prepayRequiredFen } from '../rules.ts';
import { stepTarget } from '../../../platform/workflow/transitions.ts';
import { areaFeeFen } from '../../billing/index.ts';

test('MVO-2..6: the move-out steps go in order and none can be skipped', () => {
  const path = ['notified', 'inspected', 'cleared', 'keys_returned', 'completed'];
  const steps = ['inspect', 'clear', 'return_keys', 'complete'] as const;
  steps.forEach((s, i) => assert.equal(stepTarget(MOVE_OUT_STEPS, path[i]!, s), path[i + 1]));
  // Every other (state, step) pair that would jump ahead is refused.
  for (const state of MOVE_OUT_STATES) {
    for (const s of steps) {
      const allowed = path.indexOf(state) === steps.indexOf(s) || (s === 'inspect' && state === 'inspected');
      assert.equal(stepTarget(MOVE_OUT_STEPS, state, s) !== null, allowed, `${state} → ${s}`);
    }
  }
  assert.equal(stepTarget(MOVE_OUT_STEPS, 'notified', 'owner_answer'), 'notified');
  assert.equal(stepTarget(MOVE_OUT_STEPS, 'cleared', 'owner_answer'), null);
  assert.equal(stepTarget(MOVE_OUT_STEPS, 'completed', 'refund_deposit'), 'completed');
  assert.equal(stepTarget(MOVE_OUT_STEPS, 'keys_returned', 'refund_deposit'), null);
  assert.equal(stepTarget(MOVE_OUT_STEPS, 'completed', 'cancel'), null);
  assert.equal(stepTarget(MOVE_OUT_STEPS, 'cancelled', 'cancel'), null);
  assert.deepEqual(
    path.map((s) => nextStep(MOVE_OUT_STEPS, s)),
    ['inspect', 'clear', 'return_keys', 'complete', null],
  );
});

test('TRF-1/TRF-2: a transfer goes certificate → settlement → new owner → six months ahead → completed; nothing before the certificate', () => {
  const path = ['opened', 'certified', 'settled', 'owner_recorded', 'prepaid', 'completed'];
  const steps = ['certify', 'settle', 'record_owner', 'check_prepaid', 'complete'] as const;
  for (const state of TRANSFER_STATES) {
    for (const s of steps)
      assert.equal(
        stepTarget(TRANSFER_STEPS, state, s),
        path.indexOf(state) === steps.indexOf(s) ? path[path.indexOf(state) + 1] : null,
        `${state} → ${s}`,
      );
  }
  for (const s of steps.slice(1))
    assert.equal(stepTarget(TRANSFER_STEPS, 'opened', s), null, `TRF-1: ${s} needs the certificate`);
  assert.deepEqual(
    path.map((s) => nextStep(TRANSFER_STEPS, s)),
    ['certify', 'settle', 'record_owner', 'check_prepaid', 'complete', null],
  );
  assert.equal(stepTarget(TRANSFER_STEPS, 'prepaid', 'cancel'), 'cancelled');
});

test('MVO-3: fixtures are compared with the move-in inventory — short, worse, not found, or fine', () => {
  const moveIn = [
    { name: '空调', quantity: 2, condition: 'good' as const },
    { name: 'Door lock', quantity: 1, condition: 'damaged' as const },
    { name: '窗帘', quantity: 4, condition: 'good' as const },
  ];
  const found = compareFixtures(moveIn, [
    { name: '空调', quantity: 1, condition: 'good' },
    { name: 'door lock', quantity: 1, condition: 'damaged' },
    { name: '灯具', quantity: 6, condition: 'damaged' },
  ]);
  assert.deepEqual(found, [
    { name: '空调', expected: 2, found: 1, condition: 'good', problem: 'short' },
    { name: 'door lock', expected: 1, found: 1, condition: 'damaged', problem: null },
    { name: '灯具', expected: null, found: 6, condition: 'damaged', problem: 'worse' },
    { name: '窗帘', expected: 4, found: 0, condition: 'missing', problem: 'short' },
  ]);
  assert.equal(
    compareFixtures(moveIn, [{ name: '空调', quantity: 2, condition: 'damaged' }])[0]!.problem,
    'worse',
  );
  assert.equal(compareFixtures(moveIn, [{ name: '空调', quantity: 2, condition: 'missing' }])[0]!.found, 0);
  assert.deepEqual(compareFixtures(null, [{ name: '桌', quantity: 1, condition: 'good' }]), [
    { name: '桌', expected: null, found: 1, condition: 'good', problem: null },
  ]);
});

test('MVO-3/TRF-1: every meter must be read', () => {
  assert.deepEqual(unreadMeters(['e', 'w', 'g'], ['w']), ['e', 'g']);
  assert.deepEqual(unreadMeters(['e'], ['e', 'e']), []);
  assert.deepEqual(unreadMeters([], []), []);
});

test('MVO-4/MVO-7: what blocks the clearing, in order', () => {
  const ok = { inspectionPassed: true, residential: false, ownerAgreed: false, owedFen: 0, openBills: 0 };
  assert.deepEqual(clearBlockers(ok), []);
  assert.deepEqual(clearBlockers({ ...ok, owedFen: 1 }), ['owed']);
  assert.deepEqual(clearBlockers({ ...ok, openBills: 1 }), ['owed']);
  assert.deepEqual(clearBlockers({ ...ok, residential: true }), ['owner_not_agreed']);
  assert.deepEqual(clearBlockers({ ...ok, residential: true, ownerAgreed: true }), []);
  assert.deepEqual(
    clearBlockers({
      inspectionPassed: false,
      residential: true,
      ownerAgreed: false,
      owedFen: 5,
      openBills: 1,
    }),
    ['inspection_not_passed', 'owner_not_agreed', 'owed'],
  );
  assert.deepEqual(['residential', 'apartment', 'office', 'commercial'].map(isResidentialUse), [
    true,
    true,
    false,
    false,
  ]);
});

test('MVO-4: a single fen is owed; exactly nothing is not; credit on the balance does not settle an open bill', () => {
  assert.equal(owesAnything({ owedFen: 1, openBills: 1 }), true);
  assert.equal(owesAnything({ owedFen: 0, openBills: 0 }), false);
  assert.equal(owesAnything({ owedFen: 0, openBills: 1 }), true);
});

test('MVO-6: the archive is sealed only when the customer keeps no other unit', () => {
  assert.equal(archiveCloses(0), true);
  assert.equal(archiveCloses(1), false);
});

test('MVO-6: the deposit refund is due, overdue after its day, or refunded', () => {
  assert.equal(refundStatus({ dueOn: null, refundedAt: null, today: '2026-12-01' }), 'not_due_yet');
  assert.equal(refundStatus({ dueOn: '2026-12-16', refundedAt: null, today: '2026-12-16' }), 'due');
  assert.equal(refundStatus({ dueOn: '2026-12-16', refundedAt: null, today: '2026-12-17' }), 'overdue');
  assert.equal(
    refundStatus({ dueOn: '2026-12-16', refundedAt: '2026-12-20T01:00:00Z', today: '2026-12-30' }),
    'refunded',
  );
  assert.deepEqual(refundGaps(['a', 'b'], ['a']), { missing: ['b'], unknown: [] });
  assert.deepEqual(refundGaps(['a'], ['a', 'x']), { missing: [], unknown: ['x'] });
  assert.deepEqual(refundGaps([], []), { missing: [], unknown: [] });
});

test('MVO-1: a lease is reminded from one month before it ends, not earlier, not after', () => {
  assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonths('2026-12-15', 1), '2027-01-15');
  assert.equal(addMonths('2026-03-31', -1), '2026-02-28');
  assert.equal(leaseDueForReminder('2026-12-25', '2026-11-25'), true);
  assert.equal(leaseDueForReminder('2026-12-26', '2026-11-25'), false);
  assert.equal(leaseDueForReminder('2026-11-25', '2026-11-25'), true);
  assert.equal(leaseDueForReminder('2026-11-24', '2026-11-25'), false);
});

test("TRF-1: six months ahead of the monthly area and fixed fees of the unit's building", () => {
  const unit = { buildingId: 'b1', buildingAreaCentiM2: 18236, innerAreaCentiM2: 13980 };
  const items = [
    {
      kind: 'area',
      areaBasis: 'building' as const,
      rateMillifen: 2_500_000,
      amountFen: null,
      buildingId: null,
    },
    { kind: 'area', areaBasis: 'inner' as const, rateMillifen: 100_000, amountFen: null, buildingId: 'b1' },
    { kind: 'fixed', areaBasis: null, rateMillifen: null, amountFen: 3000, buildingId: null },
    {
      kind: 'area',
      areaBasis: 'building' as const,
      rateMillifen: 999_000,
      amountFen: null,
      buildingId: 'b2',
    },
    {
      kind: 'metered',
      areaBasis: 'building' as const,
      rateMillifen: 120_000,
      amountFen: null,
      buildingId: null,
    },
    { kind: 'deposit', areaBasis: null, rateMillifen: null, amountFen: 1_000_000, buildingId: null },
  ];
  // 182.36 m² × 25 元 = 4559.00; 139.80 m² × 1 元 = 139.80; + 30.00 → 4728.80 a month.
  assert.equal(prepayRequiredFen(items, unit, areaFeeFen), 472_880 * 6);
  assert.equal(prepayRequiredFen([], unit, areaFeeFen), 0);
});

test('TRF-1: billing moves at the handover date only from the old owner, never onto a unit a tenant pays for', () => {
  assert.deepEqual(
    billingAfterTransfer({ oldOwnerPays: true, someoneElsePays: false, handoverDay: '2026-12-01' }),
    { endOld: true, startNew: true, endDay: '2026-11-30' },
  );
  assert.deepEqual(
    billingAfterTransfer({ oldOwnerPays: false, someoneElsePays: true, handoverDay: '2026-12-01' }),
    { endOld: false, startNew: false, endDay: null },
  );
  assert.deepEqual(
    billingAfterTransfer({ oldOwnerPays: false, someoneElsePays: false, handoverDay: '2026-12-01' }),
    { endOld: false, startNew: true, endDay: null },
  );
});
