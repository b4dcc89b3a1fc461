/**
 * Pure rules of the handover of a new unit to its owner (交接房屋, HND-1..5): the steps in
 * order and who may record each, when a handover may start or be refused, the roster match,
 * what the owner archive needs, the six months paid ahead and what the key step needs.
 * No I/O: the use cases ask these, and rules.test.ts proves them exhaustively.
 */
import type { Permission } from '../../../platform/access/roles.ts';
import { addDays } from '../../../platform/calendar/index.ts';
import type { FieldIssue } from '../../../platform/errors.ts';
import { birthdayFromIdCard, normalizePhone, type IdType } from '../../customers/rules.ts';
import { addMonths, PREPAY_MONTHS, prepayRequiredFen, type MonthlyItem } from '../rules.ts';

/** The manual's order (交接房屋 1–9): identity, archive and safety letter, fees, keys, receipt. */
export const HANDOVER_STEPS = ['roster', 'archive', 'fees', 'keys', 'receipt'] as const;
export type HandoverStep = (typeof HANDOVER_STEPS)[number];

export const HANDOVER_STATES = ['in_progress', 'completed', 'not_accepted'] as const;
export type HandoverState = (typeof HANDOVER_STATES)[number];

/** Money is taken by the cashier (收银员); every other step by the customer-service desk. */
export const HANDOVER_STEP_PERMISSION: Record<HandoverStep, Permission> = {
  roster: 'occupancy.manage',
  archive: 'occupancy.manage',
  fees: 'billing.collect',
  keys: 'occupancy.manage',
  receipt: 'occupancy.manage',
};

/** Why an owner does not accept the unit (HND-5: the daily report records the reason). */
export const DECLINE_REASONS = ['quality', 'area', 'fees', 'documents', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** Only a unit nobody has received yet (未接房) is handed over (PRP-2). */
export function canStartHandover(unitStatus: string): boolean {
  return unitStatus === 'not_received';
}

/**
 * Why the owner may not (any longer) refuse the unit, or null. Once the fees are paid the
 * owner has taken the unit: what is still wrong becomes rectification items (HND-4).
 * A refusal for "other" reasons says what they were.
 */
export function declineProblems(
  step: HandoverStep | null,
  reason: DeclineReason,
  note: string,
): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (step === null || HANDOVER_STEPS.indexOf(step) > HANDOVER_STEPS.indexOf('fees'))
    out.push({ path: 'reason', key: 'handover.decline_after_fees' });
  if (reason === 'other' && note.trim() === '')
    out.push({ path: 'note', key: 'handover.decline_note_required' });
  return out;
}

// ── HND-1 the developer's roster ──────────────────────────────────────────────────────────

export interface RosterEntry {
  idType: string;
  idNumber: string;
  contractNo: string;
}

export interface Presented {
  idType: IdType;
  idNumber: string;
  contractNo: string;
}

const squash = (s: string) => s.replace(/[\s\-－—_]/g, '').toUpperCase();

/**
 * HND-1: where the ID document and sale contract shown at the desk differ from the
 * developer's roster (业主清册). ID numbers compare without spaces and in upper case;
 * contract numbers also ignore dashes. A roster row without a contract number checks only the ID.
 * @example rosterMismatches({ idType: 'id_card', idNumber: '11010519491231002X', contractNo: 'HT-001' }, { idType: 'id_card', idNumber: '11010519491231002x', contractNo: 'HT001' }) // []
 */
export function rosterMismatches(entry: RosterEntry, shown: Presented): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (entry.idType !== shown.idType) out.push({ path: 'idType', key: 'handover.roster_id_type' });
  if (squash(entry.idNumber) !== squash(shown.idNumber))
    out.push({ path: 'idNumber', key: 'handover.roster_id_number' });
  if (entry.contractNo.trim() !== '' && squash(entry.contractNo) !== squash(shown.contractNo))
    out.push({ path: 'contractNo', key: 'handover.roster_contract' });
  return out;
}

// ── HND-2 the owner archive ───────────────────────────────────────────────────────────────

export interface ArchiveInput {
  idType: IdType;
  idNumber: string;
  mobile: string;
  emergencyPhone: string | undefined;
  birthday: string | undefined;
}

/**
 * HND-2: the manual asks in particular for an emergency mobile and the birthday. The
 * birthday comes from a resident ID card when not given; an emergency number that is the
 * owner's own mobile reaches nobody else.
 * @example archiveProblems({ idType: 'id_card', idNumber: '11010519491231002X', mobile: '13800000000', emergencyPhone: '13900000000', birthday: undefined }) // { birthday: '1949-12-31', problems: [] }
 */
