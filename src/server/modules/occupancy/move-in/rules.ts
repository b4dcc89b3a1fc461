/**
 * Pure rules of a tenant's move-in (入住流程, HND-6, MVI-1..2): the steps in the manual's
 * order and who records each, when a move-in may start, be refused or cancelled, what the
 * lease, the owner's confirmation, the deposit, the signed documents, the joint inspection
 * and the internal notice need, who pays from the move-in day, and the unit's status after.
 * No I/O: rules.test.ts proves them exhaustively.
 */
import type { Permission } from '../../../platform/access/roles.ts';
import { addDays } from '../../../platform/calendar/index.ts';
import type { FieldIssue } from '../../../platform/errors.ts';
import type { UnitStatus } from '../../properties/rules.ts';
import { isResidentialUse, unreadMeters } from '../exit/rules.ts';

/**
 * The leasing side's papers (lease copy, move-in notice) and the tenant's identity; the
 * owner's confirmation; the manager's approval; the money; the signed documents; the joint
 * inspection with engineering and security; the internal notice that also starts billing.
 */
export const MOVE_IN_STEPS = [
  'lease',
  'owner_confirmation',
  'approval',
  'payment',
  'documents',
  'inspection',
  'notice',
] as const;
export type MoveInStep = (typeof MOVE_IN_STEPS)[number];

export const MOVE_IN_STATES = ['in_progress', 'completed', 'rejected', 'cancelled'] as const;

/** The manager approves (审批); the cashier takes money; the desk does the rest. */
export const MOVE_IN_STEP_PERMISSION: Record<MoveInStep, Permission> = {
  lease: 'occupancy.manage',
  owner_confirmation: 'occupancy.manage',
  approval: 'occupancy.approve',
  payment: 'billing.collect',
  documents: 'occupancy.manage',
  inspection: 'occupancy.manage',
  notice: 'occupancy.manage',
};

/** A tenant moves into a vacant unit (空置): received from the developer, nobody in it. */
export function canStartMoveIn(unitStatus: string): boolean {
  return unitStatus === 'vacant';
}

/** PRP-2: a home becomes 出租 (tenant-occupied); an office, a shop or storage 办公 (in use). */
export function statusAfterMoveIn(use: string): UnitStatus {
  return isResidentialUse(use) ? 'tenant_occupied' : 'office_in_use';
}

/** A move-in is cancelled before the money is taken; after that, money goes back through a move-out. */
export function canCancelMoveIn(step: MoveInStep | null): boolean {
  return step !== null && MOVE_IN_STEPS.indexOf(step) <= MOVE_IN_STEPS.indexOf('payment');
}

/** HND-6 the lease copy: its last day after its first, and not already over. */
export function leaseProblems(l: { start: string; end: string; today: string }): FieldIssue[] {
  if (l.end <= l.start) return [{ path: 'leaseEnd', key: 'move_in.lease_end_before_start' }];
  if (l.end < l.today) return [{ path: 'leaseEnd', key: 'move_in.lease_over' }];
  return [];
}

/**
 * MVI-1: a tenant moving in needs the owner's confirmation (业主承诺书). When the unit has
 * owners on record one of them confirms; when it has none (an office the developer leases
 * itself) the building's owner party (产权方) does, and no customer is named.
 */
export function ownerConfirmationProblems(
  owners: readonly string[],
  ownerCustomerId: string | undefined,
): FieldIssue[] {
  if (owners.length > 0 && (!ownerCustomerId || !owners.includes(ownerCustomerId)))
    return [{ path: 'ownerCustomerId', key: 'move_in.not_owner' }];
  if (owners.length === 0 && ownerCustomerId) return [{ path: 'ownerCustomerId', key: 'move_in.not_owner' }];
  return [];
}

/** The manager's refusal says why. */
export function approvalProblems(a: { approve: boolean; note: string }): FieldIssue[] {
  return !a.approve && a.note.trim() === '' ? [{ path: 'note', key: 'move_in.reject_note_required' }] : [];
}

/** HND-6 the management-fee deposit: the price list's amount when the project has one. */
export function depositProblems(amountFen: number, pricedFen: number | null): FieldIssue[] {
  return pricedFen !== null && amountFen !== pricedFen
    ? [{ path: 'managementDeposit.amountFen', key: 'move_in.deposit_amount' }]
    : [];
}

