/**
 * Test support for the handover and move-in tests: a drawn signature, a scanned page,
 * the estate's roster rows and not-yet-received units, row counts to prove a refusal
 * wrote nothing.
 */
import assert from 'node:assert/strict';
import type { Client, TestContext } from '../../../../tests/support/harness.ts';

/** A 1×1 PNG: what the signature pad sends and a stand-in for a scanned page. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
export const PNG_URL = `data:image/png;base64,${PNG.toString('base64')}`;

export const padSignature = (signerName: string) => ({ signerName, method: 'pad' as const, image: PNG_URL });

/** Uploads a scan as the desk does before the step that files it; returns its document id. */
export async function uploadScan(c: Client, projectId: string, title = 'scan'): Promise<string> {
  const r = await c.request('POST', `/api/projects/${projectId}/documents?title=${encodeURIComponent(title)}`, new Uint8Array(PNG), { 'content-type': 'image/png' });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body.documentId as string;
}

export async function unitByCode(ctx: TestContext, projectId: string, code: string) {
  return ctx.deps.db.k.selectFrom('units').selectAll().where('project_id', '=', projectId).where('code', '=', code).executeTakeFirstOrThrow();
}

/** The not-yet-received units of an estate building that the demo roster covers, lowest first. */
export async function rosterUnits(ctx: TestContext, projectId: string) {
  return ctx.deps.db.k
    .selectFrom('roster_entries as r')
    .innerJoin('units as u', (j) => j.onRef('u.project_id', '=', 'r.project_id').onRef('u.unit_id', '=', 'r.unit_id'))
    .select(['u.unit_id', 'u.code', 'u.status', 'r.entry_id', 'r.owner_name', 'r.id_type', 'r.id_number', 'r.contract_no', 'r.phone'])
    .where('r.project_id', '=', projectId)
    .orderBy('u.floor')
    .orderBy('u.code')
    .execute();
}

/** How many rows a table holds in the project: a refused request must not change it. */
export async function rows(ctx: TestContext, table: 'handovers' | 'rectification_items' | 'signatures' | 'customers' | 'customer_units' | 'history' | 'documents' | 'move_ins' | 'move_in_fixtures' | 'move_in_readings' | 'notifications' | 'keys', projectId: string): Promise<number> {
  const k = ctx.deps.db.k as unknown as import('kysely').Kysely<Record<string, { project_id: string }>>;
  const r = await k.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('project_id', '=', projectId).executeTakeFirstOrThrow();
  return Number(r.n);
}
