/**
 * The developer's roster (业主清册) as other modules use it: a handover checks the owner
 * against a roster row and claims it for the owner's archive (HND-1), a transfer adds a row
 * for the new owner (TRF-2 — earlier rows stay as the roster's history), and the handover
 * desk shows the roster's owners of a unit, ID numbers and phones masked (CUS-3). The roster
 * is this module's table; these run inside the caller's transaction when given one.
 */
import type { DbOrTrx } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { maskPhone } from '../../platform/print/format.ts';
import { maskIdNumber } from './rules.ts';

/** One roster row of the project, or undefined. */
export async function findRosterEntry(db: DbOrTrx, projectId: string, entryId: string) {
  return db
    .selectFrom('roster_entries')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('entry_id', '=', entryId)
    .executeTakeFirst();
}

/** The row now names the owner's archive (HND-1), so the next import matches it. */
export async function claimRosterEntry(
  db: DbOrTrx,
  o: { projectId: string; entryId: string; customerId: string },
): Promise<void> {
  await db
    .updateTable('roster_entries')
    .set({ customer_id: o.customerId })
    .where('project_id', '=', o.projectId)
    .where('entry_id', '=', o.entryId)
    .execute();
}

/** A new roster row for the customer's ownership of the unit, from their archive; returns its id. */
export async function addRosterOwner(
  db: DbOrTrx,
  o: { projectId: string; unitId: string; customerId: string; source: string; contractNo: string; at: Date },
): Promise<string> {
  const owner = await db
    .selectFrom('customers')
    .select(['name', 'id_type', 'id_number'])
    .where('project_id', '=', o.projectId)
    .where('customer_id', '=', o.customerId)
    .executeTakeFirstOrThrow();
  const phone = await db
    .selectFrom('customer_phones')
    .select('phone')
    .where('project_id', '=', o.projectId)
    .where('customer_id', '=', o.customerId)
    .orderBy('phone')
    .executeTakeFirst();
  const entryId = newId(o.at.getTime());
  await db
    .insertInto('roster_entries')
    .values({
      project_id: o.projectId,
      entry_id: entryId,
      import_id: o.source,
      unit_id: o.unitId,
      owner_name: owner.name,
      id_type: owner.id_type,
      id_number: owner.id_number,
      phone: phone?.phone ?? '',
      contract_no: o.contractNo,
      customer_id: o.customerId,
      created_at: o.at.toISOString(),
    })
    .execute();
  return entryId;
}

/** The roster's owner names per unit, joined with '、' (several buyers of one unit). */
export async function rosterOwnerNames(
  db: DbOrTrx,
  projectId: string,
  unitIds: string[],
): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('roster_entries')
    .select(['unit_id', 'owner_name'])
    .where('project_id', '=', projectId)
    .where('unit_id', 'in', [...new Set(unitIds)])
    .orderBy('owner_name')
    .execute();
  const out = new Map<string, string>();
  for (const r of rows)
    out.set(r.unit_id, out.has(r.unit_id) ? `${out.get(r.unit_id)}、${r.owner_name}` : r.owner_name);
  return out;
}

/** The roster rows of a unit — who the developer sold it to — with ID numbers and phones masked. */
export async function unitRoster(db: DbOrTrx, projectId: string, unitId: string) {
  const rows = await db
    .selectFrom('roster_entries')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('unit_id', '=', unitId)
    .orderBy('owner_name')
    .execute();
  return rows.map((r) => ({
    entryId: r.entry_id,
    ownerName: r.owner_name,
    idType: r.id_type,
    idNumberMasked: maskIdNumber(r.id_number),
    phoneMasked: maskPhone(r.phone),
    contractNo: r.contract_no,
  }));
}
