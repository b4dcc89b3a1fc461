/**
 * Test setup for the archive tests: owners brought in the way production does it, through
 * the roster import, and a tiny PNG to file as a scan.
 */
import assert from 'node:assert/strict';
import type { Client } from '../../../../tests/support/harness.ts';
import { XLSX_TYPE } from './roster/read-xlsx.ts';
import { rosterXlsx } from './roster/roster-file.ts';
import type { Cell } from './roster/roster-rules.ts';

export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Imports the rows as the roster of the project; returns the archives made, by unit code. */
export async function importOwners(client: Client, projectId: string, rows: Cell[][]): Promise<Record<string, string>> {
  const url = `/api/projects/${projectId}/archives/roster`;
  const preview = await client.request('POST', `${url}/imports?fileName=roster.xlsx`, await rosterXlsx(rows), { 'content-type': XLSX_TYPE });
  assert.equal(preview.status, 201, JSON.stringify(preview.body));
  const commit = await client.post(`${url}/imports/${preview.body.importId}/commit`, { skipBadRows: false });
  assert.equal(commit.status, 200, JSON.stringify(commit.body));
  const list = await client.get(`/api/projects/${projectId}/archives?class=owner&limit=100`);
  assert.equal(list.status, 200, JSON.stringify(list.body));
  const out: Record<string, string> = {};
  for (const r of list.body.rows as { id: string; units: { code: string }[] }[]) for (const u of r.units) out[u.code] = r.id;
  return out;
}

/** Uploads a scan as that person; returns its document id. */
export async function uploadScan(client: Client, projectId: string, title: string): Promise<string> {
  const res = await client.request('POST', `/api/projects/${projectId}/documents?title=${encodeURIComponent(title)}`, new Uint8Array(PNG), { 'content-type': 'image/png' });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.documentId as string;
}
