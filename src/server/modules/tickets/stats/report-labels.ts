/**
 * Words of the weekly report export, Chinese (the default) and English. The words live in
 * the module's messages.ts.
 */
import { inLocale, type Locale } from '../../../platform/i18n/index.ts';
import { weeklyReport } from '../messages.ts';

export type ReportLabels = typeof weeklyReport.zh;

export function reportLabels(locale: Locale): ReportLabels {
  return inLocale(weeklyReport, locale);
}
