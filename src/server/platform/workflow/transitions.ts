/**
 * A workflow's transition table, the pure half of the step runner (run-step.ts): for each
 * step, the states it may start from and the state it leaves. No I/O, so the browser offers
 * exactly the steps the server accepts. A workflow keeps its table next to its states
 * (keys/rules.ts, passes/rules.ts, occupancy/exit/rules.ts); tickets/states.ts adds guards
 * (kind, paused) on top of the same idea.
 */

export interface StepRule<State extends string = string> {
  from: readonly State[];
  /** The state the step leaves; null when it stays where it was (or the step's outcome decides). */
  to: State | null;
}

export type TransitionTable<State extends string = string, Step extends string = string> = Record<
  Step,
  StepRule<State>
>;

/**
 * The state `step` leaves the workflow in, or null when the step may not be taken from `state`.
 * @example stepTarget({ lose: { from: ['in_cabinet'], to: 'lost' } }, 'in_cabinet', 'lose') // 'lost'
 */
export function stepTarget<State extends string, Step extends string>(
  table: TransitionTable<State, Step>,
  state: string,
  step: Step,
): State | null {
  const rule: StepRule<State> | undefined = table[step];
  if (!rule || !rule.from.includes(state as State)) return null;
  return rule.to ?? (state as State);
}

/**
 * The steps that may be taken from `state`, in the table's order (the UI's buttons).
 * @example allowedSteps({ a: { from: ['x'], to: 'y' }, b: { from: ['y'], to: null } }, 'x') // ['a']
 */
export function allowedSteps<State extends string, Step extends string>(
  table: TransitionTable<State, Step>,
  state: string,
): Step[] {
  return (Object.keys(table) as Step[]).filter((step) => stepTarget(table, state, step) !== null);
}
