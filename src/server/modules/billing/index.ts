/** What other modules may call: arrears before a move-out (MVO-4) or a release pass. */
export { owedAsOf, type OpenBill, type Owed, type OwedQuery } from './balance.ts';
export { billingRoutes } from './routes.ts';
export { billingTimerHandlers } from './timers.ts';
export { ensureBooksCheckTimers } from './books-check.ts';
export { generateBills, type GenerateProgress } from './generate-bills.ts';
