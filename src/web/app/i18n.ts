/**
 * Screen text in zh-CN (default) and English. The choice lives in localStorage and in the
 * pd_lang cookie, which makes the server answer errors in the same language; for a logged-in
 * user it is also saved on the account (PUT /api/auth/locale).
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import { zhCN, en, type Catalogue } from './messages.ts';
import { setNetworkMessage } from './api.ts';

dayjs.extend(utc);
dayjs.extend(timezone);

export type Lang = 'zh-CN' | 'en';
export const LANGS: { value: Lang; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

const STORAGE_KEY = 'pd_lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

function storedLang(): Lang | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' || v === 'zh-CN' ? v : null;
  } catch {
    return null;
  }
}

function setDayjsLocale(lang: Lang): void {
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

function applyLang(lang: Lang): void {
  document.documentElement.lang = lang;
  // Not httpOnly on purpose: the server only reads it to pick the language of its messages.
  document.cookie = `${STORAGE_KEY}=${lang}; path=/; max-age=${365 * 24 * 3600}; samesite=lax`;
  setNetworkMessage(i18n.t('errors.network'));
}

/** Starts i18next with the remembered language (zh-CN when none). */
export function initI18n(): typeof i18n {
  const lng = storedLang() ?? 'zh-CN';
  setDayjsLocale(lng);
  void i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
    // Resources are bundled, so initialise synchronously: the first render is already translated.
    initAsync: false,
  });
  applyLang(lng);
  return i18n;
}

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** True when the user picked a language on this device (then it wins over the account's). */
export function hasChosenLang(): boolean {
  return storedLang() !== null;
}

/**
 * Switches the screen language and remembers it on this device.
 * @example await switchLang('en');
 */
export async function switchLang(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode without storage: the cookie still carries the choice for this session.
  }
  // dayjs first: changeLanguage re-renders, and dates must already format in the new language.
  setDayjsLocale(lang);
  await i18n.changeLanguage(lang);
  applyLang(lang);
}
