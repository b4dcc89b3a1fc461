/**
 * KEY-4: internal borrowing and irregular collections as requests with approvals in order —
 * the keeper's consent for a borrowing, before it the project manager's and the company's
 * when it is irregular; an owner collecting outside the normal procedure needs the project
 * manager and the company. A borrowing leaves the cabinet only once approved, with the
 * borrower's signature.
 */
import type { z } from '@hono/zod-openapi';
import { AppError, unprocessable } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import { requireSeparateApprover } from '../../platform/access/separate-approver.ts';
import { permissionsOf } from '../../platform/access/roles.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { projectClock } from '../../platform/calendar/index.ts';
import { captureSignature } from '../../platform/signatures/signatures.ts';
import { customersByIds } from '../customers/index.ts';
import {
  approvalSteps,
  approverRefusal,
  borrowIrregularity,
  pendingStep,
  requestStateOf,
  stepRequesters,
  type ApprovalStep,
  type KeyKind,
} from './rules.ts';
import { decisionsOf, lockKey, lockRequest, projectStaff, requestDtos } from './repo.ts';
import { keyStateRefusal, keyStep } from './key-step.ts';
import { MOVEMENT_ENTITY } from './read-keys.ts';
import type { DecideBody, IssueBorrowBody, KeyDetailDto, KeyRequestDto } from './contract.ts';
import type { KeyRequestBody } from './request-bodies.ts';
import { keysDb, platformDb } from './tables.ts';

const OPEN = ['pending', 'approved'];

async function loadRequest(deps: Deps, projectId: string, requestId: string): Promise<KeyRequestDto> {
  return (await requestDtos(keysDb(deps.db.k), projectId, { requestIds: [requestId] }))[0]!;
}

