/**
 * Words of the printed handover form and daily handover report, Chinese (the company's
 * forms) and English. The words live in the module's messages.ts.
 */
import { inLocale, type Locale } from '../../../platform/i18n/index.ts';
import { handoverPrint } from '../messages.ts';

type Labels = typeof handoverPrint.zh;

export function handoverPrintLabels(locale: Locale): Labels {
  return inLocale(handoverPrint, locale);
}