/**
 * HND-6/MVI-2 the documents the tenant signs: the safety & fire responsibility letter, the
 * pledge to keep the customer handbook, the emergency contact form, the tenant information
 * form — and the vehicle registration when the tenant has vehicles. (The handover record of
 * fixtures is signed at the joint inspection.)
 */
export const MOVE_IN_DOCUMENTS = [
  'safety_fire_letter',
  'handbook_pledge',
  'emergency_contact_form',
  'tenant_info_form',
  'vehicle_registration',
] as const;
export type MoveInDocument = (typeof MOVE_IN_DOCUMENTS)[number];

export function requiredDocuments(hasVehicles: boolean): MoveInDocument[] {
  return MOVE_IN_DOCUMENTS.filter((d) => d !== 'vehicle_registration' || hasVehicles);
}

export function documentProblems(hasVehicles: boolean, signed: readonly string[]): FieldIssue[] {
  return requiredDocuments(hasVehicles)
    .filter((d) => !signed.includes(d))
    .map((d) => ({ path: `documents.${d}`, key: 'move_in.document_missing' }));
}

/**
 * HND-6 the joint inspection: at least one fixture counted; every meter of the unit read
 * once, and no meter of another unit.
 */
export function inspectionProblems(i: {
  fixtures: number;
  unitMeters: readonly string[];
  readings: readonly string[];
}): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (i.fixtures === 0) out.push({ path: 'fixtures', key: 'move_in.fixtures_required' });
  const seen = new Set<string>();
  i.readings.forEach((m, n) => {
    if (!i.unitMeters.includes(m))
      out.push({ path: `readings.${n}.meterId`, key: 'move_in.meter_other_unit' });
    else if (seen.has(m)) out.push({ path: `readings.${n}.meterId`, key: 'move_in.meter_twice' });
    seen.add(m);
  });
  if (unreadMeters(i.unitMeters, i.readings).length)
    out.push({ path: 'readings', key: 'move_in.meter_unread' });
  return out;
}

export type PayerChange = { closeCurrentOn: string | null; openForTenant: boolean } | { problem: FieldIssue };

/**
 * MVI-2 "cashier starts billing": who pays for the unit from the billing day. The tenant
 * pays (the usual office lease): whoever paid until then pays to the day before; an owner
 * who keeps paying (some home leases) must already be the unit's payer.
 * @example payerChange({ current: { customerId: 'owner', startDay: '2026-01-01' }, tenantId: 't', payer: 'tenant', billingFrom: '2026-12-01' })
 *   // { closeCurrentOn: '2026-11-30', openForTenant: true }
 */
export function payerChange(p: {
  current: { customerId: string; startDay: string } | null;
  tenantId: string;
  payer: 'tenant' | 'owner';
  billingFrom: string;
}): PayerChange {
  const { current } = p;
  if (p.payer === 'owner') {
    if (!current || current.customerId === p.tenantId)
      return { problem: { path: 'payer', key: 'move_in.no_owner_payer' } };
    return { closeCurrentOn: null, openForTenant: false };
  }
  if (!current) return { closeCurrentOn: null, openForTenant: true };
  if (current.customerId === p.tenantId) return { closeCurrentOn: null, openForTenant: false };
  if (current.startDay >= p.billingFrom)
    return { problem: { path: 'billingFrom', key: 'move_in.billing_before_payer' } };
  return { closeCurrentOn: addDays(p.billingFrom, -1), openForTenant: true };
}

/** MVI-2: billing for the tenant runs inside the lease. */
export function billingDayProblems(b: {
  billingFrom: string;
  leaseStart: string;
  leaseEnd: string;
}): FieldIssue[] {
  return b.billingFrom < b.leaseStart || b.billingFrom > b.leaseEnd
    ? [{ path: 'billingFrom', key: 'move_in.billing_outside_lease' }]
    : [];
}

/** MVI-2: the departments told by the internal notice (入住知会单), so they serve the new customer. */
export const NOTICE_ROLES = [
  'engineering',
  'security',
  'cleaning',
  'cashier',
  'cs_clerk',
  'cs_supervisor',
  'cs_manager',
  'department_head',
] as const;
