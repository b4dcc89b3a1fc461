/**
 * Every guided step (handover, move-in) goes through the platform's step runner
 * (platform/workflow): the step's permission, the run locked, a step that is not the one it
 * waits for refused (guided-steps.ts), the step's work, then the run moved on and the step
 * kept in its history — all in one transaction, so a refused step writes nothing and a
 * recorded one is complete.
 */
import type { Actor } from '../../platform/access/actor.ts';
import type { Permission } from '../../platform/access/roles.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import type { Deps } from '../../platform/http/context.ts';
import { runStep, type StepEffect, type Workflow } from '../../platform/workflow/run-step.ts';
import { stepAfter, stepRefusal, type GuidedRun } from './guided-steps.ts';

export interface RunRow extends GuidedRun {
  unit_id: string;
  version: number;
}

/** How one workflow's runs are stored: the generic path knows nothing else about them. */
export interface RunStore<Row extends RunRow, Step extends string> {
  /** History entity and label family: 'handover' | 'move_in'. */
  workflow: string;
  steps: readonly Step[];
  permission(step: Step): Permission;
  lock(trx: DbOrTrx, dialect: Dialect, projectId: string, id: string): Promise<Row | undefined>;
  /** Writes the columns of `patch` (already including step, state, version, updated_at). */
  save(trx: DbOrTrx, projectId: string, id: string, patch: Record<string, unknown>): Promise<void>;
}

export interface StepOutcome {
  /** Columns the step fills in. */
  patch: Record<string, unknown>;
  /** Set when the step ends the run: 'completed' by the last step, or how an earlier one stopped it ('rejected'). */
  endState?: string;
  /** What the history keeps of the step (never ID numbers or images). */
  history?: unknown;
}

export interface StepContext<Row> {
  trx: DbOrTrx;
  run: Row;
  at: Date;
}

/** A guided run is in progress until a step ends it; the ordered step list is its table. */
type GuidedState = string;

/** Locks a run; NOT_FOUND when it is not in the project. */
async function lockRun<Row extends RunRow, Step extends string>(
  trx: DbOrTrx,
  dialect: Dialect,
  store: RunStore<Row, Step>,
  projectId: string,
  id: string,
): Promise<Row> {
  const run = await store.lock(trx, dialect, projectId, id);
  if (!run) throw notFound(`what.${store.workflow}`);
  return run;
}

/** Null when the run waits for `step`; otherwise the refusal with its code (CONFLICT or ILLEGAL_TRANSITION). */
function refusalOf<Step extends string>(
  store: RunStore<RunRow, Step>,
  run: GuidedRun,
  step: string,
): AppError | null {
  const refusal = stepRefusal(store.steps, run, step, store.workflow);
  return refusal && new AppError(refusal.code, { key: refusal.key, params: refusal.params });
}

/** Locks a run that has not ended (any open step: a refusal or cancellation may come at any of them). */
export async function lockOpenRun<Row extends RunRow, Step extends string>(
  trx: DbOrTrx,
  deps: Deps,
  store: RunStore<Row, Step>,
  projectId: string,
  id: string,
): Promise<Row & { step: Step }> {
  const run = await lockRun(trx, deps.db.dialect, store, projectId, id);
  const refusal = refusalOf(store, run, run.step ?? store.steps[0]!);
  if (refusal) throw refusal;
  return run as Row & { step: Step };
}

/** The runner's view of a guided run: the step moves on, or the outcome ends the run. */
function workflowOf<Row extends RunRow, Step extends string>(
  store: RunStore<Row, Step>,
  projectId: string,
  id: string,
): Workflow<Row, Step, GuidedState, string, StepOutcome & StepEffect<GuidedState>, Row> {
  return {
    entityType: store.workflow,
    idOf: () => id,
    permission: (step) => store.permission(step),
    lock: (trx, o) => lockRun(trx, o.dialect, store, o.projectId, o.id),
    transition: (run, step) => refusalOf(store, run, step) ?? 'in_progress',
    async save(trx, { row, step, to, effect, at }) {
      // Completed: no step left. Ended otherwise (a refusal): the step it stopped at stays, so the checklist shows what was done.
      const next =
        effect.endState === 'completed' ? null : effect.endState ? step : stepAfter(store.steps, step);
      if (next === null && effect.endState !== 'completed')
        throw new Error(`the last ${store.workflow} step must complete the run`);
      const patch = {
        ...effect.patch,
        step: next,
        state: to,
        version: row.version + 1,
        updated_at: at.toISOString(),
      };
      await store.save(trx, projectId, id, patch);
      return { ...row, ...patch };
    },
    history: ({ step, effect }) => ({ action: `step_${step}`, after: effect.history ?? null }),
  };
}

/**
 * @example
 *   await recordStep(deps, handoverStore, { actor, projectId, id, step: 'keys' }, async ({ trx, run, at }) => ({ patch: { keys_handed: 2, keys_at: at.toISOString() } }));
 */
export async function recordStep<Row extends RunRow, Step extends string>(
  deps: Deps,
  store: RunStore<Row, Step>,
  o: { actor: Actor; projectId: string; id: string; step: Step },
  body: (ctx: StepContext<Row>) => Promise<StepOutcome>,
): Promise<Row> {
  const done = await runStep(deps, workflowOf(store, o.projectId, o.id), o, async ({ trx, row, at }) => {
    const outcome = await body({ trx, run: row, at });
    return { ...outcome, to: outcome.endState };
  });
  return done.saved;
}
