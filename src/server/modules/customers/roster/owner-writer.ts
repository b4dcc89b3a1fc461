/**
 * What one roster row becomes in the archive (CUS-1, CUS-2): the roster entry, the owner's
 * archive — found by its ID document when the buyer already has one, else created (a
 * company's when the document is a business licence) — their phone and their ownership of
 * the unit. Written a chunk of rows at a time inside the commit's one transaction.
 */
import type { Actor } from '../../../platform/access/actor.ts';
import { recordHistoryMany, type DbOrTrx } from '../../../platform/history/record-history.ts';
import { newId } from '../../../platform/ids.ts';
import { birthdayFromIdCard, customerKindFor, normalizePhone, type IdType } from '../rules.ts';
import { idKey, type RosterRow } from './roster-rules.ts';

/** A row that passed every check: its unit and document type are known. */
export type GoodRow = RosterRow & { unitId: string; idType: IdType };

const IN_CHUNK = 500;
const chunks = <T>(xs: T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

export class OwnerWriter {
  /** Archive by document: the project's active archives with the same document and name, then those this import creates. */
  private readonly byDocument = new Map<string, string>();
  private readonly phones = new Map<string, Set<string>>();
  private readonly owned = new Set<string>();
  private readonly trx: DbOrTrx;
  private readonly o: { projectId: string; importId: string; actor: Actor; at: Date };

  constructor(trx: DbOrTrx, o: { projectId: string; importId: string; actor: Actor; at: Date }) {
    this.trx = trx;
    this.o = o;
  }

  /** Finds the archives the rows' buyers already have, with their phones and units. */
  async load(rows: GoodRow[]): Promise<void> {
    const { projectId } = this.o;
    const numbers = [...new Set(rows.map((r) => r.values.idNumber))];
    const names = new Map(rows.map((r) => [idKey(r.idType, r.values.idNumber), r.values.ownerName]));
    for (const part of chunks(numbers, IN_CHUNK)) {
      const found = await this.trx
        .selectFrom('customers')
        .select(['customer_id', 'id_type', 'id_number', 'name'])
        .where('project_id', '=', projectId)
        .where('archive_state', '=', 'active')
        .where('id_number', 'in', part)
        .orderBy('created_at')
        .execute();
      for (const c of found) {
        const key = idKey(c.id_type as IdType, c.id_number);
        if (names.get(key) === c.name && !this.byDocument.has(key)) this.byDocument.set(key, c.customer_id);
      }
    }
    for (const part of chunks([...this.byDocument.values()], IN_CHUNK)) {
      const phones = await this.trx
        .selectFrom('customer_phones')
        .select(['customer_id', 'phone_norm'])
        .where('project_id', '=', projectId)
        .where('customer_id', 'in', part)
        .execute();
      for (const p of phones) this.phoneSet(p.customer_id).add(p.phone_norm);
      const units = await this.trx
        .selectFrom('customer_units')
        .select(['customer_id', 'unit_id'])
        .where('project_id', '=', projectId)
        .where('customer_id', 'in', part)
        .where('relation', '=', 'owner')
        .execute();
      for (const u of units) this.owned.add(`${u.customer_id}:${u.unit_id}`);
    }
  }

  private phoneSet(customerId: string): Set<string> {
    let s = this.phones.get(customerId);
    if (!s) this.phones.set(customerId, (s = new Set()));
    return s;
  }

  /** Writes the rows; returns how many archives were created. */
  async write(rows: GoodRow[]): Promise<number> {
    const { projectId, importId, actor, at } = this.o;
    const when = at.toISOString();
    const customers = [];
    const phones = [];
    const owners = [];
    const entries = [];
    const history: { customerId: string; action: 'created' | 'unit_added'; row: RosterRow }[] = [];
    for (const r of rows) {
      const key = idKey(r.idType, r.values.idNumber);
      let customerId = this.byDocument.get(key);
      if (!customerId) {
        customerId = newId(at.getTime());
        this.byDocument.set(key, customerId);
        const kind = customerKindFor(r.idType);
        const birthday = r.idType === 'id_card' ? birthdayFromIdCard(r.values.idNumber) : null;
        customers.push({
          project_id: projectId,
          customer_id: customerId,
          kind,
          name: r.values.ownerName,
          company: kind === 'company' ? r.values.ownerName : '',
          note: '',
          created_at: when,
          updated_at: when,
          id_type: r.idType,
          id_number: r.values.idNumber,
          birthday,
          archive_class: 'owner',
        });
        history.push({ customerId, action: 'created', row: r });
      } else {
        history.push({ customerId, action: 'unit_added', row: r });
      }
      const norm = normalizePhone(r.values.phone);
      if (!this.phoneSet(customerId).has(norm)) {
        this.phoneSet(customerId).add(norm);
        phones.push({
          project_id: projectId,
          customer_id: customerId,
          phone: r.values.phone,
          phone_norm: norm,
          label: 'mobile',
        });
      }
      if (!this.owned.has(`${customerId}:${r.unitId}`)) {
        this.owned.add(`${customerId}:${r.unitId}`);
        owners.push({
          project_id: projectId,
          customer_id: customerId,
          unit_id: r.unitId,
          relation: 'owner',
          created_at: when,
        });
      }
      entries.push({
        project_id: projectId,
        entry_id: newId(at.getTime()),
        import_id: importId,
        unit_id: r.unitId,
        owner_name: r.values.ownerName,
        id_type: r.idType,
        id_number: r.values.idNumber,
        phone: r.values.phone,
        contract_no: r.values.contractNo,
        customer_id: customerId,
        created_at: when,
      });
    }
    if (customers.length) await this.trx.insertInto('customers').values(customers).execute();
    if (phones.length) await this.trx.insertInto('customer_phones').values(phones).execute();
    if (owners.length) await this.trx.insertInto('customer_units').values(owners).execute();
    await this.trx.insertInto('roster_entries').values(entries).execute();
    // The history says where the archive came from, not the ID number or phone (CUS-3: managers read it).
    await recordHistoryMany(
      this.trx,
      history.map((h) => ({
        projectId,
        entityType: 'customer',
        entityId: h.customerId,
        action: h.action,
        actor,
        at,
        after: { source: 'roster', importId, row: h.row.row, unit: h.row.values.unitCode, relation: 'owner' },
      })),
    );
    return customers.length;
  }
}
