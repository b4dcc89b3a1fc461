/** Owners brought in the way production does it: the roster import of the customers module. */
import assert from 'node:assert/strict';
import { XLSX_TYPE } from '../../../src/server/modules/customers/roster/read-xlsx.ts';
import { rosterXlsx } from '../../../src/server/modules/customers/roster/roster-file.ts';
import type { Cell } from '../../../src/server/modules/customers/roster/roster-rules.ts';
import type { Client } from '../harness.ts';

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
