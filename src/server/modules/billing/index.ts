/** What other modules may call: arrears before a move-out (MVO-4) or a release pass. */
export { owedAsOf, type OpenBill, type Owed, type OwedQuery } from './balance.ts';
export { billingRoutes } from './routes.ts';
export { billingTimerHandlers } from './timers.ts';
export { ensureBooksCheckTimers } from './books-check.ts';
export { generateBills, type GenerateProgress } from './generate-bills.ts';
/** Steps of the occupancy workflows that change money facts inside their own transaction (MVO-3..6, TRF-1). */
export { accountOn, closeAccount, openAccount, type AccountDto } from './accounts.ts';
export { recordReadingIn, unitMeters, type MeterDto, type ReadingDto } from './record-reading.ts';
export { listDeposits, releaseDeposit } from './deposits.ts';
export { itemsInEffect, type FeeItemDto } from './fee-items.ts';
export { areaFeeFen } from './rules.ts';
export { listBills } from './bills-read.ts';

import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { billingRoutes } from './routes.ts';
import { billingTimerHandlers } from './timers.ts';
import { ensureBooksCheckTimers } from './books-check.ts';

export const manifest: ModuleManifest = {
  name: 'billing',
  routes: (deps) => [billingRoutes(deps)],
  timerHandlers: (deps) => billingTimerHandlers(deps),
  // FEE-6: the nightly books check.
  ensureTimers: (db, now) => ensureBooksCheckTimers(db, now),
};
