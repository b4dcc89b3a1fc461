/**
 * Requests for money adjustments (FEE-6/ORG-2): a reversal or a deduction is asked for by one
 * person (the cashier) and decided by another (decide-adjustment.ts). The request is a row of
 * its own with who asked, when and why — it writes no ledger entry, so it changes no balance,
 * holds nothing and the bill stays payable. Listed on the ledger views (a bill, a customer's
 * statement) and on the approvers' list.
 */
import { AppError } from '../../platform/errors.ts';
import { actorIdForHistory, type Actor } from '../../platform/access/actor.ts';
import { ROLE_PERMISSIONS, ROLES } from '../../platform/access/roles.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { notifyRoles } from '../../platform/notifications/index.ts';
import { requireBilling } from './access.ts';
import { announceBillingChange } from './live.ts';
import { billingDb, type BDbOrTrx, type BTrx } from './tables.ts';
import {
  ADJUSTMENT_KINDS,
  ADJUSTMENT_STATES,
  type AdjustmentDto,
  type AdjustmentKind,
  type AdjustmentState,
} from './adjustments.contract.ts';

export { ADJUSTMENT_KINDS, ADJUSTMENT_STATES, type AdjustmentDto, type AdjustmentKind, type AdjustmentState };

/** Roles whose holders are asked to decide (those granted billing.approve in roles.ts). */
export const APPROVER_ROLES = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('billing.approve'));

export interface AdjustmentPlan {
  kind: AdjustmentKind;
  customerId: string;
  unitId: string | null;
  billId: string | null;
  entryId: string | null;
  depositId: string | null;
  /** What approval books, signed as the ledger is. */
  amountFen: number;
  reason: string;
  /** Who recorded the entry being reversed or reduced: they may not decide (platform/access/separate-approver.ts). */
  recordedBy: string | null;
}

/** A reason is required and kept trimmed. */
export function requireReason(reason: string, path = 'reason'): string {
  const r = reason.trim();
  if (!r) throw new AppError('VALIDATION', { fields: [{ path, key: 'field.required' }] });
  return r;
}

/**
 * Runs `plan` (the kind's checks, on locked rows) and records the request with its history;
 * the approvers — except the requester and whoever recorded the original entry — are told.
 */
export async function recordAdjustmentRequest(
  deps: Deps,
  actor: Actor,
  projectId: string,
  plan: (trx: BTrx) => Promise<AdjustmentPlan>,
): Promise<AdjustmentDto> {
  const at = deps.clock.now();
  const adjustmentId = newId(at.getTime());
  await billingDb(deps.db.k)
    .transaction()
    .execute(async (trx) => {
      const p = await plan(trx);
      await trx
        .insertInto('ledger_adjustments')
        .values({
          project_id: projectId,
          adjustment_id: adjustmentId,
          kind: p.kind,
          state: 'pending',
          customer_id: p.customerId,
          unit_id: p.unitId,
          bill_id: p.billId,
          entry_id: p.entryId,
          deposit_id: p.depositId,
          amount_fen: p.amountFen,
          reason: p.reason,
          requested_by: actorIdForHistory(actor),
          requested_at: at.toISOString(),
          decided_by: null,
          decided_at: null,
          decision_note: null,
          result_entry_id: null,
        })
        .execute();
      const { kind, billId, entryId, depositId, amountFen, reason } = p;
      await recordHistory(trx, {
        projectId,
        entityType: 'ledger_adjustment',
        entityId: adjustmentId,
        action: 'requested',
        actor,
        at,
        after: { kind, billId, entryId, depositId, amountFen, reason },
      });
      const dto = await loadAdjustment(trx, projectId, adjustmentId);
      await notifyRoles(trx, {
        projectId,
        roles: APPROVER_ROLES,
        except: [actor.userId, ...(p.recordedBy ? [p.recordedBy] : [])],
        kind: 'fee.adjustment_requested',
        ticketId: null,
        params: notificationParams(dto),
        at,
      });
    });
  await announceBillingChange(deps, projectId, adjustmentId);
  return loadAdjustment(billingDb(deps.db.k), projectId, adjustmentId);
}

/** What the bell says about an adjustment (web: notification-text.ts). */
export function notificationParams(a: AdjustmentDto): Record<string, string | number> {
  return {
    adjustment: a.kind,
    unit: a.unitCode ?? '',
    period: a.period ?? '',
    amount: a.amountFen,
    by: a.requestedBy?.name ?? '',
    reason: a.reason,
    note: a.decisionNote ?? '',
  };
}

