/**
 * Writing the archive fields of a customer (CUS-1): ID document, emergency phone,
 * birthday, vehicles. Used by the archive screen and by the workflows that fill the
 * archive as a step (handover HND-2, move-in MVI-2, transfer TRF-2). A sealed or
 * transferred archive is read-only (CUS-5). Every change is kept in the history.
 */
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { recordHistory, type DbOrTrx } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import type { ArchiveFields } from './contract.ts';
import { birthdayFromIdCard, validIdNumber } from './rules.ts';

/** Refuses when the archive is sealed (a moved-out tenant) or transferred (a former owner). */
export async function requireWritableArchive(db: DbOrTrx, projectId: string, customerId: string) {
  const c = await db
    .selectFrom('customers')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  if (!c) throw new AppError('NOT_FOUND', { params: { what: 'what.customer' } });
  if (c.archive_state !== 'active')
    throw new AppError('CONFLICT', { key: 'archive.read_only', params: { state: c.archive_state } });
  return c;
}

/** The archive's vehicles become exactly these (the change itself goes into the caller's history entry). */
export async function replaceVehicles(
  db: DbOrTrx,
  o: { projectId: string; customerId: string; vehicles: { plate: string; model: string }[]; at: Date },
): Promise<void> {
  await db
    .deleteFrom('customer_vehicles')
    .where('project_id', '=', o.projectId)
    .where('customer_id', '=', o.customerId)
    .execute();
  if (o.vehicles.length) {
    await db
      .insertInto('customer_vehicles')
      .values(
        o.vehicles.map((v) => ({
          project_id: o.projectId,
          vehicle_id: newId(o.at.getTime()),
          customer_id: o.customerId,
          plate: v.plate,
          model: v.model,
          created_at: o.at.toISOString(),
        })),
      )
      .execute();
  }
}

/** @example await saveArchiveFields(trx, { projectId, customerId, fields, actor, at, path: 'archive' }) */
export async function saveArchiveFields(
  db: DbOrTrx,
  o: { projectId: string; customerId: string; fields: ArchiveFields; actor: Actor; at: Date; path?: string },
): Promise<void> {
  const p = o.path ? `${o.path}.` : '';
  const f = o.fields;
  if (!validIdNumber(f.idType, f.idNumber))
    throw new AppError('UNPROCESSABLE', {
      key: 'archive.id_number_invalid',
      fields: [{ path: `${p}idNumber`, key: 'archive.id_number_invalid' }],
    });
  const birthday = f.birthday ?? (f.idType === 'id_card' ? birthdayFromIdCard(f.idNumber) : null);
  const before = await requireWritableArchive(db, o.projectId, o.customerId);
  const after = {
    id_type: f.idType,
    id_number: f.idNumber.trim().toUpperCase(),
    emergency_phone: f.emergencyPhone ?? before.emergency_phone,
    birthday: birthday ?? before.birthday,
    updated_at: o.at.toISOString(),
  };
  await db
    .updateTable('customers')
    .set({ ...after, version: before.version + 1 })
    .where('project_id', '=', o.projectId)
    .where('customer_id', '=', o.customerId)
    .execute();
  if (f.vehicles)
    await replaceVehicles(db, {
      projectId: o.projectId,
      customerId: o.customerId,
      vehicles: f.vehicles,
      at: o.at,
    });
  // The history keeps that the ID changed, not the number itself (CUS-3: the log is readable by managers).
  await recordHistory(db, {
    projectId: o.projectId,
    entityType: 'customer',
    entityId: o.customerId,
    action: 'archive_updated',
    actor: o.actor,
    at: o.at,
    before: {
      idType: before.id_type,
      hasIdNumber: before.id_number !== '',
      emergencyPhone: before.emergency_phone !== '',
      birthday: before.birthday,
    },
    after: {
      idType: after.id_type,
      hasIdNumber: true,
      emergencyPhone: after.emergency_phone !== '',
      birthday: after.birthday,
      vehicles: f.vehicles?.map((v) => v.plate),
    },
  });
}

/** Seals (a moved-out tenant, MVO-6) or marks transferred (a former owner, TRF-2): from then on read-only. */
export async function closeArchive(
  db: DbOrTrx,
  o: {
    projectId: string;
    customerId: string;
    state: 'sealed' | 'transferred';
    actor: Actor;
    at: Date;
    reason: string;
  },
): Promise<void> {
  const before = await requireWritableArchive(db, o.projectId, o.customerId);
  await db
    .updateTable('customers')
    .set({
      archive_state: o.state,
      archive_state_at: o.at.toISOString(),
      version: before.version + 1,
      updated_at: o.at.toISOString(),
    })
    .where('project_id', '=', o.projectId)
    .where('customer_id', '=', o.customerId)
    .execute();
  await recordHistory(db, {
    projectId: o.projectId,
    entityType: 'customer',
    entityId: o.customerId,
    action: `archive_${o.state}`,
    actor: o.actor,
    at: o.at,
    before: { archiveState: 'active' },
    after: { archiveState: o.state, reason: o.reason },
  });
}
