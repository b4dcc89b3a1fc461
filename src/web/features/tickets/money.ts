/** Money is integer fen on the wire (ARCHITECTURE "Must hold" 4); people read and type 元. */

const YUAN = new Intl.NumberFormat('zh-CN', {
  style: 'currency',
  currency: 'CNY',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/**
 * Fen as 元 with two decimals, zh-CN formatting in either screen language (the company's
 * paperwork is in 元).
 * @example formatYuan(8000) // '¥80.00'
 */
export function formatYuan(fen: number): string {
  return YUAN.format(fen / 100);
}

/**
 * 元 typed by a person → integer fen, rounding away float noise (0.1 + 0.2).
 * @example yuanToFen(12.5) // 1250
 */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}
