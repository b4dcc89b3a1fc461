/** Pure rules for customers: phone normalisation for caller-ID lookup. */

/**
 * Digits only, without the +86 country prefix, so '+86 138-0013-8000' and '13800138000'
 * find the same caller.
 * @example normalizePhone('+86 138-0013-8000') // '13800138000'
 */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('86')) return digits.slice(2);
  if (digits.length === 15 && digits.startsWith('0086')) return digits.slice(4);
  return digits;
}

export const CUSTOMER_KINDS = ['person', 'company'] as const;
export const UNIT_RELATIONS = ['owner', 'tenant', 'occupant', 'staff'] as const;
