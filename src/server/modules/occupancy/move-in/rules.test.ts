import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UNIT_STATUSES, UNIT_USES } from '../../properties/index.ts';
import {
  approvalProblems,
  billingDayProblems,
  canCancelMoveIn,
  canStartMoveIn,
  depositProblems,
  documentProblems,
  inspectionProblems,
  leaseProblems,
  MOVE_IN_STEP_PERMISSION,
  MOVE_IN_STEPS,
  NOTICE_ROLES,
  ownerConfirmationProblems,
  payerChange,
  requiredDocuments,
  statusAfterMoveIn,
} from './rules.ts';

test('HND-6, MVI-1..2: the manual’s order; the manager approves, the cashier takes money, the desk does the rest', () => {
  assert.deepEqual(
    [...MOVE_IN_STEPS],
    ['lease', 'owner_confirmation', 'approval', 'payment', 'documents', 'inspection', 'notice'],
  );
  assert.deepEqual(
    Object.fromEntries(
      MOVE_IN_STEPS.filter((s) => MOVE_IN_STEP_PERMISSION[s] !== 'occupancy.manage').map((s) => [
        s,
        MOVE_IN_STEP_PERMISSION[s],
      ]),
    ),
    { approval: 'occupancy.approve', payment: 'billing.collect' },
  );
});

test('PRP-2: a tenant moves into a vacant unit only; a home becomes tenant-occupied, anything else office in use', () => {
  assert.deepEqual(UNIT_STATUSES.filter(canStartMoveIn), ['vacant']);
  assert.deepEqual(Object.fromEntries(UNIT_USES.map((u) => [u, statusAfterMoveIn(u)])), {
    office: 'office_in_use',
    residential: 'tenant_occupied',
    commercial: 'office_in_use',
    apartment: 'tenant_occupied',
    storage: 'office_in_use',
    lobby: 'office_in_use',
    hotel: 'office_in_use',
    theatre: 'office_in_use',
    other: 'office_in_use',
  });
});

test('HND-6: a move-in is cancelled only before the money is taken', () => {
  assert.deepEqual(
    [...MOVE_IN_STEPS, null].map((s) => [s, canCancelMoveIn(s)]),
    [
      ['lease', true],
      ['owner_confirmation', true],
      ['approval', true],
      ['payment', true],
      ['documents', false],
      ['inspection', false],
      ['notice', false],
      [null, false],
    ],
  );
});

test('HND-6: the lease ends after it starts and is not over', () => {
  assert.deepEqual(leaseProblems({ start: '2026-12-01', end: '2028-11-30', today: '2026-11-25' }), []);
  assert.deepEqual(
    leaseProblems({ start: '2026-12-01', end: '2026-12-01', today: '2026-11-25' }).map((p) => p.key),
    ['move_in.lease_end_before_start'],
  );
  assert.deepEqual(
    leaseProblems({ start: '2026-12-01', end: '2026-11-30', today: '2026-11-25' }).map((p) => p.key),
    ['move_in.lease_end_before_start'],
  );
  assert.deepEqual(
    leaseProblems({ start: '2025-01-01', end: '2026-11-24', today: '2026-11-25' }).map((p) => p.key),
    ['move_in.lease_over'],
  );
  assert.deepEqual(
    leaseProblems({ start: '2025-01-01', end: '2026-11-25', today: '2026-11-25' }),
    [],
    'a lease ending today still runs today',
  );
});

test('MVI-1: one of the unit’s owners confirms; with none on record the owner party does, and no customer is named', () => {
  const cases: [string[], string | undefined, boolean][] = [
    [['o1', 'o2'], 'o2', true],
    [['o1'], undefined, false],
    [['o1'], 'tenant', false],
    [[], undefined, true],
    [[], 'someone', false],
  ];
  for (const [owners, id, ok] of cases)
    assert.equal(ownerConfirmationProblems(owners, id).length === 0, ok, `${owners} ${id}`);
});

test('HND-6: refusing a move-in needs a reason; approving does not', () => {
  assert.deepEqual(approvalProblems({ approve: true, note: '' }), []);
  assert.deepEqual(
    approvalProblems({ approve: false, note: ' ' }).map((p) => p.key),
    ['move_in.reject_note_required'],
  );
  assert.deepEqual(approvalProblems({ approve: false, note: '合同未盖章' }), []);
});

test('HND-6: the management-fee deposit is the price list’s amount when there is one, any amount otherwise', () => {
  assert.deepEqual(depositProblems(1_000_000, 1_000_000), []);
  assert.deepEqual(
    depositProblems(500_000, 1_000_000).map((p) => p.path),
    ['managementDeposit.amountFen'],
  );
  assert.deepEqual(depositProblems(500_000, null), []);
});

