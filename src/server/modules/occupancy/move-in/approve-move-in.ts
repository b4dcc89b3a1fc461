/**
 * HND-6: the manager approves the move-in (审批) — or refuses it with the reason, which ends
 * it. Only a holder of occupancy.approve (the project manager) decides, and never the one who
 * started the move-in (ORG-2 four eyes).
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { requireSeparateApprover } from '../../../platform/access/separate-approver.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { recordStep } from '../record-step.ts';
import { moveInStore } from './repo.ts';
import { approvalProblems } from './rules.ts';
import type { ApprovalBody } from './contract.ts';

export async function decideMoveIn(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveInId: string,
  input: z.infer<typeof ApprovalBody>,
) {
  return recordStep(
    deps,
    moveInStore,
    { actor, projectId, id: moveInId, step: 'approval' },
    async ({ trx, run, at }) => {
      const problems = approvalProblems(input);
      if (problems.length) throw new AppError('UNPROCESSABLE', { key: problems[0]!.key, fields: problems });
      await requireSeparateApprover(trx, { requesters: [run.started_by], approver: actor.userId });
      const decided = { approved_by: actor.userId || null, approval_note: input.note };
      if (!input.approve)
        return {
          patch: { ...decided, closed_at: at.toISOString(), closed_reason: input.note },
          endState: 'rejected',
          history: { approve: false, note: input.note },
        };
      return {
        patch: { ...decided, approved_at: at.toISOString() },
        history: { approve: true, note: input.note },
      };
    },
  );
}
