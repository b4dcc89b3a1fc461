/**
 * The one path every guided step takes (handover, move-in): check the step's permission,
 * lock the run, refuse a step that is not the one it waits for (guided-steps.ts), let the
 * step do its work, then move the run on and keep the step in its history — all in one
 * transaction, so a refused step writes nothing and a recorded one is complete.
 */
import type { Actor } from '../../platform/access/actor.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Permission } from '../../platform/access/roles.ts';
import type { Dialect } from '../../platform/db/connection.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { recordHistory, type DbOrTrx } from '../../platform/history/record-history.ts';
import type { Deps } from '../../platform/http/context.ts';
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

/** Locks a run that has not ended (any open step: a refusal or cancellation may come at any of them). */
export async function lockOpenRun<Row extends RunRow, Step extends string>(trx: DbOrTrx, deps: Deps, store: RunStore<Row, Step>, projectId: string, id: string): Promise<Row & { step: Step }> {
  const run = await store.lock(trx, deps.db.dialect, projectId, id);
  if (!run) throw notFound(`what.${store.workflow}`);
  const refusal = stepRefusal(store.steps, run, run.step ?? store.steps[0]!, store.workflow);
  if (refusal) throw new AppError(refusal.code, { key: refusal.key, params: refusal.params });
  return run as Row & { step: Step };
}

/** Locks the run and refuses unless it waits for `step`; the caller's transaction. */
export async function lockAtStep<Row extends RunRow, Step extends string>(trx: DbOrTrx, deps: Deps, store: RunStore<Row, Step>, projectId: string, id: string, step: Step): Promise<Row> {
  const run = await store.lock(trx, deps.db.dialect, projectId, id);
  if (!run) throw notFound(`what.${store.workflow}`);
  const refusal = stepRefusal(store.steps, run, step, store.workflow);
  if (refusal) throw new AppError(refusal.code, { key: refusal.key, params: refusal.params });
  return run;
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
  requireAccess({ actor: o.actor, permission: store.permission(o.step), projectId: o.projectId });
  const at = deps.clock.now();
  return deps.db.k.transaction().execute(async (trx) => {
    const run = await lockAtStep(trx, deps, store, o.projectId, o.id, o.step);
    const outcome = await body({ trx, run, at });
    // Completed: no step left. Ended otherwise (a refusal): the step it stopped at stays, so the checklist shows what was done.
    const next = outcome.endState === 'completed' ? null : outcome.endState ? o.step : stepAfter(store.steps, o.step);
    if (next === null && outcome.endState !== 'completed') throw new Error(`the last ${store.workflow} step must complete the run`);
    const patch = { ...outcome.patch, step: next, state: outcome.endState ?? 'in_progress', version: run.version + 1, updated_at: at.toISOString() };
    await store.save(trx, o.projectId, o.id, patch);
    await recordHistory(trx, { projectId: o.projectId, entityType: store.workflow, entityId: o.id, action: `step_${o.step}`, actor: o.actor, at, after: outcome.history ?? null });
    return { ...run, ...patch } as Row;
  });
}
