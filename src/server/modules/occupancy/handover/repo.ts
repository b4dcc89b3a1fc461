/**
 * Reading and writing handover runs: the store the guided-step path uses (lock, save) and
 * the view the checklist screen shows — the unit, the verified owner (ID masked, CUS-3),
 * each step's status and facts, the rectification items, the signatures.
 */
import { keptKeyOf } from '../../keys/index.ts';
import type { Dialect } from '../../../platform/db/connection.ts';
import { notFound } from '../../../platform/errors.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import { listSignatures } from '../../../platform/signatures/signatures.ts';
import { maskIdNumber } from '../../customers/index.ts';
import { maskPhone } from '../../../platform/print/format.ts';
import { stepStatuses } from '../guided-steps.ts';
import type { RunStore } from '../record-step.ts';
import type { HandoverDto, RectificationItemDto } from './contract.ts';
import { HANDOVER_STEP_PERMISSION, HANDOVER_STEPS, type HandoverStep } from './rules.ts';
import { handoverDb, type HandoversTable } from './tables.ts';

export const handoverStore: RunStore<HandoversTable, HandoverStep> = {
  workflow: 'handover',
  steps: HANDOVER_STEPS,
  permission: (step) => HANDOVER_STEP_PERMISSION[step],
  async lock(trx: DbOrTrx, dialect: Dialect, projectId: string, id: string) {
    let q = handoverDb(trx)
      .selectFrom('handovers')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('handover_id', '=', id);
    if (dialect === 'postgres') q = q.forUpdate();
    return q.executeTakeFirst();
  },
  async save(trx: DbOrTrx, projectId: string, id: string, patch: Record<string, unknown>) {
    await handoverDb(trx)
      .updateTable('handovers')
      .set(patch as Partial<HandoversTable>)
      .where('project_id', '=', projectId)
      .where('handover_id', '=', id)
      .execute();
  },
};

/** A handover row without locking it (reads outside a step). */
export async function findHandover(
  db: DbOrTrx,
  projectId: string,
  handoverId: string,
): Promise<HandoversTable> {
  const h = await handoverDb(db)
    .selectFrom('handovers')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('handover_id', '=', handoverId)
    .executeTakeFirst();
  if (!h) throw notFound('what.handover');
  return h;
}

export type { HandoverDto, RectificationItemDto };

export async function rectificationItems(
  db: DbOrTrx,
  projectId: string,
  where: { handoverId?: string; state?: 'open' | 'closed' },
): Promise<RectificationItemDto[]> {
  let q = handoverDb(db)
    .selectFrom('rectification_items as r')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'r.project_id').onRef('u.unit_id', '=', 'r.unit_id'),
    )
    .leftJoin('users as w', 'w.user_id', 'r.closed_by')
    .select([
      'r.item_id',
      'r.handover_id',
      'r.unit_id',
      'u.code',
      'r.seq',
      'r.description',
      'r.location',
      'r.state',
      'r.created_at',
      'r.closed_at',
      'w.display_name',
      'r.close_note',
    ])
    .where('r.project_id', '=', projectId);
  if (where.handoverId) q = q.where('r.handover_id', '=', where.handoverId);
  if (where.state) q = q.where('r.state', '=', where.state);
  const rows = await q.orderBy('r.created_at').orderBy('r.seq').limit(500).execute();
  return rows.map((r) => ({
    itemId: r.item_id,
    handoverId: r.handover_id,
    unitId: r.unit_id,
    unitCode: r.code,
    seq: r.seq,
    description: r.description,
    location: r.location,
    state: r.state as 'open' | 'closed',
    createdAt: r.created_at,
    closedAt: r.closed_at,
    closedByName: r.display_name ?? null,
    closeNote: r.close_note,
  }));
}

/** One handover as the checklist screen shows it. */
export async function handoverView(db: DbOrTrx, projectId: string, handoverId: string): Promise<HandoverDto> {
  const h = await handoverDb(db)
    .selectFrom('handovers as h')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'h.project_id').onRef('u.unit_id', '=', 'h.unit_id'),
    )
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .leftJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'h.project_id').onRef('c.customer_id', '=', 'h.customer_id'),
    )
    .selectAll('h')
    .select([
      'u.code as unit_code',
      'u.building_area_centi_m2',
      'b.name as building_name',
      'c.name as owner_name',
      'c.id_number as owner_id_number',
    ])
    .where('h.project_id', '=', projectId)
    .where('h.handover_id', '=', handoverId)
    .executeTakeFirst();
  if (!h) throw notFound('what.handover');
  const phone = h.customer_id
    ? await db
        .selectFrom('customer_phones')
        .select('phone')
        .where('project_id', '=', projectId)
        .where('customer_id', '=', h.customer_id)
        .orderBy('phone')
        .executeTakeFirst()
    : undefined;
  return {
    handoverId: h.handover_id,
    unitId: h.unit_id,
    unitCode: h.unit_code,
    buildingName: h.building_name,
    buildingAreaCentiM2: Number(h.building_area_centi_m2),
    state: h.state,
    step: h.step as HandoverStep | null,
    steps: stepStatuses(HANDOVER_STEPS, h),
    startedAt: h.started_at,
    startedDay: String(h.started_day),
    owner: h.customer_id
      ? {
          customerId: h.customer_id,
          name: h.owner_name ?? '',
          idNumberMasked: maskIdNumber(h.owner_id_number),
          phoneMasked: maskPhone(phone?.phone),
        }
      : null,
    contractNo: h.contract_no,
    idCopyDocumentId: h.id_copy_document_id,
    fees: h.fees_at
      ? {
          from: String(h.fees_from),
          to: String(h.fees_to),
          prepaidFen: Number(h.prepaid_fen),
          receiptNo: h.receipt_no ?? '',
          prepaymentEntryId: h.prepayment_entry_id,
          at: h.fees_at,
        }
      : null,
    keys: h.keys_at
      ? {
          handed: Number(h.keys_handed),
          kept: h.keys_kept,
          ownerConsent: h.key_consent === 1,
          ownerHandbook: h.owner_handbook === 1,
          renovationHandbook: h.renovation_handbook === 1,
          keptKeyReturnedAt: h.kept_key_returned_at,
          keptKey: h.keys_kept ? await keptKeyOf(db, projectId, h.unit_id) : null,
        }
      : null,
    rectification: await rectificationItems(db, projectId, { handoverId }),
    signatures: await listSignatures(db, projectId, 'handover', handoverId),
    completedAt: h.completed_at,
    declined: h.declined_at
      ? {
          at: h.declined_at,
          day: String(h.declined_day),
          reason: h.decline_reason ?? '',
          note: h.decline_note,
        }
      : null,
    version: h.version,
  };
}
