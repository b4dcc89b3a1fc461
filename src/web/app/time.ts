/**
 * Times are stored in UTC and shown in the project's time zone (ARCHITECTURE "Must hold" 4),
 * in the format of the screen language.
 */
import { useCallback } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useOptionalProject } from './project.tsx';

/**
 * @example formatInZone('2026-11-25T01:00:00Z', 'Asia/Shanghai', 'YYYY-MM-DD HH:mm') // '2026-11-25 09:00'
 */
export function formatInZone(iso: string, timeZone: string, format: string): string {
  const d = dayjs(iso);
  if (!d.isValid()) return iso;
  try {
    return d.tz(timeZone).format(format);
  } catch {
    return d.format(format);
  }
}

/** Formatter bound to the current project's zone and the screen language. */
export function useFormatTime(): (iso: string, kind?: 'dateTime' | 'date') => string {
  const { t, i18n } = useTranslation();
  const project = useOptionalProject();
  const zone = project?.timeZone ?? 'Asia/Shanghai';
  return useCallback(
    (iso, kind = 'dateTime') =>
      formatInZone(iso, zone, kind === 'date' ? t('format.date') : t('format.dateTime')),
    // The language is a dependency so dates re-render in the new format after a switch.
    [zone, t, i18n.language],
  );
}
