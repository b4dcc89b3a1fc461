/** Shared by the move-out and transfer API tests: a signature, units by code, a payment of everything owed. */
import type { Client, TestContext } from '../../../../../tests/support/harness.ts';

// A 1×1 transparent PNG (as in platform/signatures/signatures.test.ts).
export const PNG_URL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
export const sign = (signerName: string) => ({ signerName, method: 'pad' as const, image: PNG_URL });

export async function unitId(ctx: TestContext, projectId: string, code: string): Promise<string> {
  const u = await ctx.deps.db.k.selectFrom('units').select('unit_id').where('project_id', '=', projectId).where('code', '=', code).executeTakeFirstOrThrow();
  return u.unit_id;
}

export async function tenantOf(ctx: TestContext, projectId: string, unit: string): Promise<string> {
  const r = await ctx.deps.db.k.selectFrom('customer_units').select('customer_id').where('project_id', '=', projectId).where('unit_id', '=', unit).where('relation', '=', 'tenant').executeTakeFirstOrThrow();
  return r.customer_id;
}

let receipt = 0;
export const nextReceipt = (prefix: string) => `${prefix}-${process.pid}-${++receipt}`;

/** The cashier pays every open bill of the customer in full. */
export async function payAll(cashier: Client, projectId: string, customerId: string, bills: { billId: string; outstandingFen: number }[]): Promise<void> {
  for (const b of bills) {
    const r = await cashier.post(`/api/projects/${projectId}/billing/payments`, { billId: b.billId, customerId, amountFen: b.outstandingFen, method: 'transfer', receiptNo: nextReceipt('PAY') });
    if (r.status !== 200 && r.status !== 201) throw new Error(`payment failed: ${r.status} ${JSON.stringify(r.body)}`);
  }
}

export async function historyActions(ctx: TestContext, projectId: string, entityType: string, entityId: string): Promise<string[]> {
  const rows = await ctx.deps.db.k.selectFrom('history').select('action').where('project_id', '=', projectId).where('entity_type', '=', entityType).where('entity_id', '=', entityId).orderBy('at').orderBy('entry_id').execute();
  return rows.map((r) => r.action);
}
