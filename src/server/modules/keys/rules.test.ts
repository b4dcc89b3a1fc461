import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  APPROVAL_STEPS,
  approvalSteps,
  approverRefusal,
  borrowIrregularity,
  collectRefusal,
  identityRefusal,
  KEY_ACTIONS,
  KEY_KINDS,
  KEY_STATES,
  keyActions,
  lossAttribution,
  nextKeyState,
  pendingStep,
  registrationRefusal,
  requestStateOf,
  type CollectCase,
  type KeyState,
} from './rules.ts';

const UNIT_STATUSES = [
  'not_received',
  'vacant',
  'renovating',
  'owner_occupied',
  'tenant_occupied',
  'office_in_use',
];

test('KEY-1: owners entrust keys of vacant units only; a not-received key needs a unit not yet received', () => {
  for (const status of UNIT_STATUSES) {
    assert.equal(
      registrationRefusal('entrusted', status),
      status === 'vacant' ? null : 'key.entrusted_vacant_only',
      status,
    );
    assert.equal(
      registrationRefusal('not_received', status),
      status === 'not_received' ? null : 'key.not_received_only',
      status,
    );
    assert.equal(registrationRefusal('developer', status), null, status);
    // HND-4: the key kept for the repairs enters the register only from its handover.
    assert.equal(registrationRefusal('rectification', status), 'key.rectification_by_handover', status);
    assert.equal(registrationRefusal('rectification', status, true), null, status);
  }
});

test('KEY-1..4: the key state machine, every state × action', () => {
  const expected: Record<KeyState, Partial<Record<(typeof KEY_ACTIONS)[number], KeyState>>> = {
    in_cabinet: { issue: 'handed_over', view: 'viewing', borrow: 'borrowed', lose: 'lost' },
    viewing: { return: 'in_cabinet', lose: 'lost' },
    borrowed: { return: 'in_cabinet', lose: 'lost' },
    handed_over: {},
    lost: {},
  };
  for (const s of KEY_STATES) {
    for (const a of KEY_ACTIONS) assert.equal(nextKeyState(s, a), expected[s][a] ?? null, `${s} ${a}`);
    assert.deepEqual(
      keyActions(s),
      Object.keys(expected[s]).sort(
        (x, y) => KEY_ACTIONS.indexOf(x as never) - KEY_ACTIONS.indexOf(y as never),
      ),
    );
    // HND-4: a key kept for the repairs can be lent, viewed with, lost — never handed out here.
    assert.deepEqual(
      keyActions(s, 'rectification'),
      keyActions(s).filter((a) => a !== 'issue'),
    );
  }
});

test('KEY-2: identity checked — a number is required and must match the archive when it has one', () => {
  assert.equal(identityRefusal('', ''), 'key.id_required');
  assert.equal(identityRefusal('110101199001011234', '  '), 'key.id_required');
  assert.equal(identityRefusal('', '110101199001011234'), null);
  assert.equal(identityRefusal('11010119900101123x', '11010119900101123X '), null);
  assert.equal(identityRefusal('110101199001011234', '110101199001011235'), 'key.id_mismatch');
});

test('KEY-2: who may collect a key — every kind × list × handover × approval', () => {
  const base: CollectCase = {
    keyKind: 'developer',
    keyState: 'in_cabinet',
    entrustedCount: 0,
    onEntrustedList: false,
    handover: 'finished',
    approvedIrregular: false,
    archiveIdNumber: '',
    typedIdNumber: 'X1',
  };
  for (const keyKind of KEY_KINDS) {
    for (const listed of [0, 1] as const) {
      for (const onList of [false, true]) {
        if (onList && !listed) continue;
        for (const handover of ['finished', 'unfinished', 'not_owner'] as const) {
          for (const approvedIrregular of [false, true]) {
            const got = collectRefusal({
              ...base,
              keyKind,
              entrustedCount: listed,
              onEntrustedList: onList,
              handover,
              approvedIrregular,
            });
            let want: string | null = null;
            if (keyKind === 'rectification') want = 'key.rectification_returns_with_handover';
            else if (!approvedIrregular) {
              if ((keyKind === 'entrusted' || listed) && !onList) want = 'key.not_entrusted';
              else if (keyKind !== 'entrusted' && handover === 'not_owner') want = 'key.not_owner';
              else if (keyKind !== 'entrusted' && handover === 'unfinished') want = 'key.handover_unfinished';
            }
            assert.equal(got, want, JSON.stringify({ keyKind, listed, onList, handover, approvedIrregular }));
          }
        }
      }
    }
  }
  // Never without the identity check, and never a key that is not in the cabinet.
  assert.equal(collectRefusal({ ...base, approvedIrregular: true, typedIdNumber: '' }), 'key.id_required');
  for (const keyState of KEY_STATES.filter((s) => s !== 'in_cabinet'))
    assert.equal(collectRefusal({ ...base, keyState }), 'key.not_in_cabinet');
});

