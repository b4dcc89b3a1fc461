/**
 * The project's parking prices on a day, as the cashier's screen shows them beside the
 * forms (PRK-2 monthly rent and visitor tariff, PRK-3 card deposit). Each comes from the
 * same lookup the use case charges with, so the screen never quotes a different amount.
 */
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { projectClock } from '../../platform/calendar/index.ts';
import { cardDepositOn } from './cards.ts';
import { MONTHLY_FEE_CODE } from './rentals.ts';
import type { TemporaryTariff } from './tariff-rules.ts';
import { tariffOn } from './temporary-fee.ts';
import { requireBilling, itemsInEffect } from '../billing/index.ts';
import { parkingDb } from './tables.ts';
import type { ParkingTerms } from './contract.ts';

export type { ParkingTerms };

export async function parkingTerms(
  deps: Deps,
  actor: Actor,
  projectId: string,
  day?: string,
): Promise<ParkingTerms> {
  requireBilling(actor, 'billing.read', projectId);
  const db = parkingDb(deps.db.k);
  const d = day ?? (await projectClock(deps.db.k, projectId)).dayOf(deps.clock.now());
  const item = (await itemsInEffect(db, projectId, d)).find(
    (i) => i.code === MONTHLY_FEE_CODE && i.kind === 'parking_monthly',
  );
  return {
    day: d,
    monthly:
      item && item.amountFen !== null
        ? { code: item.code, name: item.name, amountFen: item.amountFen }
        : null,
    cardDepositFen: await cardDepositOn(db, projectId, d),
    tariff: await tariffOn(db, projectId, d),
  };
}
