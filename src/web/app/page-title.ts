/** Browser tab titles: "<page> · 物业客服中心", so a clerk with many tabs finds the right one. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * @example usePageTitle(t('nav.staff')); // document.title = '员工 · 物业客服中心'
 */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
