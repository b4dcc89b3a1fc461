/** The transfer row as the API shows it, and the list of transfers. */
import type { Actor } from '../../../platform/access/actor.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { listSignatures, type SignatureDto } from '../../../platform/signatures/signatures.ts';
import { nextStep, TRANSFER_STEPS } from '../exit/rules.ts';
import type { StepReading } from '../exit/readings.ts';
import type { TransferDto } from '../exit/contract.ts';
import { occupancyDb, platformDb, type ODbOrTrx, type Transfer } from '../exit/tables.ts';
import { requireAnyAccess, type WorkflowKind } from '../exit/workflow.ts';

export const TRANSFER: WorkflowKind<Transfer> = {
  table: 'transfers',
  idColumn: 'transfer_id',
  entityType: 'transfer',
  machine: TRANSFER_STEPS,
  permission: () => 'occupancy.manage',
  what: 'what.transfer',
};
export type { TransferDto };

export const TRANSFER_READERS = ['occupancy.manage', 'billing.collect'] as const;

type Named = Transfer & { unit_code: string; old_name: string; new_name: string | null };

function baseQuery(db: ODbOrTrx, projectId: string) {
  return db
    .selectFrom('transfers as t')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 't.project_id').onRef('u.unit_id', '=', 't.unit_id'),
    )
    .innerJoin('customers as o', (j) =>
      j.onRef('o.project_id', '=', 't.project_id').onRef('o.customer_id', '=', 't.old_owner_id'),
    )
    .leftJoin('customers as n', (j) =>
      j.onRef('n.project_id', '=', 't.project_id').onRef('n.customer_id', '=', 't.new_owner_id'),
    )
    .selectAll('t')
    .select(['u.code as unit_code', 'o.name as old_name', 'n.name as new_name'])
    .where('t.project_id', '=', projectId);
}

export function toTransferDto(r: Named, signatures: SignatureDto[]): TransferDto {
  return {
    transferId: r.transfer_id,
    unitId: r.unit_id,
    unitCode: r.unit_code,
    oldOwnerId: r.old_owner_id,
    oldOwnerName: r.old_name,
    newOwnerId: r.new_owner_id,
    newOwnerName: r.new_name,
    state: r.state,
    nextStep: nextStep(TRANSFER_STEPS, r.state) as string | null,
    version: Number(r.version),
    handoverDay: String(r.handover_day),
    certificate: r.certified_at
      ? { no: r.certificate_no ?? '', documentId: r.certificate_document_id ?? '', at: r.certified_at }
      : null,
    settlement: r.settled_at
      ? {
          at: r.settled_at,
          readings: (JSON.parse(r.settlement_json) as { readings?: StepReading[] }).readings ?? [],
        }
      : null,
    ownerRecordedAt: r.owner_recorded_at,
    prepay: r.prepaid_checked_at
      ? {
          requiredFen: Number(r.required_prepay_fen),
          prepaidFen: Number(r.prepaid_fen),
          at: r.prepaid_checked_at,
        }
      : null,
    completion: r.completed_at ? { at: r.completed_at, rosterEntryId: r.roster_entry_id } : null,
    cancelled: r.cancelled_at ? { at: r.cancelled_at, reason: r.cancel_reason ?? '' } : null,
    signatures,
    createdAt: r.created_at,
  };
}

export async function loadTransfer(
  db: ODbOrTrx,
  projectId: string,
  transferId: string,
): Promise<TransferDto> {
  const r = await baseQuery(db, projectId).where('t.transfer_id', '=', transferId).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { params: { what: 'what.transfer' } });
  return toTransferDto(r as Named, await listSignatures(platformDb(db), projectId, 'transfer', transferId));
}

export async function getTransfer(
  deps: Deps,
  actor: Actor,
  projectId: string,
  transferId: string,
): Promise<TransferDto> {
  requireAnyAccess(actor, projectId, TRANSFER_READERS);
  return loadTransfer(occupancyDb(deps.db.k), projectId, transferId);
}

export async function listTransfers(
  deps: Deps,
  actor: Actor,
  projectId: string,
  q: { view: 'open' | 'all' },
): Promise<TransferDto[]> {
  requireAnyAccess(actor, projectId, TRANSFER_READERS);
  let query = baseQuery(occupancyDb(deps.db.k), projectId);
  if (q.view === 'open') query = query.where('t.state', 'not in', ['completed', 'cancelled']);
  const rows = await query.orderBy('t.created_at', 'desc').limit(200).execute();
  return rows.map((r) => toTransferDto(r as Named, []));
}
