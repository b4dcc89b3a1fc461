/**
 * HTTP for fees, bills, the ledger and prepaid meters (FEE-1..6, REP-7, BKG-2): one router per
 * area (routes/), each answer named by its area's contract (*.contract.ts). Money in and out
 * is integer fen; amounts are validated as integers at the edge and as positive in the use
 * case, so a negative amount gets the ledger's own message.
 */
import type { Deps } from '../../platform/http/context.ts';
import { accountRoutes } from './routes/accounts.ts';
import { adjustmentRoutes } from './routes/adjustments.ts';
import { billRoutes } from './routes/bills.ts';
import { depositRoutes } from './routes/deposits.ts';
import { feeItemRoutes } from './routes/fee-items.ts';
import { meterRoutes } from './routes/meters.ts';
import { overtimeAcRoutes } from './routes/overtime-ac.ts';
import { paymentRoutes } from './routes/payments.ts';
import { prepaidRoutes } from './routes/prepaid.ts';
import { statementRoutes } from './routes/statement.ts';

export function billingRoutes(deps: Deps) {
  return [
    feeItemRoutes,
    accountRoutes,
    meterRoutes,
    billRoutes,
    paymentRoutes,
    depositRoutes,
    adjustmentRoutes,
    statementRoutes,
    prepaidRoutes,
    overtimeAcRoutes,
  ].map((routes) => routes(deps));
}
