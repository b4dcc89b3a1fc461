/** The bulk form's preview is the server's plan (PRP-1), fed from half-filled form values. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { previewPlan } from './building-plan.ts';
import { presetSegments } from './presets.ts';

const base = { code: '5', floorsAbove: 6, floorsBelow: 0, numberingPattern: '{B}-{F}{UU}' };

test('PRP-1: one commercial unit on floor 1 and four offices on floors 2–6 make 21 units, 5-101 … 5-604', () => {
  const plan = previewPlan({
    ...base,
    segments: [
      { fromFloor: 1, toFloor: 1, unitsPerFloor: 1, use: 'commercial' },
      { fromFloor: 2, toFloor: 6, unitsPerFloor: 4, use: 'office', buildingAreaM2: 150.5 },
    ],
  });
  assert.deepEqual(plan, {
    total: 21,
    floorCount: 6,
    first: '5-101',
    last: '5-604',
    problems: [],
    incomplete: false,
  });
});

test('the preview waits while a segment still lacks a number', () => {
  const plan = previewPlan({
    ...base,
    segments: [{ fromFloor: 1, toFloor: null, unitsPerFloor: 4, use: 'office' }],
  });
  assert.equal(plan.incomplete, true);
  assert.equal(plan.total, 0);
});

test('PRP-1: overlapping segments and a pattern without the floor are reported, not previewed', () => {
  const overlap = previewPlan({
    ...base,
    segments: [
      { fromFloor: 1, toFloor: 3, unitsPerFloor: 2, use: 'office' },
      { fromFloor: 3, toFloor: 6, unitsPerFloor: 2, use: 'office' },
    ],
  });
  assert.deepEqual(
    overlap.problems.map((p) => [p.path, p.key]),
    [['segments.1.fromFloor', 'property.codes_collide']],
  );
  const noFloor = previewPlan({
    ...base,
    numberingPattern: '{B}-{UU}',
    segments: [{ fromFloor: 1, toFloor: 6, unitsPerFloor: 2, use: 'office' }],
  });
  assert.deepEqual(
    noFloor.problems.map((p) => p.key),
    ['property.pattern_invalid'],
  );
});

test("PRP-1: the podium preset lays out the manual's office tower: floors 1–3 one unit, then 8 a floor", () => {
  const segments = presetSegments('podiumOffice', 20, 'office');
  const plan = previewPlan({ ...base, code: '1', floorsAbove: 20, segments });
  assert.equal(plan.total, 3 + 17 * 8);
  assert.equal(plan.last, '1-2008');
  assert.deepEqual(presetSegments('wholeBuilding', 16, 'hotel'), [
    { fromFloor: 1, toFloor: 1, unitsPerFloor: 1, use: 'hotel' },
  ]);
});
