/**
 * The guided checklists of the handover (HND-1..5) and the move-in (HND-6, MVI-1..2) are
 * one kind of state machine: an ordered list of steps, a run that waits for exactly one of
 * them, and a state that ends it. Pure: which step comes next, and why a requested step is
 * refused — already done, not yet (an earlier one is open), or the run is over.
 */
import type { StepStatus } from './contract.ts';

export interface GuidedRun {
  /** in_progress, or how it ended (completed, not_accepted, rejected, cancelled). */
  state: string;
  /** The step the run waits for; null once it has ended. */
  step: string | null;
}

export interface StepRefusal {
  code: 'CONFLICT' | 'ILLEGAL_TRANSITION';
  key: 'occupancy.run_ended' | 'occupancy.step_done' | 'occupancy.step_first';
  /** Message keys as params, translated with the message (e.g. 'handover_step.archive'). */
  params: Record<string, string>;
}

/**
 * The step after `step`, or null when it is the last.
 * @example stepAfter(['roster', 'archive'], 'roster') // 'archive'
 */
export function stepAfter<S extends string>(steps: readonly S[], step: S): S | null {
  const i = steps.indexOf(step);
  if (i < 0) throw new RangeError(`unknown step ${step}`);
  return steps[i + 1] ?? null;
}

/**
 * Null when `requested` is the step the run waits for; otherwise why not. `workflow` names
 * the label families: `${workflow}_step.<step>` and `${workflow}_state.<state>`.
 * @example stepRefusal(['roster', 'archive'], { state: 'in_progress', step: 'roster' }, 'archive', 'handover')
 *   // { code: 'ILLEGAL_TRANSITION', key: 'occupancy.step_first', params: { step: 'handover_step.roster' } }
 */
export function stepRefusal(
  steps: readonly string[],
  run: GuidedRun,
  requested: string,
  workflow: string,
): StepRefusal | null {
  if (!steps.includes(requested)) throw new RangeError(`unknown step ${requested}`);
  if (run.state !== 'in_progress' || run.step === null)
    return {
      code: 'CONFLICT',
      key: 'occupancy.run_ended',
      params: { state: `${workflow}_state.${run.state}` },
    };
  const at = steps.indexOf(run.step);
  const want = steps.indexOf(requested);
  if (want < at)
    return {
      code: 'CONFLICT',
      key: 'occupancy.step_done',
      params: { step: `${workflow}_step.${requested}` },
    };
  if (want > at)
    return {
      code: 'ILLEGAL_TRANSITION',
      key: 'occupancy.step_first',
      params: { step: `${workflow}_step.${run.step}` },
    };
  return null;
}

export type { StepStatus };

/**
 * Each step's status for the checklist screen: done before the one the run waits for, todo
 * from it on. A completed run (step null) has every step done; a refused or cancelled one
 * keeps the step it stopped at, so what was done before it still shows.
 * @example stepStatuses(['a', 'b'], { state: 'in_progress', step: 'b' }) // [{ step: 'a', status: 'done' }, { step: 'b', status: 'current' }]
 */
export function stepStatuses<S extends string>(
  steps: readonly S[],
  run: GuidedRun,
): { step: S; status: StepStatus }[] {
  const at = run.step === null ? steps.length : steps.indexOf(run.step as S);
  return steps.map((step, i) => ({
    step,
    status: i < at ? 'done' : i === at && run.state === 'in_progress' ? 'current' : 'todo',
  }));
}
