/**
 * The one path every step of a pass takes: permission, the pass locked, the state machine
 * asked (rules.ts canDo) — so no step can be skipped through the API — the step's checks and
 * writes, the new state and the history entry, in one transaction.
 */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Permission } from '../../platform/access/roles.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory } from '../../platform/history/record-history.ts';
import { DEFAULT_TIME_ZONE } from '../../platform/calendar/index.ts';
import { canDo, type PassAction, type PassState } from './rules.ts';
import { lockPass, passDto, type PassRow } from './repo.ts';
import type { PassDto } from './contract.ts';
import { passesDb, type PassesTable, type PDbOrTrx } from './tables.ts';

export interface PassContext {
  trx: PDbOrTrx;
  pass: PassRow;
  now: Date;
  timeZone: string;
}

export interface PassChange {
  to?: PassState;
  changes?: Partial<PassesTable>;
  /** What the history entry records besides the states. */
  data?: Record<string, unknown>;
}

/** Why the pass's state does not allow the step, in words: a refused pass says why it was refused. */
export function passStateRefusal(pass: Pick<PassRow, 'state' | 'refusal'>): AppError {
  if (pass.state === 'refused') return new AppError('ILLEGAL_TRANSITION', { key: 'pass.refused_final', params: { refusal: `pass.refusal.${pass.refusal}` }, details: { state: pass.state } });
  return new AppError('ILLEGAL_TRANSITION', { key: 'pass.state_forbids', params: { state: `pass.state.${pass.state}` }, details: { state: pass.state } });
}

export async function passStep(
  deps: Deps,
  actor: Actor,
  projectId: string,
  by: { passId?: string; number?: string },
  action: PassAction,
  permission: Permission,
  perform: (ctx: PassContext) => Promise<PassChange>,
): Promise<PassDto> {
  requireAccess({ actor, permission, projectId });
  const now = deps.clock.now();
  const passId = await deps.db.k.transaction().execute(async (t) => {
    const trx = passesDb(t);
    const pass = await lockPass(trx, deps.db.dialect, projectId, by);
    if (!canDo(pass.state as PassState, action)) throw passStateRefusal(pass);
    const timeZone = (await trx.selectFrom('projects').select('time_zone').where('project_id', '=', projectId).executeTakeFirst())?.time_zone || DEFAULT_TIME_ZONE;
    const r = await perform({ trx, pass, now, timeZone });
    const to = r.to ?? (pass.state as PassState);
    await trx
      .updateTable('passes')
      .set({ ...r.changes, state: to, updated_at: now.toISOString(), version: pass.version + 1 })
      .where('project_id', '=', projectId)
      .where('pass_id', '=', pass.pass_id)
      .execute();
    await recordHistory(t, { projectId, entityType: 'pass', entityId: pass.pass_id, action, actor, at: now, before: { state: pass.state }, after: { state: to, ...r.data } });
    return pass.pass_id;
  });
  return passDto(passesDb(deps.db.k), projectId, passId);
}
