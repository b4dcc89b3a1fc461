/**
 * Department names (ORG-3) as the project calls them, in the screen language. Apart from
 * labels.ts because it reads the project (a .tsx context), which node's test runner cannot load.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptionalProject } from './project.tsx';

/**
 * A department's name (ORG-3) from its code, as the project calls it, in the screen language.
 * @example departmentName('engineering') // '工程部'
 */
export function useDepartmentName(): (code: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const departments = useOptionalProject()?.details?.departments;
  const lang = i18n.language;
  return useCallback(
    (code) => {
      if (!code) return '';
      const d = departments?.find((x) => x.code === code);
      return d ? (lang === 'en' ? d.nameEn : d.nameZh) : code;
    },
    [departments, lang],
  );
}

/** The project's departments as Select options, in the project's order. */
export function useDepartmentOptions(): { value: string; label: string }[] {
  const name = useDepartmentName();
  const departments = useOptionalProject()?.details?.departments ?? [];
  return departments.map((d) => ({ value: d.code, label: name(d.code) }));
}
