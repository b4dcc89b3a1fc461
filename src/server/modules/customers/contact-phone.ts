/**
 * The number a record keeps to reach a customer by (TKT-1): a ticket's contact, a parking
 * renter's, a move-out's, a pass carrier's. Forms show the archive's numbers masked (CUS-3),
 * so they send what the user typed — a whole number, the last digits of an archived one, or
 * nothing — and the server takes the whole number from the archive (`contactPhone`).
 */
import { unprocessable } from '../../platform/errors.ts';
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { contactPhone, MIN_WHOLE_DIGITS } from './rules.ts';

/** The customer's numbers in a stable order (the first is the default contact). */
export async function archivedPhones(
  db: DbOrTrx,
  projectId: string,
  customerId: string | null | undefined,
): Promise<string[]> {
  if (!customerId) return [];
  const rows = await db
    .selectFrom('customer_phones')
    .select('phone')
    .where('project_id', '=', projectId)
    .where('customer_id', '=', customerId)
    .orderBy('phone_norm')
    .execute();
  return rows.map((r) => r.phone);
}

/**
 * The whole number to keep, or 422 `customer.contact_partial` on `path` when only digits that
 * end none of the archived numbers were typed.
 * @example await resolveContactPhone(trx, projectId, customerId, '0004', 'contactPhone') // '13601030004'
 */
export async function resolveContactPhone(
  db: DbOrTrx,
  projectId: string,
  customerId: string | null | undefined,
  typed: string | undefined,
  path: string,
): Promise<string> {
  const contact = contactPhone(typed, await archivedPhones(db, projectId, customerId));
  if ('problem' in contact) throw unprocessable('customer.contact_partial', { min: MIN_WHOLE_DIGITS }, path);
  return contact.phone;
}
