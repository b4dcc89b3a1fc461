/**
 * Words of the printed release pass (物品放行条), Chinese (the company's form) and English. The
 * words live in the module's messages.ts.
 */
import { inLocale, type Locale } from '../../platform/i18n/index.ts';
import { passPrint } from './messages.ts';

type Labels = typeof passPrint.zh;

export function passPrintLabels(locale: Locale): Labels {
  return inLocale(passPrint, locale);
}

/** '{a} and {b}' templates of the form filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}
