import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  areaToCenti,
  floorLabel,
  isValidPattern,
  planBuilding,
  spaceCodes,
  unitCode,
  MAX_UNITS_PER_BULK,
} from './rules.ts';

test('unit numbering pattern tokens', () => {
  assert.equal(unitCode('{B}-{F}{UU}', { building: '1', floor: 8, unit: 3 }), '1-803');
  assert.equal(unitCode('{B}-{FF}{UU}', { building: '1', floor: 8, unit: 3 }), '1-0803');
  assert.equal(unitCode('{F}0{U}', { building: 'A', floor: 12, unit: 2 }), '1202');
  assert.equal(unitCode('{B}-{F}{UU}', { building: '2', floor: -1, unit: 1 }), '2-B101');
  assert.equal(floorLabel(-2), 'B2');
  assert.equal(floorLabel(20), '20');
});

test('a pattern must place both floor and unit', () => {
  assert.equal(isValidPattern('{B}-{F}{UU}'), true);
  assert.equal(isValidPattern('{B}-{UU}'), false);
  assert.equal(isValidPattern('{F}'), false);
  assert.equal(isValidPattern(`{F}{U}${'x'.repeat(40)}`), false);
});

test('areas are kept in hundredths of a square metre, never floats', () => {
  assert.equal(areaToCenti(182.36), 18236);
  assert.equal(areaToCenti(0.1 + 0.2), 30);
  assert.equal(areaToCenti(1280.5), 128050);
  assert.equal(areaToCenti(12.345), null);
  assert.equal(areaToCenti(-1), null);
  assert.equal(areaToCenti(Number.NaN), null);
});

test('PRP-1: the manuals building 1 — floors 1–3 commercial, 8 offices per floor from 4F', () => {
  const { units, problems } = planBuilding({
    code: '1',
    floorsAbove: 20,
    floorsBelow: 3,
    numberingPattern: '{B}-{F}{UU}',
    initialStatus: 'not_received',
    segments: [
      { fromFloor: 1, toFloor: 3, unitsPerFloor: 1, use: 'commercial' },
      {
        fromFloor: 4,
        toFloor: 20,
        unitsPerFloor: 8,
        use: 'office',
        buildingAreaM2: 182.36,
        innerAreaM2: 139.8,
      },
    ],
  });
  assert.deepEqual(problems, []);
  assert.equal(units.length, 3 + 17 * 8);
  assert.equal(units[0]!.code, '1-101');
  assert.equal(units.at(-1)!.code, '1-2008');
  const office = units.find((u) => u.code === '1-405')!;
  assert.equal(office.use, 'office');
  assert.equal(office.buildingAreaCenti, 18236);
  assert.equal(office.innerAreaCenti, 13980);
  assert.ok(units.every((u) => u.status === 'not_received'));
});

test('PRP-1: basement floors are numbered B1, B2 and floor 0 does not exist', () => {
  const { units, problems } = planBuilding({
    code: '2',
    floorsAbove: 2,
    floorsBelow: 2,
    numberingPattern: '{B}-{F}{UU}',
    initialStatus: 'vacant',
    segments: [{ fromFloor: -2, toFloor: 2, unitsPerFloor: 1, use: 'storage' }],
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(
    units.map((u) => u.code),
    ['2-B201', '2-B101', '2-101', '2-201'],
  );
});

test('PRP-1: bulk plans refuse floors outside the building, overlaps, collisions and huge plans', () => {
  const base = {
    code: '1',
    floorsAbove: 10,
    floorsBelow: 0,
    numberingPattern: '{B}-{F}{UU}',
    initialStatus: 'vacant' as const,
  };
  assert.equal(
    planBuilding({ ...base, segments: [{ fromFloor: 1, toFloor: 11, unitsPerFloor: 2, use: 'office' }] })
      .problems[0]!.key,
    'property.floor_range',
  );
  assert.equal(
    planBuilding({ ...base, segments: [{ fromFloor: 5, toFloor: 3, unitsPerFloor: 2, use: 'office' }] })
      .problems[0]!.key,
    'property.floor_range',
  );
  assert.equal(
    planBuilding({
      ...base,
      segments: [
        { fromFloor: 1, toFloor: 5, unitsPerFloor: 2, use: 'office' },
        { fromFloor: 5, toFloor: 6, unitsPerFloor: 2, use: 'office' },
      ],
    }).problems[0]!.key,
    'property.codes_collide',
  );
  // {F}{U}: floor 1 unit 11 and floor 11 unit 1 would both be '111'.
  assert.equal(
    planBuilding({
      ...base,
      floorsAbove: 11,
      numberingPattern: '{F}{U}',
      segments: [{ fromFloor: 1, toFloor: 11, unitsPerFloor: 11, use: 'office' }],
    }).problems[0]!.key,
    'property.codes_collide',
  );
  assert.equal(
    planBuilding({ ...base, numberingPattern: '{B}', segments: [] }).problems[0]!.key,
    'property.pattern_invalid',
  );
  assert.equal(
    planBuilding({
      ...base,
      floorsAbove: 200,
      segments: [{ fromFloor: 1, toFloor: 200, unitsPerFloor: 26, use: 'office' }],
    }).problems[0]!.key,
    'property.too_many_units',
  );
  assert.ok(200 * 26 > MAX_UNITS_PER_BULK);
  assert.equal(
    planBuilding({
      ...base,
      segments: [{ fromFloor: 1, toFloor: 1, unitsPerFloor: 1, use: 'office', buildingAreaM2: 1.234 }],
    }).problems[0]!.path,
    'segments.0.buildingAreaM2',
  );
});

test('PRP-1: parking space codes', () => {
  assert.deepEqual(spaceCodes('B', 1, 3, 3), ['B001', 'B002', 'B003']);
  assert.equal(spaceCodes('B', 1, 790, 3).at(-1), 'B790');
  assert.deepEqual(spaceCodes('', 9, 2, 1), ['9', '10']);
});
