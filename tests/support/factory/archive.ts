/** Owners brought in the way production does it: the roster import of the customers module. */
import assert from 'node:assert/strict';
import { XLSX_TYPE } from '../../../src/server/modules/customers/roster/read-xlsx.ts';
import { rosterXlsx } from '../../../src/server/modules/customers/roster/roster-file.ts';
import type { Cell } from '../../../src/server/modules/customers/roster/roster-rules.ts';
import type { Client, TestContext } from '../harness.ts';

/** Imports the rows as the roster of the project; returns the archives made, by unit code. */
export async function importOwners(
  client: Client,
  projectId: string,
  rows: Cell[][],
): Promise<Record<string, string>> {
  const url = `/api/projects/${projectId}/archives/roster`;
  const preview = await client.request(
    'POST',
    `${url}/imports?fileName=roster.xlsx`,
    await rosterXlsx(rows),
    { 'content-type': XLSX_TYPE },
  );
  assert.equal(preview.status, 201, JSON.stringify(preview.body));
  const commit = await client.post(`${url}/imports/${preview.body.importId}/commit`, { skipBadRows: false });
  assert.equal(commit.status, 200, JSON.stringify(commit.body));
  const list = await client.get(`/api/projects/${projectId}/archives?class=owner&limit=100`);
  assert.equal(list.status, 200, JSON.stringify(list.body));
  const out: Record<string, string> = {};
  for (const r of list.body.rows as { id: string; units: { code: string }[] }[])
    for (const u of r.units) out[u.code] = r.id;
  return out;
}

/** The not-yet-received units of an estate building that the demo roster covers, lowest first. */
export async function rosterUnits(ctx: TestContext, projectId: string) {
  return ctx.deps.db.k
    .selectFrom('roster_entries as r')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'r.project_id').onRef('u.unit_id', '=', 'r.unit_id'),
    )
    .select([
      'u.unit_id',
      'u.code',
      'u.status',
      'r.entry_id',
      'r.owner_name',
      'r.id_type',
      'r.id_number',
      'r.contract_no',
      'r.phone',
    ])
    .where('r.project_id', '=', projectId)
    .orderBy('u.floor')
    .orderBy('u.code')
    .execute();
}
