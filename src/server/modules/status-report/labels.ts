/**
 * Words of the printed and exported monthly property status report (月度物业动态信息表). The words
 * live in the module's messages.ts.
 */
import { inLocale, type Locale } from '../../platform/i18n/index.ts';
import { statusReportPrint } from './messages.ts';

type Labels = typeof statusReportPrint.zh;

export function reportLabels(locale: Locale): Labels {
  return inLocale(statusReportPrint, locale);
}
