/**
 * Move-out and transfer steps go through the platform's step runner (platform/workflow):
 * access check, a transaction, the workflow row locked (FOR UPDATE on PostgreSQL; SQLite's
 * single writer serialises), the step checked against the transition table (rules.ts) so no
 * step can be skipped through the API, the step's own work, then the row's new state and
 * version and a history entry — all committed together or not at all.
 */
import { AppError } from '../../../platform/errors.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Actor, Permission } from '../../../platform/access/actor.ts';
import type { Dialect } from '../../../platform/db/connection.ts';
import type { Deps } from '../../../platform/http/context.ts';
import {
  runStep as runWorkflowStep,
  type StepEffect,
  type Workflow,
} from '../../../platform/workflow/run-step.ts';
import { stepTarget, type TransitionTable } from '../../../platform/workflow/transitions.ts';
import { nextStep } from './rules.ts';
import { occupancyDb, type ODbOrTrx, type OTrx } from './tables.ts';

type WorkflowRow = { state: string; version: number };

/** A workflow table as this helper needs it: which table, its id column, its transitions, who may act, its words. */
export interface WorkflowKind<Row extends WorkflowRow> {
  table: 'move_outs' | 'transfers';
  idColumn: 'move_out_id' | 'transfer_id';
  entityType: 'move_out' | 'transfer';
  machine: TransitionTable;
  /** Who may take the step (the cashier refunds the deposit, the desk does the rest). */
  permission(step: string): Permission;
  /** How a missing row is named in NOT_FOUND ('what.move_out'). */
  what: string;
  _row?: Row;
}

export interface StepContext<Row> {
  trx: ODbOrTrx;
  row: Row;
  at: Date;
  actor: Actor;
  dialect: Dialect;
}

/** What a step changes on the row, and what its history entry says. */
export interface StepResult<Row> {
  set?: Partial<Row>;
  after?: Record<string, unknown>;
}

/** The table alone decides a move-out's or transfer's state: no step's outcome overrides it. */
type ExitEffect<Row> = StepResult<Row> & StepEffect<string>;

/** Locks and returns a workflow row inside the transaction; NOT_FOUND when it is not in the project. */
export async function lockRow<Row extends WorkflowRow>(
  trx: ODbOrTrx,
  dialect: Dialect,
  kind: WorkflowKind<Row>,
  projectId: string,
  id: string,
): Promise<Row> {
  // The table name varies by kind; both tables share the columns used here.
  let q = (trx as unknown as OTrx)
    .selectFrom(kind.table as 'move_outs')
    .selectAll()
    .where('project_id', '=', projectId)
    .where(kind.idColumn as 'move_out_id', '=', id);
  if (dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { params: { what: kind.what } });
  return row as unknown as Row;
}

/** ILLEGAL_TRANSITION naming the state and the step the workflow waits for. */
function stepOrderRefusal(kind: WorkflowKind<WorkflowRow>, state: string, step: string): AppError {
  const next = nextStep(kind.machine, state);
  return new AppError('ILLEGAL_TRANSITION', {
    key: next ? 'occupancy.step_order' : 'occupancy.finished',
    params: {
      state: `${kind.entityType}.state.${state}`,
      step: `${kind.entityType}.step.${step}`,
      next: next ? `${kind.entityType}.step.${String(next)}` : '',
    },
  });
}

/** The runner's view of a move-out or transfer: the row's state and version move with every step. */
function workflowOf<Row extends WorkflowRow>(
  kind: WorkflowKind<Row>,
  projectId: string,
  id: string,
): Workflow<Row, string, string, string, ExitEffect<Row>> {
  return {
    entityType: kind.entityType,
    idOf: () => id,
    permission: (step) => kind.permission(step),
    lock: (trx, o) => lockRow(occupancyDb(trx), o.dialect, kind, o.projectId, o.id),
    transition: (row, step) =>
      stepTarget(kind.machine, row.state, step) ?? stepOrderRefusal(kind, row.state, step),
    async save(trx, { row, to, effect, at }) {
      const set = {
        ...(effect.set ?? {}),
        state: to,
        version: row.version + 1,
        updated_at: at.toISOString(),
      };
      await occupancyDb(trx)
        .updateTable(kind.table as 'move_outs')
        .set(set as never)
        .where('project_id', '=', projectId)
        .where(kind.idColumn as 'move_out_id', '=', id)
        .where('version', '=', row.version)
        .execute();
    },
    history: ({ row, step, to, effect }) => ({
      action: step,
      before: { state: row.state },
      after: { state: to, ...(effect.after ?? {}) },
    }),
  };
}

/**
 * Runs one step. Who may take it is asked first (the kind's `permission`); `work` sees the
 * locked row and returns the columns to set; the state moves as the table says.
 * @example await runStep(deps, actor, MOVE_OUT, { projectId, id, step: 'clear' }, async ({ trx, row }) => ({ set: { cleared_at: … } }))
 */
export async function runStep<Row extends WorkflowRow>(
  deps: Deps,
  actor: Actor,
  kind: WorkflowKind<Row>,
  o: { projectId: string; id: string; step: string },
  work: (c: StepContext<Row>) => Promise<StepResult<Row>>,
): Promise<void> {
  await runWorkflowStep(
    deps,
    workflowOf(kind, o.projectId, o.id),
    { actor, projectId: o.projectId, id: o.id, step: o.step },
    async ({ trx, row, at, dialect }): Promise<ExitEffect<Row>> =>
      work({ trx: occupancyDb(trx), row, at, actor, dialect }),
  );
}

/** Holders of any one of the permissions may read (the desk runs the workflow, the cashier refunds). */
export function requireAnyAccess(actor: Actor, projectId: string, permissions: readonly Permission[]): void {
  let last: unknown;
  for (const permission of permissions) {
    try {
      requireAccess({ actor, permission, projectId });
      return;
    } catch (e) {
      last = e;
    }
  }
  throw last;
}
