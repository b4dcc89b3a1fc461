/**
 * Words of the printed bill and receipt, Chinese (the company's forms) and English. The
 * words live in the module's messages.ts.
 */
import { inLocale, type Locale } from '../../../platform/i18n/index.ts';
import { billPrint } from '../messages.ts';

export type BillingPrintLabels = typeof billPrint.zh;

export function billingPrintLabels(locale: Locale): BillingPrintLabels {
  return inLocale(billPrint, locale);
}
