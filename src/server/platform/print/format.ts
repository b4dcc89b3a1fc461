/** How printouts and exports write times, money and phone numbers. Pure. */
import { toLocal } from '../calendar/index.ts';
export { maskPhone } from '../people/phone-rules.ts';

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
 * A whole number of hundredths with two decimals, exact (no floating point): fen as 元,
 * meter readings (centi-kWh) as kWh.
 * @example twoDecimals(123456) // '1234.56'
 * @example twoDecimals(-5) // '-0.05'
 */
export function twoDecimals(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(hundredths));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Fen as 元 with two decimals. @example fenToYuan(123456) // '1234.56' */
export const fenToYuan = twoDecimals;

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const GROUP_UNITS = ['', '万', '亿', '万亿'];

/** A whole number below 10 000 in capitals, with inner zeros as one 零 (e.g. 1005 → 壹仟零伍). */
function fourDigits(n: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      zero = out !== '';
    } else {
      if (zero) out += '零';
      out += DIGITS[d]! + SMALL_UNITS[pos]!;
      zero = false;
    }
  }
  return out;
}

/**
 * The amount in Chinese capitals as receipts and bills write it (人民币大写), from fen.
 * @example yuanInWords(105769) // '壹仟零伍拾柒元陆角玖分'
 * @example yuanInWords(5000) // '伍拾元整'
 */
export function yuanInWords(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0)
    throw new RangeError(`expected a non-negative whole number of fen, got ${fen}`);
  if (fen === 0) return '零元整';
  let yuanPart = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const fenDigit = fen % 10;
  let whole = '';
  let group = 0;
  let pendingZero = false;
  while (yuanPart > 0) {
    const chunk = yuanPart % 10_000;
    if (chunk > 0) {
      // A gap (a zero group, or a chunk under 1000 below a higher one) is read as one 零.
      const text = fourDigits(chunk) + GROUP_UNITS[group]!;
      whole = text + (pendingZero && whole ? '零' : '') + whole;
      pendingZero = chunk < 1000;
    } else {
      pendingZero = true;
    }
    yuanPart = Math.floor(yuanPart / 10_000);
    group++;
  }
  if (whole) whole += '元';
  if (jiao === 0 && fenDigit === 0) return `${whole}整`;
  let tail = '';
  if (jiao > 0) tail += `${DIGITS[jiao]}角`;
  else if (whole) tail += '零';
  if (fenDigit > 0) tail += `${DIGITS[fenDigit]}分`;
  else tail += '整';
  return whole + tail;
}
