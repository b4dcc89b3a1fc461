/**
 * REL-4 under CUS-3: the clerk must phone the owner (or the company's head) at the number on
 * file — not one the carrier gives — yet the pass screen shows the unit's people masked. So
 * the number is shown on its own, for this call only: while the pass waits for its call, to
 * the desk (`pass.issue`), for a party REL-4 allows, and every showing is written to the
 * archive access log (who, when, which pass) in the same transaction — no log, no number.
 */
import { AppError, unprocessable } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Deps } from '../../platform/http/context.ts';
import { logAccess } from '../customers/index.ts';
import { unitParties } from '../customers/index.ts';
import { unitBrief } from '../properties/index.ts';
import { passStateRefusal } from './pass-step.ts';
import { findPass } from './repo.ts';
import { callableRelations, confirmationParty, type CarrierType } from './rules.ts';
import { passesDb } from './tables.ts';

export interface CallNumber {
  customerId: string;
  name: string;
  /** The archived numbers, whole. */
  phones: string[];
}

export async function revealCallNumber(
  deps: Deps,
  actor: Actor,
  projectId: string,
  passId: string,
  customerId: string,
): Promise<CallNumber> {
  requireAccess({ actor, permission: 'pass.issue', projectId });
  const at = deps.clock.now();
  return deps.db.k.transaction().execute(async (trx) => {
    const pass = await findPass(passesDb(trx), projectId, { passId });
    const party = confirmationParty(pass.carrier_type as CarrierType);
    if (pass.state !== 'awaiting_call' || !party) throw passStateRefusal(pass);
    const unit = await unitBrief(trx, projectId, pass.unit_id);
    const whom = (await unitParties(trx, projectId, pass.unit_id)).find(
      (p) => p.customerId === customerId && callableRelations(party).includes(p.relation),
    );
    if (!whom)
      throw unprocessable(
        'pass.not_to_call',
        { unit: unit?.code ?? '', party: `pass.party.${party}` },
        'customerId',
      );
    if (whom.phones.length === 0)
      throw new AppError('UNPROCESSABLE', {
        key: 'pass.no_number',
        params: { name: whom.name },
        fields: [{ path: 'customerId', key: 'pass.no_number', params: { name: whom.name } }],
      });
    await logAccess(trx, {
      projectId,
      kind: 'pass_call',
      actor,
      at,
      reason: `${unit?.code ?? ''} ${pass.carrier_name}`.trim(),
      customerId,
      shown: { fields: ['phones'], passId },
    });
    return { customerId: whom.customerId, name: whom.name, phones: whom.phones };
  });
}
