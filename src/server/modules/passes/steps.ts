/**
 * The desk's steps of a pass, in the manual's order: the arrears check for a move-out with
 * the cashier's books (REL-3), the confirmation call (REL-4), the three signatures and the
 * issue with its number (REL-5); and cancelling a pass not yet used.
 */
import type { z } from '@hono/zod-openapi';
import { AppError, unprocessable } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { localDay } from '../../platform/calendar/index.ts';
import { nextCounterValue } from '../../platform/db/counters.ts';
import { captureSignature, listSignatures, missingSignatures } from '../../platform/signatures/signatures.ts';
import { owedAsOf } from '../billing/index.ts';
import {
  arrearsOutcome,
  callOutcome,
  confirmationParty,
  passNumber,
  requiredSignatures,
  signaturePurpose,
  type CarrierType,
} from './rules.ts';
import { PASS_ENTITY } from './repo.ts';
import { passStep } from './pass-step.ts';
import type { CancelBody, PassDto, SignBody } from './contract.ts';
import type { CallBody } from './request-bodies.ts';
import { platformDb } from './tables.ts';

const carrierOf = (p: { carrier_type: string }) => p.carrier_type as CarrierType;

/** REL-3: everything the unit owes up to now must be settled, else the pass is refused and stays refused. */
export function checkArrears(deps: Deps, actor: Actor, projectId: string, passId: string): Promise<PassDto> {
  return passStep(deps, actor, projectId, { passId }, 'check_arrears', async ({ trx, pass, now }) => {
    const owed = await owedAsOf(platformDb(trx), { projectId, unitId: pass.unit_id, asOf: now });
    const outcome = arrearsOutcome(owed.owedFen, carrierOf(pass));
    return {
      to: outcome.state,
      changes: { owed_fen: owed.owedFen, arrears_checked_at: now.toISOString(), refusal: outcome.refusal },
      data: {
        owedFen: owed.owedFen,
        bills: owed.bills.map((b) => ({ period: b.period, outstandingFen: b.outstandingFen })),
      },
    };
  });
}

/** How far back a call may be recorded: the call is made at the desk, before the pass goes on. */
const CALL_SLACK_MS = 5 * 60_000;

/** REL-4: who was phoned, when, and the answer; refused or unreachable ends the pass. */
export function recordCall(
  deps: Deps,
  actor: Actor,
  projectId: string,
  passId: string,
  input: z.infer<typeof CallBody>,
): Promise<PassDto> {
  return passStep(deps, actor, projectId, { passId }, 'record_call', async ({ pass, now }) => {
    const calledAt = new Date(input.calledAt);
    if (calledAt.getTime() > now.getTime() + CALL_SLACK_MS)
      throw unprocessable('pass.call_future', {}, 'calledAt');
    if (calledAt.getTime() < new Date(pass.created_at).getTime() - CALL_SLACK_MS)
      throw unprocessable('pass.call_before_pass', {}, 'calledAt');
    const outcome = callOutcome(input.answer);
    return {
      to: outcome.state,
      changes: {
        call_party: confirmationParty(carrierOf(pass)),
        call_name: input.calledName,
        call_phone: input.calledPhone,
        called_at: calledAt.toISOString(),
        call_answer: input.answer,
        call_note: input.note,
        call_by: actor.userId || null,
        refusal: outcome.refusal,
      },
      data: { calledName: input.calledName, answer: input.answer },
    };
  });
}

/** REL-5: one of the three signatures (clerk, carrier, owner); each is given once. */
export function signPass(
  deps: Deps,
  actor: Actor,
  projectId: string,
  passId: string,
  input: z.infer<typeof SignBody>,
): Promise<PassDto> {
  return passStep(deps, actor, projectId, { passId }, 'sign', async ({ trx, pass, now }) => {
    const purpose = signaturePurpose(input.role);
    if (!requiredSignatures(carrierOf(pass)).includes(purpose))
      throw unprocessable('pass.signer_not_needed', { who: `pass.signer.${input.role}` }, 'role');
    const have = await listSignatures(platformDb(trx), projectId, PASS_ENTITY, pass.pass_id);
    if (have.some((s) => s.purpose === purpose))
      throw new AppError('CONFLICT', {
        key: 'pass.already_signed',
        params: { who: `pass.signer.${input.role}` },
      });
    await captureSignature(platformDb(trx), {
      projectId,
      entityType: PASS_ENTITY,
      entityId: pass.pass_id,
      purpose,
      signerRole: input.role,
      input: input.signature,
      actor,
      at: now,
      path: 'signature',
    });
    return { data: { signed: input.role, signerName: input.signature.signerName } };
  });
}

/** REL-5: with every signature in, the pass gets its number and is valid for today. */
export function issuePass(deps: Deps, actor: Actor, projectId: string, passId: string): Promise<PassDto> {
  return passStep(deps, actor, projectId, { passId }, 'issue', async ({ trx, pass, now, timeZone }) => {
    const have = await listSignatures(platformDb(trx), projectId, PASS_ENTITY, pass.pass_id);
    const missing = missingSignatures(have, requiredSignatures(carrierOf(pass)));
    if (missing.length)
      throw new AppError('UNPROCESSABLE', {
        key: 'pass.signature_missing',
        params: { who: `pass.signer.${missing[0]!.slice('pass.'.length)}` },
        details: { missing },
      });
    const today = localDay(now, timeZone);
    const number = passNumber(
      today.slice(0, 4),
      await nextCounterValue(platformDb(trx), projectId, `pass:${today.slice(0, 4)}`),
    );
    return {
      to: 'issued',
      changes: { number, issued_at: now.toISOString(), issued_by: actor.userId || null, valid_on: today },
      data: { number, validOn: today },
    };
  });
}

export function cancelPass(
  deps: Deps,
  actor: Actor,
  projectId: string,
  passId: string,
  input: z.infer<typeof CancelBody>,
): Promise<PassDto> {
  return passStep(deps, actor, projectId, { passId }, 'cancel', async ({ now }) => ({
    to: 'cancelled',
    changes: { cancelled_at: now.toISOString(), cancel_reason: input.reason },
    data: { reason: input.reason },
  }));
}