test('KEY-4: a borrowing is irregular when kept overnight, when it is an owner’s key, or when marked', () => {
  const tz = 'Asia/Shanghai';
  const out = new Date('2026-11-25T02:00:00Z'); // 10:00 local
  const sameDay = new Date('2026-11-25T15:59:00Z'); // 23:59 local
  const nextDay = new Date('2026-11-25T16:00:00Z'); // 00:00 local next day
  assert.deepEqual(
    borrowIrregularity({ keyKind: 'developer', outAt: out, dueAt: sameDay, timeZone: tz, marked: false }),
    [],
  );
  assert.deepEqual(
    borrowIrregularity({ keyKind: 'developer', outAt: out, dueAt: nextDay, timeZone: tz, marked: false }),
    ['overnight'],
  );
  assert.deepEqual(
    borrowIrregularity({ keyKind: 'entrusted', outAt: out, dueAt: sameDay, timeZone: tz, marked: true }),
    ['owner_key', 'marked'],
  );
});

test('KEY-4: approvals in order — PM and company before the keeper for an irregular borrowing', () => {
  assert.deepEqual(approvalSteps('borrow', false), ['keeper']);
  assert.deepEqual(approvalSteps('borrow', true), ['project_manager', 'company', 'keeper']);
  assert.deepEqual(approvalSteps('owner_collect', true), ['project_manager', 'company']);
  const steps = approvalSteps('borrow', true);
  assert.equal(pendingStep(steps, []), 'project_manager');
  assert.equal(
    pendingStep(steps, [{ step: 'project_manager', decision: 'approved', userId: 'pm' }]),
    'company',
  );
  assert.equal(
    requestStateOf(steps, [{ step: 'project_manager', decision: 'approved', userId: 'pm' }]),
    'pending',
  );
  assert.equal(
    requestStateOf(steps, [{ step: 'project_manager', decision: 'refused', userId: 'pm' }]),
    'refused',
  );
  assert.equal(pendingStep(steps, [{ step: 'project_manager', decision: 'refused', userId: 'pm' }]), null);
  const all = steps.map((step, i) => ({ step, decision: 'approved' as const, userId: `u${i}` }));
  assert.equal(requestStateOf(steps, all), 'approved');
  assert.equal(pendingStep(steps, all), null);
});

test('KEY-4: who may decide a step — the keeper, a project manager, the company; one step each, in order', () => {
  const who = { isKeeper: false, isProjectManager: false, isCompanyAdmin: false, decidedBefore: false };
  for (const step of APPROVAL_STEPS) {
    assert.equal(approverRefusal({ ...who, step, pending: null }), 'key.request_decided');
    const other = APPROVAL_STEPS.find((s) => s !== step)!;
    assert.equal(approverRefusal({ ...who, step, pending: other }), 'key.approval_order');
  }
  assert.equal(approverRefusal({ ...who, step: 'keeper', pending: 'keeper' }), 'key.not_keeper');
  assert.equal(approverRefusal({ ...who, isKeeper: true, step: 'keeper', pending: 'keeper' }), null);
  assert.equal(
    approverRefusal({ ...who, isCompanyAdmin: true, step: 'project_manager', pending: 'project_manager' }),
    'key.not_project_manager',
  );
  assert.equal(
    approverRefusal({ ...who, isProjectManager: true, step: 'project_manager', pending: 'project_manager' }),
    null,
  );
  assert.equal(
    approverRefusal({ ...who, isProjectManager: true, step: 'company', pending: 'company' }),
    'key.not_company',
  );
  assert.equal(
    approverRefusal({
      ...who,
      isCompanyAdmin: true,
      decidedBefore: true,
      step: 'company',
      pending: 'company',
    }),
    'key.same_approver',
  );
});

test('KEY-4: a lost key is attributed to whoever held it, else to the keeper', () => {
  const keeper = { userId: 'k', name: '王芳' };
  const holder = { userId: 'e', name: '刘强' };
  assert.deepEqual(lossAttribution('viewing', holder, keeper), {
    userId: 'e',
    name: '刘强',
    basis: 'holder',
  });
  assert.deepEqual(lossAttribution('borrowed', holder, keeper), {
    userId: 'e',
    name: '刘强',
    basis: 'holder',
  });
  assert.deepEqual(lossAttribution('in_cabinet', { userId: null, name: '' }, keeper), {
    userId: 'k',
    name: '王芳',
    basis: 'keeper',
  });
});
