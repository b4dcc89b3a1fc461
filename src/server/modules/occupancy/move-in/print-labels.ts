/**
 * Words of the printed move-in notice (入住知会单), Chinese (the company's form) and English.
 * The words live in the module's messages.ts.
 */
import { inLocale, type Locale } from '../../../platform/i18n/index.ts';
import { moveInPrint } from '../messages.ts';

type Labels = typeof moveInPrint.zh;

export function moveInPrintLabels(locale: Locale): Labels {
  return inLocale(moveInPrint, locale);
}