function adjustmentsQuery(db: BDbOrTrx, projectId: string) {
  return db
    .selectFrom('ledger_adjustments as a')
    .innerJoin('customers as c', (j) =>
      j.onRef('c.project_id', '=', 'a.project_id').onRef('c.customer_id', '=', 'a.customer_id'),
    )
    .leftJoin('units as u', (j) =>
      j.onRef('u.project_id', '=', 'a.project_id').onRef('u.unit_id', '=', 'a.unit_id'),
    )
    .leftJoin('bills as b', (j) =>
      j.onRef('b.project_id', '=', 'a.project_id').onRef('b.bill_id', '=', 'a.bill_id'),
    )
    .leftJoin('ledger_entries as e', (j) =>
      j.onRef('e.project_id', '=', 'a.project_id').onRef('e.entry_id', '=', 'a.entry_id'),
    )
    .leftJoin('users as ru', 'ru.user_id', 'a.requested_by')
    .leftJoin('users as du', 'du.user_id', 'a.decided_by')
    .selectAll('a')
    .select([
      'c.name as customer_name',
      'u.code as unit_code',
      'b.period',
      'e.kind as entry_kind',
      'e.receipt_no',
      'ru.display_name as requested_name',
      'du.display_name as decided_name',
    ])
    .where('a.project_id', '=', projectId);
}

type AdjustmentRow = Awaited<ReturnType<ReturnType<typeof adjustmentsQuery>['executeTakeFirstOrThrow']>>;

function toDto(r: AdjustmentRow): AdjustmentDto {
  return {
    adjustmentId: r.adjustment_id,
    kind: r.kind as AdjustmentKind,
    state: r.state as AdjustmentState,
    customerId: r.customer_id,
    customerName: r.customer_name,
    unitId: r.unit_id,
    unitCode: r.unit_code,
    billId: r.bill_id,
    period: r.period,
    entryId: r.entry_id,
    entryKind: r.entry_kind,
    receiptNo: r.receipt_no,
    depositId: r.deposit_id,
    amountFen: Number(r.amount_fen),
    reason: r.reason,
    requestedBy: r.requested_by ? { userId: r.requested_by, name: r.requested_name ?? '' } : null,
    requestedAt: r.requested_at,
    decidedBy: r.decided_by ? { userId: r.decided_by, name: r.decided_name ?? '' } : null,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
    resultEntryId: r.result_entry_id,
  };
}

export async function loadAdjustment(
  db: BDbOrTrx,
  projectId: string,
  adjustmentId: string,
): Promise<AdjustmentDto> {
  const r = await adjustmentsQuery(db, projectId)
    .where('a.adjustment_id', '=', adjustmentId)
    .executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { params: { what: 'what.adjustment' } });
  return toDto(r);
}

export interface AdjustmentsQuery {
  state?: AdjustmentState;
  billId?: string;
  customerId?: string;
  unitId?: string;
}

export const ADJUSTMENT_LIST_LIMIT = 500;

/** Requests of a bill, a customer or the project, pending ones first, newest first within each. */
export async function findAdjustments(
  db: BDbOrTrx,
  projectId: string,
  q: AdjustmentsQuery,
): Promise<AdjustmentDto[]> {
  let sq = adjustmentsQuery(db, projectId);
  if (q.state) sq = sq.where('a.state', '=', q.state);
  if (q.billId) sq = sq.where('a.bill_id', '=', q.billId);
  if (q.customerId) sq = sq.where('a.customer_id', '=', q.customerId);
  if (q.unitId) sq = sq.where('a.unit_id', '=', q.unitId);
  const rows = await sq
    .orderBy('a.requested_at', 'desc')
    .orderBy('a.adjustment_id', 'desc')
    .limit(ADJUSTMENT_LIST_LIMIT)
    .execute();
  const dtos = rows.map(toDto);
  return [...dtos.filter((a) => a.state === 'pending'), ...dtos.filter((a) => a.state !== 'pending')];
}

/** The approvers' and the cashier's list (GET …/billing/adjustments). */
export async function listAdjustments(
  deps: Deps,
  actor: Actor,
  projectId: string,
  q: AdjustmentsQuery,
): Promise<AdjustmentDto[]> {
  requireBilling(actor, 'billing.read', projectId);
  return findAdjustments(billingDb(deps.db.k), projectId, q);
}
