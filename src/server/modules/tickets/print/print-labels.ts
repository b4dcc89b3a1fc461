/**
 * Labels of the printed forms, Chinese (the paper forms' own words) and English. The words
 * live in the module's messages.ts.
 */
import { inLocale, type Locale } from '../../../platform/i18n/index.ts';
import { ticketPrint } from '../messages.ts';

export type PrintLabels = typeof ticketPrint.zh;

export function printLabels(locale: Locale): PrintLabels {
  return inLocale(ticketPrint, locale);
}
