import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UNIT_STATUSES } from '../../properties/index.ts';
import { areaFeeFen } from '../../billing/index.ts';
import {
  archiveProblems,
  canStartHandover,
  DECLINE_REASONS,
  declineProblems,
  HANDOVER_STEP_PERMISSION,
  HANDOVER_STEPS,
  keysProblems,
  prepaymentQuote,
  rosterMismatches,
  type QuoteItem,
} from './rules.ts';

const ID = '11010519491231002X';

test('HND-1..5: the manual’s order, and money is the cashier’s step', () => {
  assert.deepEqual([...HANDOVER_STEPS], ['roster', 'archive', 'fees', 'keys', 'receipt']);
  assert.deepEqual(
    HANDOVER_STEPS.filter((s) => HANDOVER_STEP_PERMISSION[s] !== 'occupancy.manage'),
    ['fees'],
  );
  assert.equal(HANDOVER_STEP_PERMISSION.fees, 'billing.collect');
});

test('PRP-2: only a unit not yet received (未接房) can be handed over', () => {
  assert.deepEqual(UNIT_STATUSES.filter(canStartHandover), ['not_received']);
});

test('HND-1: the roster match — ID type, number and contract; case, spaces and dashes do not matter', () => {
  const entry = { idType: 'id_card', idNumber: ID, contractNo: 'CH-2-0103' };
  assert.deepEqual(
    rosterMismatches(entry, {
      idType: 'id_card',
      idNumber: ` ${ID.toLowerCase()} `,
      contractNo: 'ch 2 0103',
    }),
    [],
  );
  assert.deepEqual(
    rosterMismatches(entry, { idType: 'passport', idNumber: 'E12345678', contractNo: 'CH-2-0104' }).map(
      (f) => [f.path, f.key],
    ),
    [
      ['idType', 'handover.roster_id_type'],
      ['idNumber', 'handover.roster_id_number'],
      ['contractNo', 'handover.roster_contract'],
    ],
  );
  assert.deepEqual(
    rosterMismatches(entry, { idType: 'id_card', idNumber: ID, contractNo: '' }).map((f) => f.path),
    ['contractNo'],
    'a roster with a contract number needs it shown',
  );
  assert.deepEqual(
    rosterMismatches(
      { ...entry, contractNo: '' },
      { idType: 'id_card', idNumber: ID, contractNo: 'anything' },
    ),
    [],
    'a roster row without a contract checks the ID only',
  );
});

test('HND-2: the archive needs an emergency mobile other than the owner’s own, and a birthday (from the ID card when not given)', () => {
  const base = {
    idType: 'id_card' as const,
    idNumber: ID,
    mobile: '138-0000-0000',
    emergencyPhone: '13900000000',
    birthday: undefined,
  };
  assert.deepEqual(archiveProblems(base), { birthday: '1949-12-31', problems: [] });
  assert.deepEqual(
    archiveProblems({ ...base, birthday: '1950-01-02' }).birthday,
    '1950-01-02',
    'a birthday given wins',
  );
  assert.deepEqual(
    archiveProblems({ ...base, emergencyPhone: undefined }).problems.map((p) => p.key),
    ['handover.emergency_phone_required'],
  );
  assert.deepEqual(
    archiveProblems({ ...base, emergencyPhone: '  ' }).problems.map((p) => p.key),
    ['handover.emergency_phone_required'],
  );
  assert.deepEqual(
    archiveProblems({ ...base, emergencyPhone: '+86 13800000000' }).problems.map((p) => p.key),
    ['handover.emergency_same_as_mobile'],
  );
  assert.deepEqual(
    archiveProblems({ ...base, idType: 'passport', idNumber: 'E12345678' }).problems.map((p) => [
      p.path,
      p.key,
    ]),
    [['birthday', 'handover.birthday_required']],
  );
  assert.deepEqual(
    archiveProblems({ ...base, idType: 'passport', idNumber: 'E12345678', birthday: '1980-05-06' }).problems,
    [],
  );
});

const MGMT: QuoteItem = {
  code: 'MGMT',
  name: '物业管理费',
  kind: 'area',
  areaBasis: 'building',
  rateMillifen: 250_000,
  amountFen: null,
  buildingId: null,
};
const UNIT = { buildingId: 'b2', buildingAreaCentiM2: 9876, innerAreaCentiM2: 7930 };

test('HND-3: six months of the monthly fees from the handover day, with the period they cover', () => {
  const q = prepaymentQuote([MGMT], UNIT, '2026-11-25', areaFeeFen)!;
  assert.deepEqual(q, {
    from: '2026-11-25',
    to: '2027-05-24',
    lines: [{ code: 'MGMT', name: '物业管理费', monthlyFen: 24_690, totalFen: 148_140 }],
    totalFen: 148_140,
  });
  // A month's end: to the day before the same date six months on (clamped to the month).
  assert.equal(prepaymentQuote([MGMT], UNIT, '2026-08-31', areaFeeFen)!.to, '2027-02-27');
  assert.equal(prepaymentQuote([MGMT], UNIT, '2026-12-01', areaFeeFen)!.to, '2027-05-31');
  assert.equal(prepaymentQuote([MGMT], UNIT, '2027-01-01', areaFeeFen)!.to, '2027-06-30');
});

