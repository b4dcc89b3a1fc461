import { en, zh } from './catalogue.ts';
import './messages.ts';

export type Locale = 'zh-CN' | 'en';

/** Picks the locale: explicit cookie/param first, then Accept-Language, then Chinese. */
export function pickLocale(explicit: string | undefined, acceptLanguage: string | undefined): Locale {
  if (explicit === 'en' || explicit === 'zh-CN') return explicit;
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

/**
 * Translates a message key, filling {name} placeholders. Params whose value is itself a
 * key ('what.unit') are translated too.
 * @example t('en', 'error.NOT_FOUND', { what: 'what.unit' }) // 'Unit not found'
 */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const cat = locale === 'en' ? en : zh;
  const template = cat[key] ?? zh[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    if (v === undefined) return m;
    const s = String(v);
    return cat[s] ?? s;
  });
}

export function hasKey(key: string): boolean {
  return key in zh && key in en;
}

/** One language's half of words kept side by side in both (a print's or an export's labels). */
export function inLocale<T>(words: { zh: T; en: T }, locale: Locale): T {
  return locale === 'en' ? words.en : words.zh;
}
