/**
 * Meter readings and tariffs as people read and type them. The wire carries hundredths of
 * a unit (centi-kWh) and thousandths of a fen (millifen, so 0.4883 元/kWh is exact);
 * people see kWh with two decimals and 元 with up to four.
 */
import type { MeterKind } from './setup-api.ts';

/** The unit a meter counts in (symbols, the same in every language). */
export const METER_UNIT: Record<MeterKind, string> = { electricity: 'kWh', water: 'm³', gas: 'm³' };

export const meterUnit = (kind: string): string => METER_UNIT[kind as MeterKind] ?? '';

/**
 * A typed reading → integer hundredths, rounding away float noise.
 * @example toCenti(157300.1) // 15730010
 */
export function toCenti(value: number): number {
  return Math.round(value * 100);
}

const CENTI = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** @example formatCenti(15720000, 'kWh') // '157,200.00 kWh' */
export function formatCenti(centi: number, unit = ''): string {
  return `${CENTI.format(centi / 100)}${unit ? ` ${unit}` : ''}`;
}

const MILLIFEN_PER_YUAN = 100_000;

/** @example yuanToMillifen(1.2) // 120000 */
export function yuanToMillifen(yuan: number): number {
  return Math.round(yuan * MILLIFEN_PER_YUAN);
}

export function millifenToYuan(millifen: number): number {
  return millifen / MILLIFEN_PER_YUAN;
}

const RATE = new Intl.NumberFormat('zh-CN', {
  style: 'currency',
  currency: 'CNY',
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});

/** A tariff in 元, as many decimals as it has (up to four). @example formatRate(48830) // '¥0.4883' */
export function formatRate(millifen: number): string {
  return RATE.format(millifen / MILLIFEN_PER_YUAN);
}
