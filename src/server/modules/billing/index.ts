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
import { messages } from './messages.ts';
import { billingRoutes } from './routes.ts';
import { billingTimerHandlers } from './timers.ts';
import { ensureBooksCheckTimers } from './books-check.ts';

export const manifest: ModuleManifest = {
  name: 'billing',
  messages,
  tables: {
    owns: [
      'billing_accounts',
      'bills',
      'bill_lines',
      'books_checks',
      'deposits',
      'fee_items',
      'ledger_adjustments',
      'ledger_entries',
      'low_balance_notices',
      'meter_readings',
      'meters',
      'overtime_ac_uses',
      'prepaid_entries',
      'prepaid_meters',
      'reminder_notices',
    ],
    publishes: ['ledger_entries'],
  },
  routes: (deps) => billingRoutes(deps),
  timerHandlers: (deps) => billingTimerHandlers(deps),
  // FEE-6: the nightly books check.
  ensureTimers: (db, now) => ensureBooksCheckTimers(db, now),
};

/** What other modules use (issue #10: they import it from here, not from the files). */
export { requireBilling } from './access.ts';
export { takeDeposit } from './deposits.ts';
export { depositHeld, PAY_METHODS, type EntryDto } from './ledger.ts';
export { billingDb, type BDbOrTrx, type BillingReadModel, type ParkingRentalsReadModel } from './tables.ts';
export { relationsTo, requireCustomer, requireUnit } from './lookups.ts';
export { takePrepayment } from './take-prepayment.ts';
