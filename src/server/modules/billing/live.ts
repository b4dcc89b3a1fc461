/**
 * The live event after money facts changed — a payment, a reversal or deduction asked for or
 * decided: open billing screens refetch, and so does the bell (its FEE-3 unpaid-list figures
 * and the approvers' requests). Web: app/live-events.ts.
 */
import { announce } from '../../platform/events/announce.ts';
import type { Deps } from '../../platform/http/context.ts';

export const BILLING_CHANGED = 'billing.changed';

/** After the change committed; entityId is the bill or the request that changed. */
export function announceBillingChange(
  deps: Pick<Deps, 'bus' | 'clock' | 'logger'>,
  projectId: string,
  entityId: string,
): Promise<void> {
  return announce(deps, projectId, BILLING_CHANGED, entityId);
}
