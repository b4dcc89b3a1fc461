/**
 * Every step of a pass is a step of the platform's runner (platform/workflow): permission,
 * the pass locked, the transition table asked (rules.ts PASS_TRANSITIONS) — so no step can be
 * skipped through the API — the step's checks and writes, the new state and the history
 * entry, in one transaction.
 */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { projectClock } from '../../platform/calendar/index.ts';
import { runStep, type StepEffect, type Workflow } from '../../platform/workflow/run-step.ts';
import { stepTarget } from '../../platform/workflow/transitions.ts';
import { PASS_TRANSITIONS, type PassAction, type PassState } from './rules.ts';
import { lockPass, passDto, type PassRow } from './repo.ts';
import type { PassDto } from './contract.ts';
import { passesDb, type PassesTable, type PDbOrTrx } from './tables.ts';

export interface PassContext {
  trx: PDbOrTrx;
  pass: PassRow;
  now: Date;
  timeZone: string;
}

export interface PassChange extends StepEffect<PassState> {
  changes?: Partial<PassesTable>;
  /** What the history entry records besides the states. */
  data?: Record<string, unknown>;
}

/** Why the pass's state does not allow the step, in words: a refused pass says why it was refused. */
export function passStateRefusal(pass: Pick<PassRow, 'state' | 'refusal'>): AppError {
  if (pass.state === 'refused')
    return new AppError('ILLEGAL_TRANSITION', {
      key: 'pass.refused_final',
      params: { refusal: `pass.refusal.${pass.refusal}` },
      details: { state: pass.state },
    });
  return new AppError('ILLEGAL_TRANSITION', {
    key: 'pass.state_forbids',
    params: { state: `pass.state.${pass.state}` },
    details: { state: pass.state },
  });
}

/** Who may take a step: the guard releases (REL-5 at the gate), the desk does everything else. */
const PASS_WORKFLOW: Workflow<
  PassRow,
  PassAction,
  PassState,
  { passId?: string; number?: string },
  PassChange,
  string
> = {
  entityType: 'pass',
  idOf: (pass) => pass.pass_id,
  permission: (action) => (action === 'release' ? 'pass.check' : 'pass.issue'),
  lock: (trx, { dialect, projectId, id }) => lockPass(passesDb(trx), dialect, projectId, id),
  transition: (pass, action) => stepTarget(PASS_TRANSITIONS, pass.state, action) ?? passStateRefusal(pass),
  async save(trx, { row, to, effect, at }) {
    await passesDb(trx)
      .updateTable('passes')
      .set({ ...effect.changes, state: to, updated_at: at.toISOString(), version: row.version + 1 })
      .where('project_id', '=', row.project_id)
      .where('pass_id', '=', row.pass_id)
      .execute();
    return row.pass_id;
  },
  history: ({ row, step, to, effect }) => ({
    action: step,
    before: { state: row.state },
    after: { state: to, ...effect.data },
  }),
};

export async function passStep(
  deps: Deps,
  actor: Actor,
  projectId: string,
  by: { passId?: string; number?: string },
  action: PassAction,
  perform: (ctx: PassContext) => Promise<PassChange>,
): Promise<PassDto> {
  const done = await runStep(
    deps,
    PASS_WORKFLOW,
    { actor, projectId, id: by, step: action },
    async ({ trx, row, at }) => {
      const { timeZone } = await projectClock(trx, projectId);
      return perform({ trx: passesDb(trx), pass: row, now: at, timeZone });
    },
  );
  return passDto(passesDb(deps.db.k), projectId, done.saved);
}