export async function createKeyRequest(
  deps: Deps,
  actor: Actor,
  projectId: string,
  keyId: string,
  input: z.infer<typeof KeyRequestBody>,
): Promise<KeyRequestDto> {
  requireAccess({ actor, permission: 'key.manage', projectId });
  const now = deps.clock.now();
  const requestId = newId(now.getTime());
  await deps.db.k.transaction().execute(async (t) => {
    const trx = keysDb(t);
    const key = await lockKey(trx, deps.db.dialect, projectId, keyId);
    if (key.state === 'handed_over' || key.state === 'lost') throw keyStateRefusal(key.state);
    const open = await trx
      .selectFrom('key_requests')
      .select('request_id')
      .where('project_id', '=', projectId)
      .where('key_id', '=', keyId)
      .where('state', 'in', OPEN)
      .executeTakeFirst();
    if (open) throw new AppError('CONFLICT', { key: 'key.request_open' });
    let reasons: string[];
    if (input.kind === 'borrow') {
      if (!(await projectStaff(trx, projectId, [input.borrowerId])).has(input.borrowerId))
        throw unprocessable('key.not_staff', {}, 'borrowerId');
      const dueAt = new Date(input.dueAt);
      if (dueAt <= now) throw unprocessable('key.due_past', {}, 'dueAt');
      const zone = (await projectClock(trx, projectId)).timeZone;
      reasons = borrowIrregularity({
        keyKind: key.kind as KeyKind,
        outAt: now,
        dueAt,
        timeZone: zone,
        marked: input.irregular,
      });
    } else {
      if (!(await customersByIds(t, projectId, [input.customerId])).has(input.customerId))
        throw unprocessable('key.unknown_customer', {}, 'customerId');
      reasons = ['outside_procedure'];
    }
    const irregular = reasons.length > 0;
    await trx
      .insertInto('key_requests')
      .values({
        project_id: projectId,
        request_id: requestId,
        key_id: keyId,
        kind: input.kind,
        borrower_id: input.kind === 'borrow' ? input.borrowerId : null,
        customer_id: input.kind === 'owner_collect' ? input.customerId : null,
        reason: input.reason,
        irregular: irregular ? 1 : 0,
        irregular_reasons: JSON.stringify(reasons),
        steps: JSON.stringify(approvalSteps(input.kind, irregular)),
        due_at: input.kind === 'borrow' ? new Date(input.dueAt).toISOString() : null,
        state: 'pending',
        requested_by: actor.userId || null,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    await recordHistory(t, {
      projectId,
      entityType: 'key_request',
      entityId: requestId,
      action: 'requested',
      actor,
      at: now,
      after: { keyId, ...input, irregularReasons: reasons },
    });
  });
  return loadRequest(deps, projectId, requestId);
}

export async function decideKeyRequest(
  deps: Deps,
  actor: Actor,
  projectId: string,
  requestId: string,
  input: z.infer<typeof DecideBody>,
): Promise<KeyRequestDto> {
  requireAccess({ actor, permission: 'key.manage', projectId });
  const now = deps.clock.now();
  await deps.db.k.transaction().execute(async (t) => {
    const trx = keysDb(t);
    const r = await lockRequest(trx, deps.db.dialect, projectId, requestId);
    const key = await trx
      .selectFrom('keys')
      .select(['keeper_id'])
      .where('project_id', '=', projectId)
      .where('key_id', '=', r.key_id)
      .executeTakeFirstOrThrow();
    const steps = JSON.parse(r.steps) as ApprovalStep[];
    const decisions = await decisionsOf(trx, projectId, requestId);
    const refusal = approverRefusal({
      step: input.step,
      pending: r.state === 'pending' ? pendingStep(steps, decisions) : null,
      isKeeper: key.keeper_id === actor.userId,
      isProjectManager: permissionsOf(actor.roles.get(projectId) ?? []).has('occupancy.approve'),
      isCompanyAdmin: actor.isCompanyAdmin,
      decidedBefore: decisions.some((d) => d.userId === actor.userId),
    });
    if (refusal === 'key.request_decided' || refusal === 'key.approval_order') {
      throw new AppError('ILLEGAL_TRANSITION', {
        key: refusal,
        params: { step: `key.step.${pendingStep(steps, decisions) ?? input.step}` },
      });
    }
    if (refusal) throw new AppError('FORBIDDEN', { key: refusal });
    await requireSeparateApprover(t, {
      requesters: stepRequesters(input.step, { requestedBy: r.requested_by, borrowerId: r.borrower_id }),
      approver: actor.userId,
    });
    await trx
      .insertInto('key_approvals')
      .values({
        project_id: projectId,
        request_id: requestId,
        step: input.step,
        decision: input.decision,
        user_id: actor.userId,
        note: input.note,
        at: now.toISOString(),
      })
      .execute();
    const state = requestStateOf(steps, [
      ...decisions,
      { step: input.step, decision: input.decision, userId: actor.userId },
    ]);
    await trx
      .updateTable('key_requests')
      .set({ state, updated_at: now.toISOString() })
      .where('project_id', '=', projectId)
      .where('request_id', '=', requestId)
      .execute();
    await recordHistory(t, {
      projectId,
      entityType: 'key_request',
      entityId: requestId,
      action: `decided_${input.step}`,
      actor,
      at: now,
      before: { state: r.state },
      after: { state, decision: input.decision },
      note: input.note,
    });
  });
  return loadRequest(deps, projectId, requestId);
}

export async function cancelKeyRequest(
  deps: Deps,
  actor: Actor,
  projectId: string,
  requestId: string,
  note: string,
): Promise<KeyRequestDto> {
  requireAccess({ actor, permission: 'key.manage', projectId });
  const now = deps.clock.now();
  await deps.db.k.transaction().execute(async (t) => {
    const trx = keysDb(t);
    const r = await lockRequest(trx, deps.db.dialect, projectId, requestId);
    if (!OPEN.includes(r.state))
      throw new AppError('ILLEGAL_TRANSITION', {
        key: 'key.request_closed',
        params: { state: `key.request_state.${r.state}` },
      });
    await trx
      .updateTable('key_requests')
      .set({ state: 'cancelled', updated_at: now.toISOString() })
      .where('project_id', '=', projectId)
      .where('request_id', '=', requestId)
      .execute();
    await recordHistory(t, {
      projectId,
      entityType: 'key_request',
      entityId: requestId,
      action: 'cancelled',
      actor,
      at: now,
      before: { state: r.state },
      after: { state: 'cancelled' },
      note,
    });
  });
  return loadRequest(deps, projectId, requestId);
}

/** The approved borrowing leaves the cabinet, signed for by the borrower. */
export async function issueBorrowedKey(
  deps: Deps,
  actor: Actor,
  projectId: string,
  requestId: string,
  input: z.infer<typeof IssueBorrowBody>,
): Promise<KeyDetailDto> {
  requireAccess({ actor, permission: 'key.manage', projectId });
  const r = await keysDb(deps.db.k)
    .selectFrom('key_requests')
    .select('key_id')
    .where('project_id', '=', projectId)
    .where('request_id', '=', requestId)
    .executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { params: { what: 'what.key_request' } });
  return keyStep(deps, actor, projectId, r.key_id, 'borrow', async ({ trx, now, movementId }) => {
    const req = await lockRequest(trx, deps.db.dialect, projectId, requestId);
    if (req.kind !== 'borrow' || req.state !== 'approved')
      throw new AppError('ILLEGAL_TRANSITION', {
        key: 'key.request_not_approved',
        params: { state: `key.request_state.${req.state}` },
      });
    const borrower = (await projectStaff(trx, projectId, [req.borrower_id!])).get(req.borrower_id!);
    if (!borrower) throw unprocessable('key.not_staff', {}, 'borrowerId');
    await captureSignature(platformDb(trx), {
      projectId,
      entityType: MOVEMENT_ENTITY,
      entityId: movementId,
      purpose: 'key.borrower',
      signerRole: 'staff',
      input: input.signature,
      actor,
      at: now,
      path: 'signature',
    });
    await trx
      .updateTable('key_requests')
      .set({ state: 'issued', updated_at: now.toISOString() })
      .where('project_id', '=', projectId)
      .where('request_id', '=', requestId)
      .execute();
    return {
      holder: { name: borrower, userId: req.borrower_id },
      movement: {
        kind: 'borrowed',
        personName: borrower,
        userId: req.borrower_id,
        requestId,
        detail: { dueAt: req.due_at, irregular: req.irregular === 1, reason: req.reason },
      },
    };
  });
}
