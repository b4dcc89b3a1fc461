/**
 * KEY-2 "a finished handover", read in one place. Until the handover workflow (HND) keeps its
 * own record, a handover counts as finished when the unit is no longer 未接房 (only the
 * handover workflow moves it on) and the person is recorded as an owner of the unit. Switch
 * this function to the handover record when it exists; nothing else needs to change.
 */
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { unitParties } from '../customers/unit-parties.ts';
import type { HandoverStanding } from './rules.ts';

export async function handoverStanding(db: DbOrTrx, projectId: string, unit: { unitId: string; status: string }, customerId: string): Promise<HandoverStanding> {
  const parties = await unitParties(db, projectId, unit.unitId);
  const isOwner = parties.some((p) => p.customerId === customerId && p.relation === 'owner');
  if (!isOwner) return 'not_owner';
  return unit.status === 'not_received' ? 'unfinished' : 'finished';
}