test('HND-6, MVI-2: the documents signed — the vehicle registration only when the tenant has vehicles', () => {
  assert.deepEqual(requiredDocuments(false), [
    'safety_fire_letter',
    'handbook_pledge',
    'emergency_contact_form',
    'tenant_info_form',
  ]);
  assert.deepEqual(requiredDocuments(true), [
    'safety_fire_letter',
    'handbook_pledge',
    'emergency_contact_form',
    'tenant_info_form',
    'vehicle_registration',
  ]);
  assert.deepEqual(documentProblems(false, requiredDocuments(false)), []);
  assert.deepEqual(
    documentProblems(true, requiredDocuments(false)).map((p) => p.path),
    ['documents.vehicle_registration'],
  );
  assert.deepEqual(
    documentProblems(false, []).map((p) => p.path),
    [
      'documents.safety_fire_letter',
      'documents.handbook_pledge',
      'documents.emergency_contact_form',
      'documents.tenant_info_form',
    ],
  );
});

test('HND-6: the joint inspection counts fixtures and reads each of the unit’s meters exactly once', () => {
  const unitMeters = ['e', 'w'];
  assert.deepEqual(inspectionProblems({ fixtures: 2, unitMeters, readings: ['w', 'e'] }), []);
  assert.deepEqual(
    inspectionProblems({ fixtures: 0, unitMeters: [], readings: [] }).map((p) => p.key),
    ['move_in.fixtures_required'],
  );
  assert.deepEqual(
    inspectionProblems({ fixtures: 1, unitMeters, readings: ['e'] }).map((p) => [p.path, p.key]),
    [['readings', 'move_in.meter_unread']],
  );
  assert.deepEqual(
    inspectionProblems({ fixtures: 1, unitMeters, readings: ['e', 'x', 'w'] }).map((p) => [p.path, p.key]),
    [['readings.1.meterId', 'move_in.meter_other_unit']],
  );
  assert.deepEqual(
    inspectionProblems({ fixtures: 1, unitMeters, readings: ['e', 'e', 'w'] }).map((p) => [p.path, p.key]),
    [['readings.1.meterId', 'move_in.meter_twice']],
  );
  assert.deepEqual(
    inspectionProblems({ fixtures: 1, unitMeters: [], readings: [] }),
    [],
    'a unit without meters has nothing to read',
  );
});

test('MVI-2: who pays from the billing day — every case', () => {
  const owner = { customerId: 'owner', startDay: '2026-01-01' };
  const day = '2026-12-01';
  assert.deepEqual(payerChange({ current: null, tenantId: 't', payer: 'tenant', billingFrom: day }), {
    closeCurrentOn: null,
    openForTenant: true,
  });
  assert.deepEqual(payerChange({ current: owner, tenantId: 't', payer: 'tenant', billingFrom: day }), {
    closeCurrentOn: '2026-11-30',
    openForTenant: true,
  });
  assert.deepEqual(
    payerChange({
      current: { customerId: 't', startDay: '2026-06-01' },
      tenantId: 't',
      payer: 'tenant',
      billingFrom: day,
    }),
    { closeCurrentOn: null, openForTenant: false },
    'already the payer (a renewal)',
  );
  assert.deepEqual(
    payerChange({ current: { ...owner, startDay: day }, tenantId: 't', payer: 'tenant', billingFrom: day }),
    { problem: { path: 'billingFrom', key: 'move_in.billing_before_payer' } },
  );
  assert.deepEqual(payerChange({ current: owner, tenantId: 't', payer: 'owner', billingFrom: day }), {
    closeCurrentOn: null,
    openForTenant: false,
  });
  assert.deepEqual(payerChange({ current: null, tenantId: 't', payer: 'owner', billingFrom: day }), {
    problem: { path: 'payer', key: 'move_in.no_owner_payer' },
  });
  assert.deepEqual(
    payerChange({
      current: { customerId: 't', startDay: '2026-01-01' },
      tenantId: 't',
      payer: 'owner',
      billingFrom: day,
    }),
    { problem: { path: 'payer', key: 'move_in.no_owner_payer' } },
  );
});

test('MVI-2: billing runs inside the lease, and the notice reaches every department', () => {
  const lease = { leaseStart: '2026-12-01', leaseEnd: '2028-11-30' };
  assert.deepEqual(
    ['2026-11-30', '2026-12-01', '2028-11-30', '2028-12-01'].map(
      (d) => billingDayProblems({ billingFrom: d, ...lease }).length,
    ),
    [1, 0, 0, 1],
  );
  for (const role of ['engineering', 'security', 'cleaning', 'cashier', 'cs_clerk'])
    assert.ok((NOTICE_ROLES as readonly string[]).includes(role), role);
});
