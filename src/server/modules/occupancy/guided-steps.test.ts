import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stepAfter, stepRefusal, stepStatuses } from './guided-steps.ts';

const STEPS = ['roster', 'archive', 'fees', 'keys', 'receipt'] as const;

test('HND-1..5, HND-6: every (waiting step, requested step) pair — only the step the run waits for is accepted', () => {
  for (const [at, waiting] of STEPS.entries()) {
    for (const [want, requested] of STEPS.entries()) {
      const r = stepRefusal(STEPS, { state: 'in_progress', step: waiting }, requested, 'handover');
      if (want === at) assert.equal(r, null, `${waiting} → ${requested}`);
      else if (want < at)
        assert.deepEqual(r, {
          code: 'CONFLICT',
          key: 'occupancy.step_done',
          params: { step: `handover_step.${requested}` },
        });
      else
        assert.deepEqual(
          r,
          {
            code: 'ILLEGAL_TRANSITION',
            key: 'occupancy.step_first',
            params: { step: `handover_step.${waiting}` },
          },
          'a later step names the one to do first',
        );
    }
  }
});

test('an ended run refuses every step, naming how it ended', () => {
  for (const state of ['completed', 'not_accepted', 'rejected', 'cancelled']) {
    for (const requested of STEPS) {
      const step = state === 'completed' ? null : 'fees';
      assert.deepEqual(stepRefusal(STEPS, { state, step }, requested, 'move_in'), {
        code: 'CONFLICT',
        key: 'occupancy.run_ended',
        params: { state: `move_in_state.${state}` },
      });
    }
  }
  assert.throws(
    () => stepRefusal(STEPS, { state: 'in_progress', step: 'roster' }, 'nonsense', 'handover'),
    RangeError,
  );
});

test('the step after each step, and none after the last', () => {
  assert.deepEqual(
    STEPS.map((s) => stepAfter(STEPS, s)),
    ['archive', 'fees', 'keys', 'receipt', null],
  );
  assert.throws(() => stepAfter(STEPS, 'nonsense' as never), RangeError);
});

test('the checklist shows done, current and todo; a completed run all done; a refused run what was done before it stopped', () => {
  assert.deepEqual(
    stepStatuses(STEPS, { state: 'in_progress', step: 'fees' }).map((s) => s.status),
    ['done', 'done', 'current', 'todo', 'todo'],
  );
  assert.deepEqual(
    stepStatuses(STEPS, { state: 'completed', step: null }).map((s) => s.status),
    ['done', 'done', 'done', 'done', 'done'],
  );
  assert.deepEqual(
    stepStatuses(STEPS, { state: 'not_accepted', step: 'archive' }).map((s) => s.status),
    ['done', 'todo', 'todo', 'todo', 'todo'],
  );
});
