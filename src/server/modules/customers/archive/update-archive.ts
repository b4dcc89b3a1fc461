/**
 * Editing a customer's archive from the archive screen (CUS-1): name, company, phones,
 * emergency phone, birthday, ID document, vehicles — any of them, with the version read.
 * A sealed or transferred archive is read-only (CUS-5). The history names the fields that
 * changed, never the numbers (CUS-3: managers read it).
 */
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import { AppError, versionConflict } from '../../../platform/errors.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { recordHistory } from '../../../platform/history/record-history.ts';
import { replaceVehicles, requireWritableArchive } from '../archive-fields.ts';
import { birthdayFromIdCard, ID_TYPES, normalizePhone, validIdNumber } from '../rules.ts';
import { getArchive, type ArchiveDetail } from './customer-archive.ts';
import type { UpdateArchiveBody } from './archive.contract.ts';

type UpdateArchive = z.infer<typeof UpdateArchiveBody>;

/** The ID document, when the request changes it: type and number together, the number valid for the type. */
function idDocument(input: UpdateArchive): { idType: (typeof ID_TYPES)[number]; idNumber: string } | null {
  if (input.idType === undefined && input.idNumber === undefined) return null;
  if (input.idType === undefined || input.idNumber === undefined) {
    const path = input.idType === undefined ? 'idType' : 'idNumber';
    throw new AppError('UNPROCESSABLE', {
      key: 'archive.id_pair',
      fields: [{ path, key: 'archive.id_pair' }],
    });
  }
  if (!validIdNumber(input.idType, input.idNumber))
    throw new AppError('UNPROCESSABLE', {
      key: 'archive.id_number_invalid',
      fields: [{ path: 'idNumber', key: 'archive.id_number_invalid' }],
    });
  return { idType: input.idType, idNumber: input.idNumber.toUpperCase() };
}

export async function updateArchive(
  deps: Deps,
  actor: Actor,
  projectId: string,
  customerId: string,
  input: UpdateArchive,
): Promise<ArchiveDetail> {
  requireAccess({ actor, permission: 'archive.manage', projectId });
  const id = idDocument(input);
  const at = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const before = await requireWritableArchive(trx, projectId, customerId);
    if (before.version !== input.version) throw versionConflict();
    const birthday =
      input.birthday !== undefined
        ? input.birthday
        : id?.idType === 'id_card'
          ? birthdayFromIdCard(id.idNumber)
          : undefined;
    const set = {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.company !== undefined && { company: input.company }),
      ...(input.emergencyPhone !== undefined && { emergency_phone: input.emergencyPhone }),
      ...(birthday !== undefined && { birthday }),
      ...(id && { id_type: id.idType, id_number: id.idNumber }),
    };
    const changed = await trx
      .updateTable('customers')
      .set({ ...set, version: before.version + 1, updated_at: at.toISOString() })
      .where('project_id', '=', projectId)
      .where('customer_id', '=', customerId)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) throw versionConflict();
    if (input.phones) {
      const phones = new Map(input.phones.map((p) => [normalizePhone(p.phone), p]));
      await trx
        .deleteFrom('customer_phones')
        .where('project_id', '=', projectId)
        .where('customer_id', '=', customerId)
        .execute();
      await trx
        .insertInto('customer_phones')
        .values(
          [...phones].map(([norm, p]) => ({
            project_id: projectId,
            customer_id: customerId,
            phone: p.phone,
            phone_norm: norm,
            label: p.label,
          })),
        )
        .execute();
    }
    if (input.vehicles) await replaceVehicles(trx, { projectId, customerId, vehicles: input.vehicles, at });
    const fields = Object.keys(input).filter((k) => k !== 'version');
    await recordHistory(trx, {
      projectId,
      entityType: 'customer',
      entityId: customerId,
      action: 'archive_updated',
      actor,
      at,
      after: { fields, ...(input.vehicles && { vehicles: input.vehicles.map((v) => v.plate) }) },
    });
  });
  return getArchive(deps, actor, projectId, customerId);
}
