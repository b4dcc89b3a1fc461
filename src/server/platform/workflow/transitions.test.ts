import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowedSteps, stepTarget, type TransitionTable } from './transitions.ts';

type State = 'open' | 'checked' | 'done' | 'cancelled';
type Step = 'check' | 'note' | 'finish' | 'cancel';

const TABLE: TransitionTable<State, Step> = {
  check: { from: ['open', 'checked'], to: 'checked' },
  note: { from: ['open', 'checked'], to: null },
  finish: { from: ['checked'], to: 'done' },
  cancel: { from: ['open', 'checked'], to: 'cancelled' },
};

test('every (state, step) pair: the target when the step may start there, null otherwise', () => {
  const expected: Record<State, Record<Step, State | null>> = {
    open: { check: 'checked', note: 'open', finish: null, cancel: 'cancelled' },
    checked: { check: 'checked', note: 'checked', finish: 'done', cancel: 'cancelled' },
    done: { check: null, note: null, finish: null, cancel: null },
    cancelled: { check: null, note: null, finish: null, cancel: null },
  };
  for (const [state, steps] of Object.entries(expected)) {
    for (const [step, to] of Object.entries(steps))
      assert.equal(stepTarget(TABLE, state, step as Step), to, `${state} → ${step}`);
  }
});

test('a step the table does not know, or a state it does not know, is never allowed', () => {
  assert.equal(stepTarget(TABLE, 'open', 'nonsense' as Step), null);
  assert.equal(stepTarget(TABLE, 'nonsense', 'check'), null);
});

test('the allowed steps keep the table order, and a final state allows none', () => {
  assert.deepEqual(allowedSteps(TABLE, 'open'), ['check', 'note', 'cancel']);
  assert.deepEqual(allowedSteps(TABLE, 'checked'), ['check', 'note', 'finish', 'cancel']);
  assert.deepEqual(allowedSteps(TABLE, 'done'), []);
});
