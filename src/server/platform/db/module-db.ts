/**
 * A module's typed view of the database: the platform's tables plus the module's own and
 * the published tables of others it reads. Each module declares its view once
 * (`export const ticketsDb = moduleDb<TicketTables & UnitsReadModel>()`), so its queries name
 * only tables it may touch and no query needs a cast. The same connection or transaction is
 * returned; only its type widens.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

export type AnyDb<T = unknown> = Kysely<Database & T> | Transaction<Database & T>;

/** @example export const billingDb = moduleDb<BillingTables>(); const bills = await billingDb(trx).selectFrom('bills')… */
export function moduleDb<T>(): <D extends AnyDb<never> | AnyDb<unknown>>(
  db: D,
) => D extends Transaction<infer _> ? Transaction<Database & T> : Kysely<Database & T> {
  return ((db: unknown) => db) as never;
}
