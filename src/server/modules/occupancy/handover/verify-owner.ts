/**
 * HND-1: the owner shows an ID document and the sale contract; both are checked against the
 * developer's roster (业主清册) row of the unit, and a copy of the ID is filed. The owner's
 * archive is the roster row's (or an open archive holding the same ID — one customer, many
 * units, CUS-1), made now if there is none; from here the owner is linked to the unit as its
 * owner, which the fees step needs (billing takes money only from a unit's owner or tenant).
 */
import { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/actor.ts';
import { requireAccess } from '../../../platform/access/require-access.ts';
import { AppError } from '../../../platform/errors.ts';
import type { DbOrTrx } from '../../../platform/history/record-history.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { fileDocument } from '../../../platform/signatures/documents.ts';
import { saveArchiveFields } from '../../customers/index.ts';
import { ID_TYPES, validIdNumber, validPhone } from '../../customers/index.ts';
import { PhoneString } from '../../customers/index.ts';
import { createCustomer } from '../../customers/index.ts';
import {
  claimRosterEntry,
  findCustomerByIdDocument,
  findRosterEntry,
  linkCustomerToUnit,
} from '../../customers/index.ts';
import { recordStep } from '../record-step.ts';
import { requireScans } from '../scan-check.ts';
import { findHandover, handoverStore } from './repo.ts';
import { rosterMismatches } from './rules.ts';
import { singleLineText } from '../../../platform/http/text-fields.ts';

export const VerifyOwnerBody = z
  .strictObject({
    rosterEntryId: z.uuid().openapi({ description: 'the roster row of the unit the owner is on' }),
    idType: z.enum(ID_TYPES),
    idNumber: singleLineText(30),
    contractNo: singleLineText(50, { min: 0 }).default(''),
    idCopyDocumentId: z.uuid().openapi({ description: 'the scan of the ID copy (POST …/documents first)' }),
    phone: PhoneString.optional().openapi({ description: "the owner's mobile, when the roster has none" }),
  })
  .openapi('VerifyOwner');
export type VerifyOwner = z.infer<typeof VerifyOwnerBody>;

async function rosterEntry(db: DbOrTrx, projectId: string, unitId: string, input: VerifyOwner) {
  const entry = await findRosterEntry(db, projectId, input.rosterEntryId);
  if (!entry || entry.unit_id !== unitId)
    throw new AppError('UNPROCESSABLE', {
      key: 'handover.roster_other_unit',
      fields: [{ path: 'rosterEntryId', key: 'handover.roster_other_unit' }],
    });
  if (!validIdNumber(input.idType, input.idNumber))
    throw new AppError('UNPROCESSABLE', {
      key: 'archive.id_number_invalid',
      fields: [{ path: 'idNumber', key: 'archive.id_number_invalid' }],
    });
  const mismatches = rosterMismatches(
    { idType: entry.id_type, idNumber: entry.id_number, contractNo: entry.contract_no },
    input,
  );
  if (mismatches.length)
    throw new AppError('UNPROCESSABLE', {
      key: 'handover.roster_mismatch',
      params: { name: entry.owner_name },
      fields: mismatches,
    });
  const phone = entry.phone || input.phone || '';
  return { entry, phone };
}

/** The owner's archive: the roster row's, an open one with this ID, or a new one (outside the step's transaction, which the customers module opens itself). */
async function ownerArchive(
  deps: Deps,
  actor: Actor,
  projectId: string,
  handoverId: string,
  input: VerifyOwner,
): Promise<string> {
  const run = await findHandover(deps.db.k, projectId, handoverId);
  if (run.state !== 'in_progress' || run.step !== 'roster') return ''; // the step itself gives the precise refusal
  const { entry, phone } = await rosterEntry(deps.db.k, projectId, run.unit_id, input);
  const existing =
    entry.customer_id ?? (await findCustomerByIdDocument(deps.db.k, projectId, input.idType, input.idNumber));
  if (existing) return existing;
  await requireScans(deps.db.k, projectId, { type: 'handover', id: handoverId }, [
    { documentId: input.idCopyDocumentId, path: 'idCopyDocumentId' },
  ]);
  if (!validPhone(phone))
    throw new AppError('UNPROCESSABLE', {
      key: 'handover.phone_required',
      fields: [{ path: 'phone', key: 'handover.phone_required' }],
    });
  const made = await createCustomer(deps, actor, projectId, {
    kind: input.idType === 'business_licence' ? 'company' : 'person',
    name: entry.owner_name,
    company: '',
    phones: [{ phone, label: 'mobile' }],
  });
  return made.customerId;
}

/** @example await verifyOwner(deps, actor, projectId, handoverId, { rosterEntryId, idType: 'id_card', idNumber, contractNo: 'HT-2-0103', idCopyDocumentId }) */
export async function verifyOwner(
  deps: Deps,
  actor: Actor,
  projectId: string,
  handoverId: string,
  input: VerifyOwner,
) {
  requireAccess({ actor, permission: 'occupancy.manage', projectId });
  const customerId = await ownerArchive(deps, actor, projectId, handoverId, input);
  return recordStep(
    deps,
    handoverStore,
    { actor, projectId, id: handoverId, step: 'roster' },
    async ({ trx, run, at }) => {
      const { entry } = await rosterEntry(trx, projectId, run.unit_id, input);
      await fileDocument(trx, projectId, input.idCopyDocumentId, 'handover', handoverId, 'idCopyDocumentId');
      await saveArchiveFields(trx, {
        projectId,
        customerId,
        fields: { idType: input.idType, idNumber: input.idNumber },
        actor,
        at,
      });
      await linkCustomerToUnit(trx, {
        projectId,
        customerId,
        unitId: run.unit_id,
        relation: 'owner',
        actor,
        at,
        workflow: 'handover',
      });
      if (!entry.customer_id) await claimRosterEntry(trx, { projectId, entryId: entry.entry_id, customerId });
      return {
        patch: {
          roster_entry_id: entry.entry_id,
          customer_id: customerId,
          contract_no: input.contractNo,
          id_copy_document_id: input.idCopyDocumentId,
          verified_at: at.toISOString(),
        },
        history: {
          rosterEntryId: entry.entry_id,
          customerId,
          contractNo: input.contractNo,
          idCopy: input.idCopyDocumentId,
        },
      };
    },
  );
}
