/** Cancelling a move-out or a transfer keeps it (nothing is deleted), with the reason; the finished cannot be cancelled. */
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { runStep, type WorkflowKind } from './workflow.ts';

export async function cancelWorkflow<Row extends { state: string; version: number }>(
  deps: Deps,
  actor: Actor,
  kind: WorkflowKind<Row>,
  projectId: string,
  id: string,
  reason: string,
): Promise<void> {
  await runStep(deps, actor, kind, { projectId, id, step: 'cancel' }, async ({ at }) => ({
    set: { cancelled_at: at.toISOString(), cancel_reason: reason } as unknown as Partial<Row>,
    after: { reason },
  }));
}
