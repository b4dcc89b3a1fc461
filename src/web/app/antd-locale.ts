/**
 * antd's own texts (pagination, date pickers, empty states) in the screen language.
 * antd ships these files as CommonJS-typed modules; under NodeNext resolution TypeScript
 * sees the default export one level down, while Vite hands over the object itself — both
 * shapes are accepted.
 */
import type { Locale } from 'antd/es/locale/index.js';
import zhCNModule from 'antd/es/locale/zh_CN.js';
import enUSModule from 'antd/es/locale/en_US.js';

function unwrap(m: unknown): Locale {
  const inner = (m as { default?: Locale }).default;
  return inner ?? (m as Locale);
}

export const antdLocales: Record<'zh-CN' | 'en', Locale> = {
  'zh-CN': unwrap(zhCNModule),
  en: unwrap(enUSModule),
};
