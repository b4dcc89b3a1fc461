/**
 * CUS-3: security's night supervisor may hold the emergency contact list — every occupied
 * unit with its people, their mobile and emergency phone, in full (it is for calling them at
 * night). Held by archive.emergency_list (the night manager, the archivist, the managers);
 * every print or export is logged with its purpose, like a full archive view.
 */
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import type { Deps } from '../../../platform/http/context.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { html, printPage } from '../../../platform/print/html.ts';
import { localDateTime } from '../../../platform/print/format.ts';
import { logAccess } from './access-log.ts';
import { emergencyLabels } from './emergency-labels.ts';
import { projectClock } from '../../../platform/calendar/index.ts';

export interface EmergencyRow {
  buildingName: string;
  unitCode: string;
  name: string;
  relation: string;
  phone: string;
  emergencyPhone: string;
}

/** The people of every unit whose archive is active, by unit, owners first; one row a person and unit. */
export async function emergencyRows(db: DbOrTrx, projectId: string): Promise<EmergencyRow[]> {
  const rows = await db
    .selectFrom('customer_units as cu')
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'cu.project_id').onRef('c.customer_id', '=', 'cu.customer_id'),
    )
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'cu.project_id').onRef('u.unit_id', '=', 'cu.unit_id'),
    )
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .select(['b.name as building', 'u.code', 'c.customer_id', 'c.name', 'cu.relation', 'c.emergency_phone'])
    .where('cu.project_id', '=', projectId)
    .where('c.archive_state', '=', 'active')
    .orderBy('b.code')
    .orderBy('u.code')
    .orderBy(sql`case cu.relation when 'owner' then 0 when 'tenant' then 1 when 'occupant' then 2 else 3 end`)
    .orderBy('c.name')
    .execute();
  const ids = [...new Set(rows.map((r) => r.customer_id))];
  const phones = ids.length
    ? await db
        .selectFrom('customer_phones')
        .select(['customer_id', 'phone'])
        .where('project_id', '=', projectId)
        .where('customer_id', 'in', ids)
        .orderBy('phone_norm')
        .execute()
    : [];
  const first = new Map<string, string>();
  for (const p of phones) if (!first.has(p.customer_id)) first.set(p.customer_id, p.phone);
  return rows.map((r) => ({
    buildingName: r.building,
    unitCode: r.code,
    name: r.name,
    relation: r.relation,
    phone: first.get(r.customer_id) ?? '',
    emergencyPhone: r.emergency_phone,
  }));
}

async function loggedRows(
  deps: Deps,
  actor: Actor,
  projectId: string,
  reason: string,
  format: 'print' | 'xlsx',
) {
  requireAccess({ actor, permission: 'archive.emergency_list', projectId });
  const at = deps.clock.now();
  const project = await projectClock(deps.db.k, projectId);
  const rows = await emergencyRows(deps.db.k, projectId);
  await logAccess(deps.db.k, {
    projectId,
    kind: 'emergency_list',
    actor,
    at,
    reason,
    shown: { rows: rows.length, format },
  });
  return { rows, project, at };
}

const cells = (r: EmergencyRow, relation: Record<string, string>) => [
  r.buildingName,
  r.unitCode,
  r.name,
  relation[r.relation] ?? r.relation,
  r.phone,
  r.emergencyPhone,
];

export async function emergencyListPrint(
  deps: Deps,
  actor: Actor,
  projectId: string,
  reason: string,
  locale: Locale,
): Promise<string> {
  const { rows, project, at } = await loggedRows(deps, actor, projectId, reason, 'print');
  const L = emergencyLabels(locale);
  const body = html`<div class="sheet">
<h1>${L.title}</h1>
<p class="sub">${project.name}</p>
<div class="meta"><span>${L.printedAt}：${localDateTime(at.toISOString(), project.timeZone)}</span><span>${L.printedBy}：${actor.displayName}</span><span>${L.count.replace('{count}', String(rows.length))}</span></div>
<div class="meta"><span>${L.reason}：${reason}</span></div>
<table><thead><tr>${L.columns.map((c) => html`<th>${c}</th>`)}</tr></thead>
<tbody>${rows.length ? rows.map((r) => html`<tr>${cells(r, L.relation).map((c) => html`<td>${c}</td>`)}</tr>`) : html`<tr><td colspan="6">${L.empty}</td></tr>`}</tbody></table>
<p class="foot">${L.note}</p>
</div>`;
  return printPage({ lang: locale, title: L.title, printLabel: L.print, body });
}

export async function emergencyListXlsx(
  deps: Deps,
  actor: Actor,
  projectId: string,
  reason: string,
  locale: Locale,
): Promise<{ filename: string; body: Buffer }> {
  const { rows, project, at } = await loggedRows(deps, actor, projectId, reason, 'xlsx');
  const L = emergencyLabels(locale);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(L.sheet);
  ws.addRow(L.columns).font = { bold: true };
  for (const r of rows) ws.addRow(cells(r, L.relation));
  ws.addRow([]);
  ws.addRow([L.note]);
  ws.columns.forEach((c, i) => (c.width = [16, 12, 24, 10, 16, 16][i]));
  return {
    filename: `emergency-contacts-${project.dayOf(at)}.xlsx`,
    body: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}
