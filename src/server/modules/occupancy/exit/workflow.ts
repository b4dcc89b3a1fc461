/**
 * The one path every move-out and transfer step takes: access check, a transaction, the
 * workflow row locked (FOR UPDATE on PostgreSQL; SQLite's single writer serialises), the
 * step checked against the state machine (rules.ts) so no step can be skipped through the
 * API, the step's own work, then the row's new state and version and a history entry —
 * all committed together or not at all, so a refused step writes nothing.
 */
import { AppError } from '../../../platform/errors.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Actor, Permission } from '../../../platform/access/actor.ts';
import type { Dialect } from '../../../platform/db/connection.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { recordHistory } from '../../../platform/history/record-history.ts';
import { nextStep, stepTarget } from './rules.ts';
import { occupancyDb, platformDb, type OTrx } from './tables.ts';

type Machine = Record<string, { from: readonly string[]; to: string | null }>;

/** A workflow table as this helper needs it: which table, its id column, its machine, its words. */
export interface WorkflowKind<Row extends { state: string; version: number }> {
  table: 'move_outs' | 'transfers';
  idColumn: 'move_out_id' | 'transfer_id';
  entityType: 'move_out' | 'transfer';
  machine: Machine;
  /** How a missing row is named in NOT_FOUND ('what.move_out'). */
  what: string;
  _row?: Row;
}

export interface StepContext<Row> {
  trx: OTrx;
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

/** Locks and returns a workflow row inside the transaction; NOT_FOUND when it is not in the project. */
export async function lockRow<Row extends { state: string; version: number }>(trx: OTrx, dialect: Dialect, kind: WorkflowKind<Row>, projectId: string, id: string): Promise<Row> {
  // The table name varies by kind; both tables share the columns used here.
  let q = (trx as unknown as OTrx).selectFrom(kind.table as 'move_outs').selectAll().where('project_id', '=', projectId).where(kind.idColumn as 'move_out_id', '=', id);
  if (dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { params: { what: kind.what } });
  return row as unknown as Row;
}

/** ILLEGAL_TRANSITION naming the state and the step the workflow waits for. */
export function requireStep(kind: WorkflowKind<{ state: string; version: number }>, state: string, step: string): string {
  const target = stepTarget(kind.machine, state, step);
  if (target !== null) return target;
  const next = nextStep(kind.machine, state);
  throw new AppError('ILLEGAL_TRANSITION', {
    key: next ? 'occupancy.step_order' : 'occupancy.finished',
    params: { state: `${kind.entityType}.state.${state}`, step: `${kind.entityType}.step.${step}`, next: next ? `${kind.entityType}.step.${String(next)}` : '' },
  });
}

/**
 * Runs one step. `permission` is checked first (Immich style); `work` sees the locked row
 * and returns the columns to set; the state moves as the machine says.
 * @example await runStep(deps, actor, MOVE_OUT, { projectId, id, step: 'clear', permission: 'occupancy.manage' }, async ({ trx, row }) => ({ set: { cleared_at: … } }))
 */
export async function runStep<Row extends { state: string; version: number }>(
  deps: Deps,
  actor: Actor,
  kind: WorkflowKind<Row>,
  o: { projectId: string; id: string; step: string; permission: Permission },
  work: (c: StepContext<Row>) => Promise<StepResult<Row>>,
): Promise<void> {
  requireAccess({ actor, permission: o.permission, projectId: o.projectId });
  const at = deps.clock.now();
  const dialect = deps.db.dialect;
  await occupancyDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      const row = await lockRow(trx, dialect, kind, o.projectId, o.id);
      const to = requireStep(kind, row.state, o.step);
      const result = await work({ trx, row, at, actor, dialect });
      const set = { ...(result.set ?? {}), state: to, version: row.version + 1, updated_at: at.toISOString() };
      await trx
        .updateTable(kind.table as 'move_outs')
        .set(set as never)
        .where('project_id', '=', o.projectId)
        .where(kind.idColumn as 'move_out_id', '=', o.id)
        .where('version', '=', row.version)
        .execute();
      await recordHistory(platformDb(trx), { projectId: o.projectId, entityType: kind.entityType, entityId: o.id, action: o.step, actor, at, before: { state: row.state }, after: { state: to, ...(result.after ?? {}) } });
    });
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
