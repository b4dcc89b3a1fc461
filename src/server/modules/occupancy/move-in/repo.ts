/**
 * Reading and writing move-in runs: the store the guided-step path uses and the view the
 * checklist screen and the printed notice show (ID and phone masked, CUS-3).
 */
import type { Dialect } from '../../../platform/db/connection.ts';
import { notFound } from '../../../platform/errors.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import { maskPhone } from '../../../platform/print/format.ts';
import { listSignatures } from '../../../platform/signatures/signatures.ts';
import { maskIdNumber } from '../../customers/index.ts';
import { stepStatuses } from '../guided-steps.ts';
import type { RunStore } from '../record-step.ts';
import type { MoveInDto } from './contract.ts';
import { MOVE_IN_STEP_PERMISSION, MOVE_IN_STEPS, type MoveInStep } from './rules.ts';
import { moveInDb, type MoveInsTable } from './tables.ts';

export const moveInStore: RunStore<MoveInsTable, MoveInStep> = {
  workflow: 'move_in',
  steps: MOVE_IN_STEPS,
  permission: (step) => MOVE_IN_STEP_PERMISSION[step],
  async lock(trx: DbOrTrx, dialect: Dialect, projectId: string, id: string) {
    let q = moveInDb(trx)
      .selectFrom('move_ins')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('move_in_id', '=', id);
    if (dialect === 'postgres') q = q.forUpdate();
    return q.executeTakeFirst();
  },
  async save(trx: DbOrTrx, projectId: string, id: string, patch: Record<string, unknown>) {
    await moveInDb(trx)
      .updateTable('move_ins')
      .set(patch as Partial<MoveInsTable>)
      .where('project_id', '=', projectId)
      .where('move_in_id', '=', id)
      .execute();
  },
};

export async function findMoveIn(db: DbOrTrx, projectId: string, moveInId: string): Promise<MoveInsTable> {
  const m = await moveInDb(db)
    .selectFrom('move_ins')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('move_in_id', '=', moveInId)
    .executeTakeFirst();
  if (!m) throw notFound('what.move_in');
  return m;
}

export type { MoveInDto };

export async function moveInView(db: DbOrTrx, projectId: string, moveInId: string): Promise<MoveInDto> {
  const k = moveInDb(db);
  const m = await k
    .selectFrom('move_ins as m')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'm.project_id').onRef('u.unit_id', '=', 'm.unit_id'),
    )
    .innerJoin('buildings as b', (j) =>
      j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
    )
    .leftJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'm.project_id').onRef('c.customer_id', '=', 'm.customer_id'),
    )
    .leftJoin('users as a', 'a.user_id', 'm.approved_by')
    .selectAll('m')
    .select([
      'u.code as unit_code',
      'u.use as unit_use',
      'b.name as building_name',
      'c.name as tenant_name',
      'c.kind as tenant_kind',
      'c.id_number as tenant_id_number',
      'a.display_name as approver',
    ])
    .where('m.project_id', '=', projectId)
    .where('m.move_in_id', '=', moveInId)
    .executeTakeFirst();
  if (!m) throw notFound('what.move_in');
  const phone = m.customer_id
    ? await k
        .selectFrom('customer_phones')
        .select('phone')
        .where('project_id', '=', projectId)
        .where('customer_id', '=', m.customer_id)
        .orderBy('phone')
        .executeTakeFirst()
    : undefined;
  const fixtures = await k
    .selectFrom('move_in_fixtures')
    .select(['name', 'quantity', 'condition', 'note'])
    .where('project_id', '=', projectId)
    .where('move_in_id', '=', moveInId)
    .orderBy('seq')
    .execute();
  const readings = await k
    .selectFrom('move_in_readings')
    .select(['meter_id', 'meter_code', 'kind', 'value_centi', 'read_at'])
    .where('project_id', '=', projectId)
    .where('move_in_id', '=', moveInId)
    .orderBy('meter_code')
    .execute();
  return {
    moveInId: m.move_in_id,
    unitId: m.unit_id,
    unitCode: m.unit_code,
    buildingName: m.building_name,
    unitUse: m.unit_use,
    state: m.state,
    step: m.step as MoveInStep | null,
    steps: stepStatuses(MOVE_IN_STEPS, m),
    startedAt: m.started_at,
    tenant: m.customer_id
      ? {
          customerId: m.customer_id,
          name: m.tenant_name ?? '',
          kind: m.tenant_kind ?? 'person',
          idNumberMasked: maskIdNumber(m.tenant_id_number),
          phoneMasked: maskPhone(phone?.phone),
        }
      : null,
    lease: m.lease_at
      ? {
          start: String(m.lease_start),
          end: String(m.lease_end),
          leaseDocumentId: m.lease_document_id,
          noticeDocumentId: m.notice_document_id,
        }
      : null,
    owner: m.owner_confirmed_at
      ? { customerId: m.owner_customer_id, name: m.owner_name, confirmedAt: m.owner_confirmed_at }
      : null,
    approval: m.approved_at ? { at: m.approved_at, byName: m.approver ?? '', note: m.approval_note } : null,
    payment: m.paid_at
      ? {
          depositFen: Number(m.deposit_fen),
          depositReceiptNo: m.deposit_receipt_no ?? '',
          rentReceiptNo: m.rent_receipt_no ?? '',
          rentDepositReceiptNo: m.rent_deposit_receipt_no ?? '',
          parkingReceiptNo: m.parking_receipt_no,
          at: m.paid_at,
        }
      : null,
    documentsAt: m.documents_at,
    inspection: m.inspected_at
      ? {
          at: m.inspected_at,
          engineeringName: m.engineering_name,
          securityName: m.security_name,
          keysHanded: Number(m.keys_handed),
          parkingNote: m.parking_note,
          fixtures: fixtures.map((f) => ({
            name: f.name,
            quantity: Number(f.quantity),
            condition: f.condition,
            note: f.note,
          })),
          readings: readings.map((r) => ({
            meterId: r.meter_id,
            meterCode: r.meter_code,
            kind: r.kind,
            valueCenti: Number(r.value_centi),
            readAt: r.read_at,
          })),
        }
      : null,
    notice: m.notice_at
      ? {
          at: m.notice_at,
          billingFrom: String(m.billing_from),
          serviceInfo: JSON.parse(m.service_info_json) as Record<string, boolean>,
        }
      : null,
    signatures: await listSignatures(db, projectId, 'move_in', moveInId),
    completedAt: m.completed_at,
    closed: m.closed_at ? { at: m.closed_at, reason: m.closed_reason } : null,
    version: m.version,
  };
}
