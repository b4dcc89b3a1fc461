/**
 * Words on the printed move-out and transfer forms, in both languages. The words live in
 * the module's messages.ts.
 */
import { inLocale, type Locale } from '../../../platform/i18n/index.ts';
import { exitPrint } from '../messages.ts';

type Labels = typeof exitPrint.zh;

export function occupancyPrintLabels(locale: Locale): Labels {
  return inLocale(exitPrint, locale);
}
