/**
 * The one path every workflow step takes (tickets, handover and move-in, move-out and
 * transfer, keys, release passes): who may act is checked first, then in one transaction the
 * record is locked, the step checked against the workflow's transition table, the step's
 * effect applied, the new state saved and the history written — so a refused step writes
 * nothing and a recorded one is complete. The live event goes out after the commit.
 *
 * A workflow describes itself once (`Workflow`): how its record is locked and saved, what
 * its table says, who may take each step. Each use case passes only its step's effect.
 */
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import type { Permission } from '../access/roles.ts';
import type { Dialect } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { announce } from '../events/announce.ts';
import { recordHistory, type DbOrTrx } from '../history/record-history.ts';
import type { Deps } from '../http/context.ts';

/** Who asks for which step of which record. */
export interface StepRequest<Step extends string, Id> {
  actor: Actor;
  projectId: string;
  id: Id;
  step: Step;
}

/** What a step's effect sees: the locked record and the state the table moves it to. */
export interface StepContext<Row, State extends string> {
  trx: DbOrTrx;
  dialect: Dialect;
  actor: Actor;
  projectId: string;
  row: Row;
  at: Date;
  to: State;
}

/** What every effect may return; a workflow's effect type adds what its `save` writes. */
export interface StepEffect<State extends string> {
  /** Set when the outcome decides the state itself (a satisfied callback closes the ticket). */
  to?: State;
}

/** A step that went through: the record as it was locked, the state it moves to, what the effect returned. */
export interface TakenStep<Row, Step extends string, State extends string, Effect> {
  actor: Actor;
  projectId: string;
  row: Row;
  step: Step;
  to: State;
  effect: Effect;
  at: Date;
}

/** What the history entry of a step keeps (the runner adds project, entity, actor and time). */
export interface HistoryNote {
  action: string;
  before?: unknown;
  after?: unknown;
}

export interface Workflow<
  Row,
  Step extends string,
  State extends string,
  Id,
  Effect extends StepEffect<State>,
  Saved = void,
> {
  /** History entity type: 'key', 'pass', 'move_out' … */
  entityType: string;
  idOf(row: Row): string;
  /** Who may take the step; checked before anything is read. */
  permission(step: Step): Permission;
  /** Reads and locks the record in the transaction; NOT_FOUND (or the record's own refusal) when it cannot be stepped. */
  lock(trx: DbOrTrx, o: { dialect: Dialect; projectId: string; id: Id; actor: Actor }): Promise<Row>;
  /** Pure, from the workflow's table: the state the step leads to, or the typed refusal with today's code. */
  transition(row: Row, step: Step): State | AppError;
  /** Writes the new state and what the effect returned. */
  save(trx: DbOrTrx, taken: TakenStep<Row, Step, State, Effect>): Promise<Saved>;
  /** The platform history entry; a workflow with its own timeline (tickets, TKT-4) writes it in `save` instead. */
  history?(taken: TakenStep<Row, Step, State, Effect>): HistoryNote;
  /** Live event announced after the commit, with `{ action: step }`. */
  event?: string;
}

export type StepDone<Row, Step extends string, State extends string, Effect, Saved> = TakenStep<
  Row,
  Step,
  State,
  Effect
> & { saved: Saved };

/**
 * Takes one step: permission, transaction, then `runStepIn`; announces the workflow's event after the commit.
 * @example await runStep(deps, KEY_WORKFLOW, { actor, projectId, id: keyId, step: 'lose' }, async ({ row }) => ({ holder: …, movement: … }))
 */
export async function runStep<
  Row,
  Step extends string,
  State extends string,
  Id,
  Effect extends StepEffect<State>,
  Saved,
>(
  deps: Deps,
  workflow: Workflow<Row, Step, State, Id, Effect, Saved>,
  request: StepRequest<Step, Id>,
  effect: (ctx: StepContext<Row, State>) => Promise<Effect>,
): Promise<StepDone<Row, Step, State, Effect, Saved>> {
  requireAccess({
    actor: request.actor,
    permission: workflow.permission(request.step),
    projectId: request.projectId,
  });
  const at = deps.clock.now();
  const done = await deps.db.k
    .transaction()
    .execute((trx) => runStepIn(trx, deps.db.dialect, workflow, { ...request, at }, effect));
  if (workflow.event)
    await announce(deps, request.projectId, workflow.event, workflow.idOf(done.row), {
      action: request.step,
    });
  return done;
}

/**
 * The same step inside the caller's transaction, whose caller has already checked who may act
 * (a handover handing its kept key back). Nothing is written before the transition is allowed.
 */
export async function runStepIn<
  Row,
  Step extends string,
  State extends string,
  Id,
  Effect extends StepEffect<State>,
  Saved,
>(
  trx: DbOrTrx,
  dialect: Dialect,
  workflow: Workflow<Row, Step, State, Id, Effect, Saved>,
  request: StepRequest<Step, Id> & { at: Date },
  effect: (ctx: StepContext<Row, State>) => Promise<Effect>,
): Promise<StepDone<Row, Step, State, Effect, Saved>> {
  const { actor, projectId, step, at } = request;
  const row = await workflow.lock(trx, { dialect, projectId, id: request.id, actor });
  const planned = workflow.transition(row, step);
  if (planned instanceof AppError) throw planned;
  const outcome = await effect({ trx, dialect, actor, projectId, row, at, to: planned });
  const taken: TakenStep<Row, Step, State, Effect> = {
    actor,
    projectId,
    row,
    step,
    to: outcome.to ?? planned,
    effect: outcome,
    at,
  };
  const saved = await workflow.save(trx, taken);
  const note = workflow.history?.(taken);
  if (note)
    await recordHistory(trx, {
      projectId,
      entityType: workflow.entityType,
      entityId: workflow.idOf(row),
      actor,
      at,
      ...note,
    });
  return { ...taken, saved };
}
