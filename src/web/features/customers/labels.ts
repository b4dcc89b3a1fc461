/**
 * Labels of the archive's closed value sets (class, state, relation, ID type, …) in the screen
 * language, looked up in the catalogue like app/labels.ts does; a value the catalogue does
 * not know is shown as it is.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { archivesZh } from './messages.zh.ts';
import { archivesEn } from './messages.en.ts';

type Catalogue = typeof archivesZh;
const GROUPS = {
  class: (c: Catalogue) => c.class,
  state: (c: Catalogue) => c.state,
  kind: (c: Catalogue) => c.kind,
  relation: (c: Catalogue) => c.relation,
  idType: (c: Catalogue) => c.idType,
  phoneLabel: (c: Catalogue) => c.phoneLabel,
  history: (c: Catalogue) => c.history,
  logKind: (c: Catalogue) => c.log.kinds,
  logField: (c: Catalogue) => c.log.fields,
  loanState: (c: Catalogue) => c.loan.states,
  loanFilter: (c: Catalogue) => c.loan.filter,
  exportState: (c: Catalogue) => c.exports.states,
  importStatus: (c: Catalogue) => c.import.statuses,
  importColumn: (c: Catalogue) => c.import.col,
} satisfies Record<string, (c: Catalogue) => Record<string, string>>;
export type ArchiveLabelGroup = keyof typeof GROUPS;

/** @example archiveLabel('zh-CN', 'relation', 'owner') // '业主' */
export function archiveLabel(lang: string, group: ArchiveLabelGroup, value: string): string {
  const dict: Record<string, string> = GROUPS[group]((lang === 'en' ? archivesEn : archivesZh) as Catalogue);
  return dict[value] ?? value;
}

/** `label(group, value)` bound to the current language. */
export function useArchiveLabel(): (group: ArchiveLabelGroup, value: string) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useCallback((group, value) => archiveLabel(lang, group, value), [lang]);
}
