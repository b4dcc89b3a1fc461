/**
 * What the clerk sees beside a new pass (REL-1..4): the unit's owners, tenants and staff with
 * their phones masked (whom to phone; CUS-3), what the unit owes today (REL-3, shown before a move-out is
 * even written) and how many temporary passes it had lately (REL-2).
 */
import type { Actor } from '../../platform/access/actor.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import type { Deps } from '../../platform/http/context.ts';
import { notFound } from '../../platform/errors.ts';
import { owedAsOf } from '../billing/index.ts';
import { listedParty, unitParties } from '../customers/index.ts';
import { unitBrief } from '../properties/index.ts';
import { FREQUENT_WINDOW_DAYS } from './rules.ts';
import { temporaryPassesSince } from './repo.ts';
import type { UnitContextSchema } from './contract.ts';
import { passesDb } from './tables.ts';
import type { z } from '@hono/zod-openapi';

export async function passUnitContext(
  deps: Deps,
  actor: Actor,
  projectId: string,
  unitId: string,
): Promise<z.infer<typeof UnitContextSchema>> {
  requireAccess({ actor, permission: 'pass.issue', projectId });
  const db = deps.db.k;
  const unit = await unitBrief(db, projectId, unitId);
  if (!unit) throw notFound('what.unit');
  const now = deps.clock.now();
  const owed = await owedAsOf(db, { projectId, unitId, asOf: now });
  const parties = await unitParties(db, projectId, unitId);
  return {
    unitId,
    unitCode: unit.code,
    buildingName: unit.buildingName,
    unitStatus: unit.status,
    // CUS-3: whom to phone, with their numbers masked; the number for the confirmation call is shown on its own, logged (call-number.ts).
    parties: parties.map(listedParty),
    owedFen: owed.owedFen,
    bills: owed.bills.map((b) => ({
      period: b.period,
      dueDate: b.dueDate,
      outstandingFen: b.outstandingFen,
      overdue: b.overdue,
    })),
    recentTemporary: await temporaryPassesSince(
      passesDb(db),
      projectId,
      unitId,
      new Date(now.getTime() - FREQUENT_WINDOW_DAYS * 86_400_000),
    ),
  };
}
