/**
 * The words of the monthly rental register on paper (PRK-4), shared by the Excel sheet and
 * the print page so the garage cashier sees the same columns in both. The words live in the
 * module's messages.ts.
 */
import { inLocale, type Locale } from '../../platform/i18n/index.ts';
import { rentalRegister } from './messages.ts';

export type RegisterLabels = typeof rentalRegister.zh;

export function registerLabels(locale: Locale): RegisterLabels {
  return inLocale(rentalRegister, locale);
}
