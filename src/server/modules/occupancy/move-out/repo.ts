/** The move-out row as the API shows it, and the list of move-outs with their deposit refunds. */
import type { Actor } from '../../../platform/access/actor.ts';
import {
  personalDataView,
  shownPhone,
  type PersonalDataView,
} from '../../../platform/access/personal-data.ts';
import type { Deps } from '../../../platform/http/context.ts';
import { listSignatures, type SignatureDto } from '../../../platform/signatures/signatures.ts';
import { MOVE_OUT_STEPS, nextStep, refundStatus } from '../exit/rules.ts';
import type { InspectionRecord, MoveOutDto, ReturnedRecord } from '../exit/contract.ts';
import { occupancyDb, platformDb, type MoveOut, type ODbOrTrx } from '../exit/tables.ts';
import { requireAnyAccess, type WorkflowKind } from '../exit/workflow.ts';
import { AppError } from '../../../platform/errors.ts';
import { projectClock } from '../../../platform/calendar/index.ts';

export const MOVE_OUT: WorkflowKind<MoveOut> = {
  table: 'move_outs',
  idColumn: 'move_out_id',
  entityType: 'move_out',
  machine: MOVE_OUT_STEPS,
  // MVO-6: the cashier refunds the deposit; the desk takes every other step.
  permission: (step) => (step === 'refund_deposit' ? 'billing.adjust' : 'occupancy.manage'),
  what: 'what.move_out',
};
export type { InspectionRecord, MoveOutDto, ReturnedRecord };

/** Who may read move-outs: the desk that runs them, the cashier who refunds the deposit. */
export const MOVE_OUT_READERS = ['occupancy.manage', 'billing.adjust'] as const;

type Named = MoveOut & { unit_code: string; customer_name: string };

function baseQuery(db: ODbOrTrx, projectId: string) {
  return db
    .selectFrom('move_outs as m')
    .innerJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'm.project_id').onRef('u.unit_id', '=', 'm.unit_id'),
    )
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'm.project_id').onRef('c.customer_id', '=', 'm.customer_id'),
    )
    .selectAll('m')
    .select(['u.code as unit_code', 'c.name as customer_name'])
    .where('m.project_id', '=', projectId);
}

const json = <T>(s: string, fallback: T): T => {
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

export function toMoveOutDto(
  r: Named,
  today: string,
  signatures: SignatureDto[],
  view: PersonalDataView,
): MoveOutDto {
  const inspection = r.inspected_at
    ? {
        ...json<InspectionRecord>(r.inspection_json, {
          fixtures: [],
          findings: [],
          readings: [],
          engineerName: '',
          restorationNote: '',
          comparedWithMoveIn: false,
        }),
        at: r.inspected_at,
        restorationRequired: r.restoration_required === 1,
        passedAt: r.inspection_passed_at,
      }
    : null;
  const dueOn = r.deposit_due_on === null ? null : String(r.deposit_due_on);
  return {
    moveOutId: r.move_out_id,
    unitId: r.unit_id,
    unitCode: r.unit_code,
    customerId: r.customer_id,
    customerName: r.customer_name,
    state: r.state,
    nextStep: nextStep(MOVE_OUT_STEPS, r.state) as string | null,
    version: Number(r.version),
    residential: r.residential === 1,
    notice: {
      at: r.notice_at,
      moveDay: String(r.move_day),
      contactName: r.contact_name,
      contactPhone: shownPhone(r.contact_phone, view),
      forwardingAddress: r.forwarding_address,
      leaseEnd: r.lease_end === null ? null : String(r.lease_end),
    },
    owner: {
      customerId: r.owner_customer_id,
      name: r.owner_name,
      agreed: r.owner_agreed === null ? null : r.owner_agreed === 1,
      answeredAt: r.owner_answer_at,
      itemsToStay: json(r.owner_items_json, []),
    },
    inspection,
    cleared: r.cleared_at
      ? { at: r.cleared_at, elevatorFrom: r.elevator_from, elevatorTo: r.elevator_to }
      : null,
    returned: r.keys_returned_at
      ? {
          ...json<ReturnedRecord>(r.returned_json, { keys: 0, accessCards: 0, documents: '', note: '' }),
          at: r.keys_returned_at,
        }
      : null,
    completion: r.completed_at
      ? {
          at: r.completed_at,
          billingEndDay: r.billing_end_day === null ? null : String(r.billing_end_day),
          archiveSealed: r.archive_sealed === 1,
        }
      : null,
    deposit: {
      dueAt: r.deposit_due_at,
      dueOn,
      refundedAt: r.deposit_refunded_at,
      refundedFen: r.deposit_refunded_fen === null ? null : Number(r.deposit_refunded_fen),
      status: r.completed_at
        ? refundStatus({ dueOn, refundedAt: r.deposit_refunded_at, today })
        : 'not_due_yet',
    },
    cancelled: r.cancelled_at ? { at: r.cancelled_at, reason: r.cancel_reason ?? '' } : null,
    signatures,
    createdAt: r.created_at,
  };
}

/**
 * CUS-3: the notice's contact phone in full for the desk running the move-out (it calls the
 * contact to arrange the inspection and the keys), masked for the cashier, in the list and on
 * the printed form.
 */
export function moveOutContactView(actor: Actor, projectId: string): PersonalDataView {
  return personalDataView(actor, projectId, 'occupancy.manage');
}

export async function loadMoveOut(
  db: ODbOrTrx,
  projectId: string,
  moveOutId: string,
  at: Date,
  view: PersonalDataView,
): Promise<MoveOutDto> {
  const r = await baseQuery(db, projectId).where('m.move_out_id', '=', moveOutId).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { params: { what: 'what.move_out' } });
  const signatures = await listSignatures(platformDb(db), projectId, 'move_out', moveOutId);
  return toMoveOutDto(
    r as Named,
    (await projectClock(platformDb(db), projectId)).dayOf(at),
    signatures,
    view,
  );
}

export async function getMoveOut(
  deps: Deps,
  actor: Actor,
  projectId: string,
  moveOutId: string,
): Promise<MoveOutDto> {
  requireAnyAccess(actor, projectId, MOVE_OUT_READERS);
  return loadMoveOut(
    occupancyDb(deps.db.k),
    projectId,
    moveOutId,
    deps.clock.now(),
    moveOutContactView(actor, projectId),
  );
}

/** Open move-outs, and completed ones whose deposit is not refunded yet (the refund tracking list), newest first. */
export async function listMoveOuts(
  deps: Deps,
  actor: Actor,
  projectId: string,
  q: { view: 'open' | 'deposits' | 'all' },
): Promise<MoveOutDto[]> {
  requireAnyAccess(actor, projectId, MOVE_OUT_READERS);
  const db = occupancyDb(deps.db.k);
  let query = baseQuery(db, projectId);
  if (q.view === 'open') query = query.where('m.state', 'not in', ['completed', 'cancelled']);
  if (q.view === 'deposits') query = query.where('m.state', '=', 'completed');
  const rows = await query
    .orderBy(
      q.view === 'deposits' ? 'm.deposit_due_on' : 'm.created_at',
      q.view === 'deposits' ? 'asc' : 'desc',
    )
    .limit(200)
    .execute();
  const today = (await projectClock(platformDb(db), projectId)).dayOf(deps.clock.now());
  return rows.map((r) => toMoveOutDto(r as Named, today, [], 'masked'));
}
