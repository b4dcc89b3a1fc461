/**
 * Phone numbers as people type them: compared by their digits, shown masked (CUS-3). Pure,
 * so the browser shares them; every module that stores, finds or shows a phone uses these.
 */

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

/**
 * CUS-3: phones are masked in lists and printouts — the middle of a mobile number, or all
 * but the last four digits of a shorter one.
 * @example maskPhone('138-0101-5678') // '138****5678'
 * @example maskPhone('62345678') // '****5678'
 */
export function maskPhone(phone: string | null | undefined): string {
  const digits = normalizePhone(phone ?? '');
  if (digits.length === 0) return '';
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length > 4) return `****${digits.slice(-4)}`;
  return '****';
}
