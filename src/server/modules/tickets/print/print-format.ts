/** How printouts and exports write times, money and phone numbers. Pure. */
import { toLocal } from '../../../platform/calendar/index.ts';
import { normalizePhone } from '../../customers/rules.ts';

export { fenToYuan } from '../stats/stats-rules.ts';

/**
 * An instant as the project's wall clock shows it, 'YYYY-MM-DD HH:MM'; '' for none.
 * @example localDateTime('2026-11-25T01:07:00.000Z', 'Asia/Shanghai') // '2026-11-25 09:07'
 */
export function localDateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const t = toLocal(new Date(iso), timeZone);
  return `${t.day} ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
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
