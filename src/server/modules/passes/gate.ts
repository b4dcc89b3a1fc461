/**
 * REL-5 at the gate: the guard types the pass number from the customer's copy, sees the
 * carrier, the items and the signatures — or why the pass is not valid — and lets the items
 * out once. A pass is valid on the day it was issued only; used, it stays used.
 */
import type { z } from '@hono/zod-openapi';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Deps } from '../../platform/http/context.ts';
import { localDay, projectClock } from '../../platform/calendar/index.ts';
import { localDateTime } from '../../platform/print/format.ts';
import { gateVerdict, type GateVerdict, type PassState } from './rules.ts';
import { findPass, passDto, type PassRow } from './repo.ts';
import { passStep } from './pass-step.ts';
import type { PassDto, ReleaseBody } from './contract.ts';
import { passesDb } from './tables.ts';

/** Pass numbers are printed upper-case; guards type them any way. */
const normalize = (n: string) => n.trim().toUpperCase();

const verdictOf = (p: PassRow, now: Date, timeZone: string) =>
  gateVerdict({
    state: p.state as PassState,
    validOn: p.valid_on === null ? null : String(p.valid_on),
    today: localDay(now, timeZone),
  });

/** Why the guard may not let it out, in words (used when and by whom, expired, refused…). */
export function gateRefusal(verdict: GateVerdict, p: PassDto, timeZone: string): AppError {
  return new AppError('CONFLICT', {
    key: `pass.gate_${verdict}`,
    params: {
      number: p.number ?? '',
      at: localDateTime(p.checkedAt, timeZone),
      by: p.checkedByName ?? '',
      validOn: p.validOn ?? '',
      refusal: `pass.refusal.${p.refusal}`,
    },
    details: { verdict },
  });
}

export async function passAtGate(
  deps: Deps,
  actor: Actor,
  projectId: string,
  number: string,
): Promise<{ verdict: GateVerdict; today: string; pass: PassDto }> {
  requireAccess({ actor, permission: 'pass.check', projectId });
  const db = passesDb(deps.db.k);
  const row = await findPass(db, projectId, { number: normalize(number) });
  const now = deps.clock.now();
  const { timeZone } = await projectClock(deps.db.k, projectId);
  return {
    verdict: verdictOf(row, now, timeZone),
    today: localDay(now, timeZone),
    pass: await passDto(db, projectId, row.pass_id),
  };
}

/** The guard lets the items out: only a valid pass, once (checked again under the row lock). */
export async function releaseAtGate(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof ReleaseBody>,
): Promise<PassDto> {
  const seen = await passAtGate(deps, actor, projectId, input.number);
  const { timeZone } = await projectClock(deps.db.k, projectId);
  if (seen.verdict !== 'valid') throw gateRefusal(seen.verdict, seen.pass, timeZone);
  return passStep(deps, actor, projectId, { passId: seen.pass.passId }, 'release', async ({ pass, now }) => {
    const verdict = verdictOf(pass, now, timeZone);
    if (verdict !== 'valid') throw gateRefusal(verdict, seen.pass, timeZone);
    return {
      to: 'used',
      changes: { checked_at: now.toISOString(), checked_by: actor.userId || null, gate_note: input.note },
      data: { note: input.note },
    };
  });
}
