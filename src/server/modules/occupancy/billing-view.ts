/**
 * A workflow step's transaction handed to the billing module's in-transaction functions
 * (openAccount, takePrepayment, takeDeposit, recordReadingIn, itemsInEffect): the same
 * connection, seen with the billing tables, so the money and the step commit together.
 */
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import type { BDbOrTrx } from '../billing/index.ts';

export function asBilling(db: DbOrTrx): BDbOrTrx {
  return db as unknown as BDbOrTrx;
}
