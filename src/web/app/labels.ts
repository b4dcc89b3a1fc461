/**
 * Labels for the server's closed value sets (unit status, use, role …) in the screen
 * language. A value the catalogue does not know yet is shown as it is rather than hidden.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { zhCN, en } from './messages.ts';

export type EnumGroup = keyof typeof zhCN.enums;

/**
 * @example labelOf('zh-CN', 'unitStatus', 'vacant') // '空置'
 */
export function labelOf(lang: string, group: EnumGroup, value: string): string {
  const dict = (lang === 'en' ? en : zhCN).enums[group] as Record<string, string>;
  return dict[value] ?? value;
}

/** `label(group, value)` bound to the current language. */
export function useLabel(): (group: EnumGroup, value: string) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useCallback((group, value) => labelOf(lang, group, value), [lang]);
}

/** Options for a Select over one value set, in the server's order. */
export function useEnumOptions(): (
  group: EnumGroup,
  values: readonly string[],
) => { value: string; label: string }[] {
  const label = useLabel();
  return useCallback(
    (group, values) => values.map((value) => ({ value, label: label(group, value) })),
    [label],
  );
}
