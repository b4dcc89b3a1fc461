/**
 * A customer's archive (CUS-1): the person or company, their units as owner or occupant,
 * ID document, phones, emergency phone, birthday, vehicles, the roster rows it came from,
 * filed scans and signatures, loans and its history. Read masked by anyone who may look
 * customers up; opened in full only by the archivist's permission, with a reason, logged (CUS-3).
 */
import type { Actor } from '../../../platform/access/actor.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { listHistory, type DbOrTrx } from '../../../platform/history/record-history.ts';
import { projectClock } from '../../../platform/calendar/index.ts';
import { listDocuments } from '../../../platform/signatures/documents.ts';
import { listSignatures } from '../../../platform/signatures/signatures.ts';
import { openLoansOf } from '../loans/loans.ts';
import { logAccess } from './access-log.ts';
import { maskPrivate } from './privacy.ts';
import type { ArchiveDetail } from './archive.contract.ts';

export type { ArchiveDetail } from './archive.contract.ts';

/** What a full view shows that a masked one does not, as the access log records it. */
export const FULL_VIEW_FIELDS = ['idNumber', 'phones', 'emergencyPhone', 'documents'] as const;

async function loadArchive(
  db: DbOrTrx,
  projectId: string,
  customerId: string,
  today: string,
): Promise<Omit<ArchiveDetail, 'masked'>> {
  const c = await db
    .selectFrom('customers')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  if (!c) throw new AppError('NOT_FOUND', { params: { what: 'what.customer' } });
  const [phones, units, vehicles, roster, documents, signatures, loans, history] = await Promise.all([
    db
      .selectFrom('customer_phones')
      .select(['phone', 'label'])
      .where('project_id', '=', projectId)
      .where('customer_id', '=', customerId)
      .orderBy('phone_norm')
      .execute(),
    db
      .selectFrom('customer_units as cu')
      .innerJoin('units as u', (j) =>
        j.onRef('u.project_id', '=', 'cu.project_id').onRef('u.unit_id', '=', 'cu.unit_id'),
      )
      .innerJoin('buildings as b', (j) =>
        j.onRef('b.project_id', '=', 'u.project_id').onRef('b.building_id', '=', 'u.building_id'),
      )
      .select(['cu.unit_id', 'u.code', 'b.name', 'cu.relation', 'cu.lease_start', 'cu.lease_end'])
      .where('cu.project_id', '=', projectId)
      .where('cu.customer_id', '=', customerId)
      .orderBy('u.code')
      .execute(),
    db
      .selectFrom('customer_vehicles')
      .select(['plate', 'model'])
      .where('project_id', '=', projectId)
      .where('customer_id', '=', customerId)
      .orderBy('plate')
      .execute(),
    db
      .selectFrom('roster_entries as r')
      .innerJoin('units as u', (j) =>
        j.onRef('u.project_id', '=', 'r.project_id').onRef('u.unit_id', '=', 'r.unit_id'),
      )
      .select(['u.code', 'r.contract_no', 'r.created_at'])
      .where('r.project_id', '=', projectId)
      .where('r.customer_id', '=', customerId)
      .orderBy('u.code')
      .execute(),
    listDocuments(db, projectId, 'customer', customerId),
    listSignatures(db, projectId, 'customer', customerId),
    openLoansOf(db, projectId, customerId, today),
    listHistory(db, projectId, 'customer', customerId),
  ]);
  return {
    customerId,
    kind: c.kind as ArchiveDetail['kind'],
    name: c.name,
    company: c.company,
    idType: c.id_type,
    idNumber: c.id_number,
    birthday: c.birthday ? String(c.birthday) : null,
    phones,
    emergencyPhone: c.emergency_phone,
    units: units.map((u) => ({
      unitId: u.unit_id,
      code: u.code,
      buildingName: u.name,
      relation: u.relation,
      leaseStart: u.lease_start ? String(u.lease_start) : null,
      leaseEnd: u.lease_end ? String(u.lease_end) : null,
    })),
    vehicles,
    archiveClass: c.archive_class,
    archiveState: c.archive_state as ArchiveDetail['archiveState'],
    archiveStateAt: c.archive_state_at,
    roster: roster.map((r) => ({ unitCode: r.code, contractNo: r.contract_no, importedAt: r.created_at })),
    documents,
    signatures,
    loans,
    // The timeline says what happened and who did it; the values stay in the log (they may hold numbers, CUS-3).
    history: history.map((h) => ({ action: h.action, actorName: h.actorName, at: h.at, note: h.note })),
    version: c.version,
  };
}

/** The archive with ID number and phones masked (CUS-3). */
export async function getArchive(
  deps: Deps,
  actor: Actor,
  projectId: string,
  customerId: string,
): Promise<ArchiveDetail> {
  requireAccess({ actor, permission: 'customer.read', projectId });
  const today = (await projectClock(deps.db.k, projectId)).dayOf(deps.clock.now());
  return maskPrivate(await loadArchive(deps.db.k, projectId, customerId, today));
}

/**
 * CUS-3: the full archive for this one view — the archivist's permission, a reason, and an
 * entry in the access log written with it (no log, no data).
 */
export async function openArchive(
  deps: Deps,
  actor: Actor,
  projectId: string,
  customerId: string,
  reason: string,
): Promise<ArchiveDetail> {
  requireAccess({ actor, permission: 'archive.open', projectId });
  const at = deps.clock.now();
  const today = (await projectClock(deps.db.k, projectId)).dayOf(at);
  return deps.db.k.transaction().execute(async (trx) => {
    const full = await loadArchive(trx, projectId, customerId, today);
    const accessId = await logAccess(trx, {
      projectId,
      kind: 'open',
      actor,
      at,
      reason,
      customerId,
      shown: { fields: FULL_VIEW_FIELDS },
    });
    return { ...full, masked: false, accessId };
  });
}
