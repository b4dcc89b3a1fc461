/** The visitor-parking calculator for the gate (PRK-2), with the project's own tariff. */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import { localDay, projectClock } from '../../platform/calendar/index.ts';
import {
  DEFAULT_TEMPORARY_TARIFF,
  MAX_STAY_DAYS,
  temporaryParkingFee,
  type TemporaryFee,
  type TemporaryTariff,
} from './tariff-rules.ts';
import { itemsInEffect } from '../billing/index.ts';
import { parkingDb, type PDbOrTrx } from './tables.ts';

/** The project's visitor tariff on `day`, or PRK-2's example when it has priced none. */
export async function tariffOn(db: PDbOrTrx, projectId: string, day: string): Promise<TemporaryTariff> {
  const item = (await itemsInEffect(db, projectId, day)).find((i) => i.kind === 'parking_temporary');
  return item?.tariff ?? DEFAULT_TEMPORARY_TARIFF;
}

export async function temporaryFee(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: { entryAt: string; exitAt: string },
): Promise<TemporaryFee & { tariff: TemporaryTariff }> {
  requireAccess({ actor, permission: 'project.read', projectId });
  const entry = new Date(input.entryAt);
  const exit = new Date(input.exitAt);
  if (!(exit.getTime() >= entry.getTime()) || exit.getTime() - entry.getTime() > MAX_STAY_DAYS * 86_400_000) {
    throw new AppError('VALIDATION', {
      fields: [{ path: 'exitAt', key: 'parking.stay_invalid', params: { days: MAX_STAY_DAYS } }],
    });
  }
  const db = parkingDb(deps.db.k);
  const { timeZone } = await projectClock(deps.db.k, projectId);
  // The tariff in effect when the car came in, so a price change never reprices a stay in progress.
  const tariff = await tariffOn(db, projectId, localDay(entry, timeZone));
  return { ...temporaryParkingFee(entry, exit, tariff, timeZone), tariff };
}
