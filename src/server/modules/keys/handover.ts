/**
 * KEY-2 "a finished handover", read in one place: the unit is no longer 未接房 and the person
 * is a recorded owner of the unit. Only the handover's last step (HND-5, the document
 * receipt signed) moves a unit off 未接房, so this is the handover record's own answer — and
 * it also holds for units handed over before PropDesk, which have no handover run.
 */
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { unitParties } from '../customers/index.ts';
import type { HandoverStanding } from './rules.ts';

export async function handoverStanding(
  db: DbOrTrx,
  projectId: string,
  unit: { unitId: string; status: string },
  customerId: string,
): Promise<HandoverStanding> {
  const parties = await unitParties(db, projectId, unit.unitId);
  const isOwner = parties.some((p) => p.customerId === customerId && p.relation === 'owner');
  if (!isOwner) return 'not_owner';
  return unit.status === 'not_received' ? 'unfinished' : 'finished';
}