export function archiveProblems(a: ArchiveInput): { birthday: string | null; problems: FieldIssue[] } {
  const problems: FieldIssue[] = [];
  const emergency = (a.emergencyPhone ?? '').trim();
  if (emergency === '') problems.push({ path: 'emergencyPhone', key: 'handover.emergency_phone_required' });
  else if (a.mobile !== '' && normalizePhone(emergency) === normalizePhone(a.mobile))
    problems.push({ path: 'emergencyPhone', key: 'handover.emergency_same_as_mobile' });
  const birthday = a.birthday ?? (a.idType === 'id_card' ? birthdayFromIdCard(a.idNumber) : null);
  if (!birthday) problems.push({ path: 'birthday', key: 'handover.birthday_required' });
  return { birthday, problems };
}

// ── HND-3 fees from the handover day, six months ahead ────────────────────────────────────

export interface QuoteItem extends MonthlyItem {
  code: string;
  name: string;
}

export interface PrepaymentQuote {
  from: string;
  to: string;
  lines: { code: string; name: string; monthlyFen: number; totalFen: number }[];
  totalFen: number;
}

/**
 * HND-3: fees run from the handover day; six months of the monthly fees (the area-rated
 * management fee and any fixed monthly item of the building) are paid in advance, and the
 * handover form records the period they cover — from the handover day to the day before the
 * same date six months on. The amount is TRF-1's rule (six months of the items in effect),
 * so a handover and a transfer ask the same. Null when the project prices no management fee.
 * @example prepaymentQuote([{ code: 'MGMT', name: '物业管理费', kind: 'area', areaBasis: 'building', rateMillifen: 250_000, amountFen: null, buildingId: null }], { buildingId: 'b', buildingAreaCentiM2: 9876, innerAreaCentiM2: 7930 }, '2026-11-25')
 *   // { from: '2026-11-25', to: '2027-05-24', lines: [{ code: 'MGMT', name: '物业管理费', monthlyFen: 24690, totalFen: 148140 }], totalFen: 148140 }
 */
export function prepaymentQuote(
  items: readonly QuoteItem[],
  unit: { buildingId: string; buildingAreaCentiM2: number; innerAreaCentiM2: number },
  from: string,
  areaFee: (areaCentiM2: number, rateMillifen: number) => number,
): PrepaymentQuote | null {
  const applies = items.filter(
    (i) =>
      (i.kind === 'area' || i.kind === 'fixed') &&
      (i.buildingId === null || i.buildingId === unit.buildingId),
  );
  if (!applies.some((i) => i.kind === 'area')) return null;
  const lines = applies.map((i) => {
    const totalFen = prepayRequiredFen([i], unit, areaFee);
    return { code: i.code, name: i.name, monthlyFen: totalFen / PREPAY_MONTHS, totalFen };
  });
  return {
    from,
    to: addDays(addMonths(from, PREPAY_MONTHS), -1),
    lines,
    totalFen: lines.reduce((s, l) => s + l.totalFen, 0),
  };
}

// ── HND-4 keys, handbooks, rectification ──────────────────────────────────────────────────

export interface KeysInput {
  keysHanded: number;
  ownerHandbook: boolean;
  renovationHandbook: boolean;
  rectificationItems: number;
  keyKept: boolean;
  ownerConsent: boolean;
  /** Where the kept key goes in the key cabinet. */
  keyCabinetSlot?: string;
}

/**
 * HND-4: keys, the owner handbook and the renovation handbook are handed over; a key is kept
 * for repairs only while rectification items remain and only with the owner's consent (an
 * owner who refuses keeps every key and lets engineering in by appointment).
 */
export function keysProblems(k: KeysInput): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (!Number.isInteger(k.keysHanded) || k.keysHanded < 1)
    out.push({ path: 'keysHanded', key: 'handover.keys_required' });
  if (!k.ownerHandbook) out.push({ path: 'ownerHandbook', key: 'handover.handbook_required' });
  if (!k.renovationHandbook) out.push({ path: 'renovationHandbook', key: 'handover.handbook_required' });
  if (k.keyKept && k.rectificationItems === 0)
    out.push({ path: 'keyKept', key: 'handover.key_kept_without_items' });
  if (k.keyKept && !k.ownerConsent) out.push({ path: 'ownerConsent', key: 'handover.key_needs_consent' });
  if (k.keyKept && !k.keyCabinetSlot?.trim())
    out.push({ path: 'keyCabinetSlot', key: 'handover.key_slot_required' });
  return out;
}
