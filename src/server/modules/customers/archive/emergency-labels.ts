/**
 * The words of the emergency contact list (CUS-3), shared by the print page and the Excel
 * sheet. The words live in the module's messages.ts.
 */
import { inLocale, type Locale } from '../../../platform/i18n/index.ts';
import { emergencyList } from '../messages.ts';

export type EmergencyLabels = typeof emergencyList.zh;

export function emergencyLabels(locale: Locale): EmergencyLabels {
  return inLocale(emergencyList, locale);
}