test('HND-3: the inner area when the item says so, fixed monthly items added, other buildings’ and other kinds ignored', () => {
  const items: QuoteItem[] = [
    { ...MGMT, areaBasis: 'inner' },
    {
      code: 'LIFT',
      name: '电梯费',
      kind: 'fixed',
      areaBasis: null,
      rateMillifen: null,
      amountFen: 3_000,
      buildingId: 'b2',
    },
    {
      code: 'B1ONLY',
      name: '1栋专项',
      kind: 'fixed',
      areaBasis: null,
      rateMillifen: null,
      amountFen: 9_999,
      buildingId: 'b1',
    },
    {
      code: 'ELEC',
      name: '电费',
      kind: 'metered',
      areaBasis: 'building',
      rateMillifen: 500_000,
      amountFen: null,
      buildingId: null,
    },
    {
      code: 'DEP',
      name: '押金',
      kind: 'deposit',
      areaBasis: null,
      rateMillifen: null,
      amountFen: 100_000,
      buildingId: null,
    },
  ];
  const q = prepaymentQuote(items, UNIT, '2026-11-25', areaFeeFen)!;
  // 79.30 m² × 2.50 = 198.25 元; 30 元 lift.
  assert.deepEqual(
    q.lines.map((l) => [l.code, l.monthlyFen, l.totalFen]),
    [
      ['MGMT', 19_825, 118_950],
      ['LIFT', 3_000, 18_000],
    ],
  );
  assert.equal(q.totalFen, 136_950);
});

test('HND-3: no management fee (area-rated item) in effect — no quote', () => {
  assert.equal(prepaymentQuote([], UNIT, '2026-11-25', areaFeeFen), null);
  assert.equal(
    prepaymentQuote(
      [
        {
          code: 'LIFT',
          name: '电梯费',
          kind: 'fixed',
          areaBasis: null,
          rateMillifen: null,
          amountFen: 3_000,
          buildingId: null,
        },
      ],
      UNIT,
      '2026-11-25',
      areaFeeFen,
    ),
    null,
  );
  assert.equal(
    prepaymentQuote([{ ...MGMT, buildingId: 'b1' }], UNIT, '2026-11-25', areaFeeFen),
    null,
    'another building’s rate does not price this unit',
  );
});

test('HND-4: every combination of keys, handbooks, items, kept key, consent and the kept key’s cabinet slot', () => {
  for (const keysHanded of [0, 1, 2]) {
    for (const ownerHandbook of [true, false]) {
      for (const renovationHandbook of [true, false]) {
        for (const rectificationItems of [0, 2]) {
          for (const keyKept of [true, false]) {
            for (const [ownerConsent, keyCabinetSlot] of [
              [true, 'A-12'],
              [false, 'A-12'],
              [true, ' '],
              [false, undefined],
            ] as const) {
              const got = keysProblems({
                keysHanded,
                ownerHandbook,
                renovationHandbook,
                rectificationItems,
                keyKept,
                ownerConsent,
                keyCabinetSlot,
              }).map((p) => p.key);
              const want = [
                ...(keysHanded < 1 ? ['handover.keys_required'] : []),
                ...(!ownerHandbook ? ['handover.handbook_required'] : []),
                ...(!renovationHandbook ? ['handover.handbook_required'] : []),
                ...(keyKept && rectificationItems === 0 ? ['handover.key_kept_without_items'] : []),
                ...(keyKept && !ownerConsent ? ['handover.key_needs_consent'] : []),
                ...(keyKept && !keyCabinetSlot?.trim() ? ['handover.key_slot_required'] : []),
              ];
              assert.deepEqual(
                got,
                want,
                JSON.stringify({
                  keysHanded,
                  ownerHandbook,
                  renovationHandbook,
                  rectificationItems,
                  keyKept,
                  ownerConsent,
                  keyCabinetSlot,
                }),
              );
            }
          }
        }
      }
    }
  }
});

test('HND-5: an owner may refuse the unit until the fees are paid; "other" needs a note', () => {
  for (const step of [...HANDOVER_STEPS, null]) {
    const allowed = step === 'roster' || step === 'archive' || step === 'fees';
    assert.deepEqual(
      declineProblems(step, 'quality', '').map((p) => p.key),
      allowed ? [] : ['handover.decline_after_fees'],
      String(step),
    );
  }
  for (const reason of DECLINE_REASONS)
    assert.deepEqual(
      declineProblems('roster', reason, '').map((p) => p.key),
      reason === 'other' ? ['handover.decline_note_required'] : [],
    );
  assert.deepEqual(declineProblems('roster', 'other', '开发商通知延期'), []);
});
