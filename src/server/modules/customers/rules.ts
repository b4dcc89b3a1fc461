/**
 * Pure rules for customers: caller-ID lookup and contact numbers, ID documents. Phone
 * normalising and masking are the platform's (printouts and every endpoint mask through
 * them); they are re-exported here for the callers that know them as customer rules.
 */
import { normalizePhone } from '../../platform/people/phone-rules.ts';

export { normalizePhone };
export { maskIdNumber } from '../../platform/people/id-number-rules.ts';

/** CUS-3: fewer trailing digits than this find nobody (three would list a tenth of the archive). */
export const MIN_TAIL_DIGITS = 4;
/** A number with at least this many digits is a whole one (a local landline has 7 or 8). */
export const MIN_WHOLE_DIGITS = 7;
/** A mainland mobile or a landline with its area code: matched only as the whole number. */
const WHOLE_MATCH_DIGITS = 11;

/**
 * How a caller's number is looked up (TKT-1, CUS-3): 11 digits or more as the whole number,
 * 4 to 10 as the number's last digits, fewer not at all.
 * @example callerLookup('138-0013-8000') // { match: 'whole', digits: '13800138000' }
 * @example callerLookup('8000') // { match: 'tail', digits: '8000' }
 * @example callerLookup('800') // null
 */
export function callerLookup(typed: string): { match: 'whole' | 'tail'; digits: string } | null {
  const digits = normalizePhone(typed);
  if (digits.length < MIN_TAIL_DIGITS) return null;
  return { match: digits.length >= WHOLE_MATCH_DIGITS ? 'whole' : 'tail', digits };
}

/** @example isWholePhone('8000') // false — the last digits of a number, not one to call */
export function isWholePhone(raw: string): boolean {
  return normalizePhone(raw).length >= MIN_WHOLE_DIGITS;
}

/**
 * The number a ticket (or any record naming a customer) keeps as its contact (TKT-1): what was
 * typed when it is a whole number, else the customer's archived number it is the tail of;
 * nothing typed → the archive's first number. A tail of no archived number is refused: the
 * engineer must be able to call ahead.
 * @example contactPhone('0004', ['13601030004']) // { phone: '13601030004' }
 * @example contactPhone('13911112222', ['13601030004']) // { phone: '13911112222' } (the caller rang from another phone)
 * @example contactPhone('0004', []) // { problem: 'partial' }
 */
export function contactPhone(
  typed: string | undefined,
  archived: readonly string[],
): { phone: string } | { problem: 'partial' } {
  const digits = normalizePhone(typed ?? '');
  if (digits === '') return { phone: archived[0] ?? '' };
  const onFile =
    archived.find((a) => normalizePhone(a) === digits) ??
    archived.find((a) => normalizePhone(a).endsWith(digits));
  if (onFile !== undefined) return { phone: onFile };
  return digits.length >= MIN_WHOLE_DIGITS ? { phone: (typed ?? '').trim() } : { problem: 'partial' };
}

export const CUSTOMER_KINDS = ['person', 'company'] as const;
export const UNIT_RELATIONS = ['owner', 'tenant', 'occupant', 'staff'] as const;

export const ID_TYPES = ['id_card', 'passport', 'hk_macau', 'taiwan', 'business_licence', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The birth date an 18-digit resident ID card carries, or null when it is not a real date. */
function idCardBirthday(id: string): string | null {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/**
 * The GB 11643 check digit of a resident ID card's first 17 digits.
 * @example idCardCheckDigit('11010519491231002') // 'X'
 */
export function idCardCheckDigit(first17: string): string {
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(first17[i]), 0);
  return ID_CHECK[sum % 11]!;
}

/**
 * Whether an ID number is well-formed for its type (CUS-1, CUS-2): a resident ID card has
 * 18 characters, a real birth date and the GB 11643 check digit; the others their usual shapes.
 * @example validIdNumber('id_card', '11010519491231002X') // true
 * @example validIdNumber('id_card', '110105194912310021') // false (check digit)
 */
export function validIdNumber(type: IdType, raw: string): boolean {
  const id = raw.trim().toUpperCase();
  switch (type) {
    case 'id_card': {
      if (!/^\d{17}[\dX]$/.test(id) || !idCardBirthday(id)) return false;
      return idCardCheckDigit(id.slice(0, 17)) === id[17];
    }
    case 'passport':
      return /^[A-Z0-9]{5,20}$/.test(id);
    case 'hk_macau':
      return /^[HM]\d{8,10}$/.test(id);
    case 'taiwan':
      return /^\d{8}$/.test(id);
    case 'business_licence':
      return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(id);
    case 'other':
      return id.length >= 2 && id.length <= 30;
  }
}

/** The birthday on a resident ID card (HND-2 fills the archive's birthday from it). */
export function birthdayFromIdCard(raw: string): string | null {
  const id = raw.trim().toUpperCase();
  return /^\d{17}[\dX]$/.test(id) ? idCardBirthday(id) : null;
}

/**
 * A number an owner can be called on (CUS-1, CUS-2): a mainland mobile (11 digits from 13…
 * to 19…) or a landline with its area code (010-6501 0001), after normalizePhone.
 * @example validPhone('138 0013 8000') // true
 * @example validPhone('6501 0001') // false (no area code)
 */
export function validPhone(raw: string): boolean {
  const digits = normalizePhone(raw);
  return /^1[3-9]\d{9}$/.test(digits) || /^0[1-9]\d{8,10}$/.test(digits);
}

/** An archive made from an ID document is a company's when the document is a business licence, else a person's (CUS-1). */
export function customerKindFor(idType: IdType): (typeof CUSTOMER_KINDS)[number] {
  return idType === 'business_licence' ? 'company' : 'person';
}
